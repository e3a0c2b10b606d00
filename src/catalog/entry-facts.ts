import { findRelease, releaseOf } from './distro-releases.js';
import { readTagWords, type TagWords } from './tag-words.js';
import type { LibraryEntry, TagSource } from './types.js';

/** What every simple tag of one entry shares: one build, one OS release. */
export interface EntryFacts {
  entry: LibraryEntry;
  os: 'linux' | 'windows';
  distro: string | null;
  release: string | null;
  /** The variant of the entry's first (most specific) tag; shorter aliases with no variant words inherit it. */
  variant: string;
  prerelease: boolean;
  source: TagSource;
  words: Map<string, TagWords>;
}

/** Images that are themselves a distribution: their version tags name the release (`ubuntu:24.04` → noble). */
const OS_IMAGES = new Set([
  'alpine', 'almalinux', 'alt', 'amazonlinux', 'archlinux', 'clearlinux', 'debian', 'fedora', 'mageia',
  'oraclelinux', 'photon', 'rockylinux', 'ubuntu',
]);

export function entryFacts(image: string, entry: LibraryEntry): EntryFacts {
  const words = new Map(entry.tags.map((tag) => [tag, readTagWords(tag)] as const));
  const all = [...words.values()];
  const os = entry.architectures.every((arch) => arch.startsWith('windows-')) ? 'windows' : 'linux';
  const release = entryRelease(image, entry, all);
  const first = all[0]?.variantWords ?? [];
  return {
    entry,
    os,
    release,
    distro: entryDistro(image, os, release, all),
    variant: first.length ? first.join('-') : 'default',
    prerelease: all.some((tag) => tag.prerelease),
    source: entrySource(entry),
    words,
  };
}

function entryRelease(image: string, entry: LibraryEntry, tags: TagWords[]): string | null {
  const fromTags = tags.find((tag) => tag.release)?.release;
  if (fromTags) return fromTags;
  const candidates = [...entry.directory.split(/[/-]/), ...entry.constraints.flatMap((c) => c.split('-'))];
  const fromPath = candidates.map((word) => releaseOf(word)).find((found) => found);
  if (fromPath) return fromPath.release;
  if (!OS_IMAGES.has(image)) return null;
  for (const tag of tags) {
    const found = tag.version && releaseOfVersion(image, tag.version);
    if (found) return found;
  }
  return null;
}

/** `alpine` 3.24.1 → alpine3.24, `debian` 12.15 → bookworm, `ubuntu` 24.04 → noble. */
function releaseOfVersion(image: string, version: string): string | undefined {
  const parts = version.split('.');
  for (let length = parts.length; length > 0; length--) {
    const found = findRelease(image, parts.slice(0, length).join('.'));
    if (found) return found;
  }
  return undefined;
}

function entryDistro(image: string, os: string, release: string | null, tags: TagWords[]): string | null {
  if (release) return releaseOf(release)?.distro ?? null;
  const named = tags.find((tag) => tag.distro)?.distro;
  if (named) return named;
  if (os === 'windows') return 'windows';
  return OS_IMAGES.has(image) ? image : null;
}

/** The Dockerfile behind an entry, for amd64 when it builds amd64 (per-architecture fields applied). */
export function entrySource(entry: LibraryEntry): TagSource {
  const arch = entry.architectures.includes('amd64') ? 'amd64' : entry.architectures[0];
  const override = (arch && entry.archOverrides[arch]) || {};
  const source = {
    gitRepo: override.gitRepo ?? entry.gitRepo,
    gitCommit: override.gitCommit ?? entry.gitCommit,
    directory: override.directory ?? entry.directory,
    file: override.file ?? entry.file,
  };
  return { ...source, dockerfileUrl: dockerfileUrl(source.gitRepo, source.gitCommit, source.directory, source.file) };
}

const GITHUB_REPO = /^https:\/\/github\.com\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/;

/** `https://github.com/<owner>/<repo>/blob/<commit>/<dir>/<file>`, `.` directories left out; null off GitHub. */
export function dockerfileUrl(gitRepo: string, commit: string, directory: string, file: string): string | null {
  const match = GITHUB_REPO.exec(gitRepo);
  if (!match) return null;
  const path = [...directory.split('/').filter((part) => part !== '.' && part !== ''), file].join('/');
  return `https://github.com/${match[1]}/${match[2]}/blob/${commit}/${path}`;
}
