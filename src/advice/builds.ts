import type { ImageInfo, TagInfo } from '../catalog/types.js';
import { compareVersions, versionParts } from './versions.js';

/** One build of an image: the simple tags of one library entry, and the shared tags that include it. */
export interface Build {
  /** The most specific tag (longest version, then longest name). */
  primary: TagInfo;
  tags: TagInfo[];
  /** Shared tags that cover this build (`3.14`, `latest` for python's trixie build). */
  shared: TagInfo[];
  /** `tags` and `shared` together. */
  all: TagInfo[];
  /** The newest release version among the tags (date stamps aside). */
  version: string | null;
  /** Some tag leaves out the distro release: the build is its version line's default distro. */
  floats: boolean;
  /** Some tag is `lts` or `lts-…`. */
  lts: boolean;
}

/** Variant words that mean a family other than the full default. */
const NON_DEFAULT_WORDS = new Set(['slim', 'alpine', 'windowsservercore', 'nanoserver', 'minimal']);

export function variantWords(tag: TagInfo): string[] {
  return tag.variant === 'default' ? [] : tag.variant.split('-');
}

/** Whether a build is of the variant family the asker named (`slim`, `alpine`, `default`, `fpm`, …). */
export function isVariant(build: Build, family: string): boolean {
  const words = variantWords(build.primary);
  if (family === 'alpine') return build.primary.distro === 'alpine' || words.includes('alpine');
  if (family === 'default') {
    return build.primary.distro !== 'alpine' && build.primary.os === 'linux' && !words.some((word) => NON_DEFAULT_WORDS.has(word));
  }
  return words.includes(family);
}

/** The family a build belongs to, for explaining it: default (full), slim, alpine or windows. */
export function familyOf(build: Build): 'default' | 'slim' | 'alpine' | 'windows' {
  if (build.primary.os === 'windows') return 'windows';
  if (isVariant(build, 'alpine')) return 'alpine';
  if (variantWords(build.primary).includes('slim')) return 'slim';
  return 'default';
}

function specificity(tag: TagInfo): number {
  return versionParts(tag.version ?? '').length * 1000 + tag.tag.length;
}

const buildCache = new WeakMap<ImageInfo, Build[]>();

/** Groups an image's simple tags into builds, in library-file order; computed once per image. */
export function buildsOf(image: ImageInfo): Build[] {
  let builds = buildCache.get(image);
  if (builds === undefined) {
    builds = groupBuilds(image);
    buildCache.set(image, builds);
  }
  return builds;
}

function groupBuilds(image: ImageInfo): Build[] {
  const sharedByName = new Map(image.tags.filter((tag) => tag.shared).map((tag) => [tag.tag, tag]));
  const byKey = new Map<string, { primary: TagInfo; tags: TagInfo[]; shared: TagInfo[] }>();
  for (const tag of image.tags) {
    if (tag.shared) continue;
    const key = [...tag.aliases].sort().join(',');
    const group = byKey.get(key);
    if (group === undefined) {
      byKey.set(key, { primary: tag, tags: [tag], shared: tag.related.flatMap((name) => sharedByName.get(name) ?? []) });
      continue;
    }
    group.tags.push(tag);
    if (specificity(tag) > specificity(group.primary)) group.primary = tag;
  }
  return [...byKey.values()].map(withFacts);
}

function withFacts(group: { primary: TagInfo; tags: TagInfo[]; shared: TagInfo[] }): Build {
  const all = [...group.tags, ...group.shared];
  return {
    ...group,
    all,
    version: newestVersion(group.tags),
    floats: all.some(floatsRelease),
    lts: all.some((tag) => tag.tag === 'lts' || tag.tag.startsWith('lts-')),
  };
}

function squash(text: string): string {
  return text.replace(/[-.]/g, '');
}

/** A tag that does not spell out its distro release floats with the image's default distro for that line. */
export function floatsRelease(tag: TagInfo): boolean {
  return tag.release === null || !squash(tag.tag).includes(squash(tag.release));
}

/** Snapshot dates in OS image tags (`bookworm-20260803`, `resolute-20260811.1`) are not release versions. */
export function isDateStamp(version: string): boolean {
  return /^(19|20)\d{6}(\.\d+)?$/.test(version);
}

function newestVersion(tags: TagInfo[]): string | null {
  let newest: string | null = null;
  for (const tag of tags) {
    if (tag.version !== null && !isDateStamp(tag.version) && compareVersions(tag.version, newest) > 0) newest = tag.version;
  }
  return newest;
}
