import type { ImageInfo, TagInfo } from '../catalog/types.js';
import type { Pins } from '../intent/types.js';
import { buildsOf, familyOf, floatsRelease, isDateStamp, isVariant, type Build } from './builds.js';
import { archOfPlatform } from './platforms.js';
import { compareVersions, onVersionLine, versionParts, versionPrefix } from './versions.js';

/** A concrete recommendation: the tag to write, and the fully pinned form of it. */
export interface Choice {
  build: Build;
  /** What to write in FROM: floating on patch releases and the distro point release (`3.14-slim`). */
  tag: string;
  /** The same build with its distro release spelled out (`3.14-slim-trixie`). */
  pinned: string;
}

export type PinName = 'version' | 'variant' | 'release' | 'distro' | 'libc' | 'platform';

/** The outcome of matching pins: the builds left, or the pin that no build satisfies. */
export type Selection = { ok: true; builds: Build[]; prerelease: boolean } | { ok: false; failed: PinName[] };

const PIN_ORDER: readonly PinName[] = ['version', 'variant', 'release', 'distro', 'libc', 'platform'];

function matchesPin(build: Build, pin: PinName, pins: Pins): boolean {
  const primary = build.primary;
  switch (pin) {
    case 'version':
      return pins.version === null || build.tags.some((tag) => onVersionLine(tag.version, pins.version ?? ''));
    case 'variant':
      return pins.variant === null || isVariant(build, pins.variant);
    case 'release':
      return pins.release === null || primary.release === pins.release;
    case 'distro':
      if (pins.distro === null) return primary.os === 'linux' || isWindowsVariant(pins.variant);
      return pins.distro === 'windows' ? primary.os === 'windows' : primary.distro === pins.distro;
    case 'libc':
      if (pins.libc === null) return true;
      return pins.libc === 'musl' ? primary.distro === 'alpine' : primary.distro !== 'alpine' && primary.os === 'linux';
    case 'platform': {
      const arch = pins.platform === null ? null : archOfPlatform(pins.platform);
      return arch === null || primary.architectures.includes(arch);
    }
  }
}

function isWindowsVariant(variant: string | null): boolean {
  return variant === 'windowsservercore' || variant === 'nanoserver';
}

/** Builds that satisfy every pin; pre-releases only when nothing else is on the pinned version line. */
export function selectBuilds(image: ImageInfo, pins: Pins): Selection {
  const all = buildsOf(image);
  const matching = all.filter((build) => PIN_ORDER.every((pin) => matchesPin(build, pin, pins)));
  const stable = matching.filter((build) => !build.primary.prerelease);
  if (stable.length > 0) return { ok: true, builds: stable, prerelease: false };
  if (matching.length > 0 && pins.version !== null) return { ok: true, builds: matching, prerelease: true };
  const failed = PIN_ORDER.filter((pin) => !all.some((build) => !build.primary.prerelease && matchesPin(build, pin, pins)));
  // Each pin alone is met by some build, but no build meets them all: name them all.
  return { ok: false, failed: failed.length > 0 ? failed : PIN_ORDER.filter((pin) => pins[pin] !== null) };
}

/** Orders candidate builds best first: LTS line, newest version, the line's default distro, fewest extras. */
export function rankBuilds(builds: Build[], preferLts: boolean): Build[] {
  const lts = (build: Build) => (preferLts && build.lts ? 1 : 0);
  const extras = (build: Build) => build.primary.variant.split('-').length;
  return [...builds].sort(
    (a, b) =>
      lts(b) - lts(a) || compareVersions(b.version, a.version) || Number(b.floats) - Number(a.floats) || extras(a) - extras(b),
  );
}

/**
 * How finely to name the version: the major alone when every major has one supported minor line (`node:26`,
 * `postgres:18`), major.minor when some major has several minors side by side (`python:3.14`, `ruby:4.0`).
 */
export function versionGranularity(image: ImageInfo, version: string, pinned: string | null): number {
  if (pinned !== null) return Math.max(versionParts(pinned).length, 1);
  return Math.min(versionParts(version).length, lineGranularity(image));
}

const granularityCache = new WeakMap<ImageInfo, number>();

/** 2 when some major version of the image has several supported minor lines, else 1. */
export function lineGranularity(image: ImageInfo): number {
  let granularity = granularityCache.get(image);
  if (granularity === undefined) {
    granularity = imageGranularity(image);
    granularityCache.set(image, granularity);
  }
  return granularity;
}

function imageGranularity(image: ImageInfo): number {
  const minorsByMajor = new Map<string, Set<string>>();
  for (const tag of image.tags) {
    if (tag.prerelease || tag.version === null || isDateStamp(tag.version) || versionParts(tag.version).length < 2) continue;
    const major = versionPrefix(tag.version, 1);
    const minors = minorsByMajor.get(major) ?? new Set<string>();
    minors.add(versionPrefix(tag.version, 2));
    minorsByMajor.set(major, minors);
  }
  return [...minorsByMajor.values()].some((minors) => minors.size > 1) ? 2 : 1;
}

/** `3.15-rc` is on the `3.15` line for naming a pre-release build. */
function sameLine(tag: TagInfo, version: string | null): boolean {
  if (tag.version === version) return true;
  return tag.prerelease && version !== null && tag.version?.replace(/-(rc|beta|alpha|ea)$/, '') === version;
}

function pickTag(build: Build, version: string | null, floating: boolean): TagInfo | undefined {
  const candidates = build.all.filter(
    (tag) => sameLine(tag, version) && floatsRelease(tag) === floating && tag.os === build.primary.os,
  );
  return candidates.sort((a, b) => a.tag.length - b.tag.length)[0];
}

/** Names a build the way a Dockerfile should: the version line, with and without its distro release. */
export function nameBuild(image: ImageInfo, build: Build, pins: Pick<Pins, 'version' | 'release'>): Choice {
  const newest = build.version;
  const version = newest === null ? null : versionPrefix(newest, versionGranularity(image, newest, pins.version));
  const pinned = pickTag(build, version, false) ?? pickTag(build, newest, false);
  const floating = pins.release === null ? (pickTag(build, version, true) ?? pickTag(build, newest, true)) : undefined;
  const tag = floating ?? pinned ?? build.primary;
  return { build, tag: tag.tag, pinned: (pinned ?? tag).tag };
}

/** The family to recommend when the asker named none: slim for language runtimes that have it, else the default. */
export function defaultFamily(image: ImageInfo, builds: Build[]): 'slim' | 'default' {
  const isLanguage = image.categories.includes('languages-and-frameworks');
  return isLanguage && builds.some((build) => familyOf(build) === 'slim') ? 'slim' : 'default';
}

/** The build I would recommend within the pins, named; or the pins no build satisfies. */
export function recommendChoice(
  image: ImageInfo,
  pins: Pins,
): { ok: true; choice: Choice; prerelease: boolean } | { ok: false; failed: PinName[] } {
  const selection = selectBuilds(image, pins);
  if (!selection.ok) return selection;
  const family = pins.variant ?? (pins.libc === 'musl' ? 'alpine' : defaultFamily(image, selection.builds));
  const preferred = selection.builds.filter((build) => pins.variant !== null || familyOf(build) === family);
  const best = rankBuilds(preferred.length > 0 ? preferred : selection.builds, pins.version === null)[0];
  if (best === undefined) return { ok: false, failed: ['variant'] };
  return { ok: true, choice: nameBuild(image, best, pins), prerelease: selection.prerelease };
}
