import { DISTRO_WORDS, releaseOf } from './distro-releases.js';

/** What one tag's words say by themselves, before the entry behind it is considered. */
export interface TagWords {
  version: string | null;
  /** The variant words in order: version, release, channel and date words removed; `alpine3.24` counts as `alpine`. */
  variantWords: string[];
  release: string | null;
  distro: string | null;
  prerelease: boolean;
}

/** Channel and codename words: aliases of a version, not part of a variant (`lts`, `mainline`, `krypton`). */
const CHANNELS = new Set([
  'latest', 'lts', 'current', 'stable', 'mainline', 'edge', 'rolling', 'devel', 'unstable', 'oldstable',
  'oldoldstable', 'testing', 'experimental', 'innovation', 'rawhide', 'cauldron', 'sisyphus',
  // node LTS codenames, ROS distributions, traefik release names
  'krypton', 'jod', 'iron', 'hydrogen', 'humble', 'jazzy', 'kilted', 'lyrical', 'langres', 'mimolette',
]);
const PRERELEASE_CHANNELS = new Set(['edge', 'devel', 'experimental', 'rawhide', 'cauldron']);
const MARKER = /^(?:rc|ea|beta|alpha|preview|dev|tip|nightly|snapshot)[.\d]*$/i;
const VERSION = /^v?\d[\w.]*$/;
const DATE_STAMP = /^\d{8}(?:\.\d+)?$/;
const INNER_PRERELEASE = /\d(?:rc|beta|alpha|a|b)\d+$/i;

/** Package groups (archlinux), not development builds. */
const DEVEL_GROUPS = new Set(['base-devel', 'multilib-devel']);

/** Splits a tag on `-`, joining the pairs that are one word: `alpine-3.24`, `ubi9-minimal`, `base-devel`. */
export function splitTag(tag: string): string[] {
  const words: string[] = [];
  for (const word of tag.split('-')) {
    const previous = words.at(-1);
    const joined = `${previous}-${word}`;
    const isPair =
      (previous === 'alpine' && /^3\.\d+$/.test(word)) ||
      (/^ubi\d+$/.test(previous ?? '') && word === 'minimal') ||
      DEVEL_GROUPS.has(joined);
    if (isPair) words[words.length - 1] = previous === 'alpine' ? `alpine${word}` : joined;
    else words.push(word);
  }
  return words;
}

/** Reads version, variant words, release and pre-release markers from one tag. */
export function readTagWords(tag: string): TagWords {
  const result: TagWords = { version: null, variantWords: [], release: null, distro: null, prerelease: false };
  const words = splitTag(tag);
  let index = 0;
  while (index < words.length) {
    const word = words[index] ?? '';
    if (result.version === null && (VERSION.test(word) || DATE_STAMP.test(word))) {
      const end = versionRunEnd(words, index);
      result.version = words.slice(index, end).join('-');
      index = end;
      continue;
    }
    readWord(result, word);
    index++;
  }
  if (result.version && (INNER_PRERELEASE.test(result.version) || result.version.split('-').some((w) => MARKER.test(w)))) {
    result.prerelease = true;
  }
  return result;
}

/** A version run: `3.14.7`, `8u502-b07`, `3.15-rc`, `28-ea-11`, `4.0.0-rc-5`. */
function versionRunEnd(words: string[], start: number): number {
  let end = start + 1;
  let afterMarker = false;
  for (; end < words.length; end++) {
    const word = words[end] ?? '';
    if (MARKER.test(word) && !/^tip$/i.test(word)) afterMarker = true;
    else if (/^b\d+$/.test(word) || (afterMarker && /^\d+$/.test(word))) afterMarker = false;
    else break;
  }
  return end;
}

function readWord(result: TagWords, word: string): void {
  const lower = word.toLowerCase();
  if (DATE_STAMP.test(word)) return;
  if (CHANNELS.has(lower)) {
    if (PRERELEASE_CHANNELS.has(lower)) result.prerelease = true;
    return;
  }
  const release = releaseOf(lower);
  if (release) {
    result.release ??= release.release;
    result.distro ??= release.distro;
    if (release.distro === 'alpine') result.variantWords.push('alpine');
    return;
  }
  if (MARKER.test(word)) result.prerelease = true;
  const distro = Object.hasOwn(DISTRO_WORDS, lower) ? DISTRO_WORDS[lower] : undefined;
  if (distro) {
    result.distro ??= distro;
    if (lower === 'oracle' || lower === 'ubi' || lower === 'rhel') return;
  }
  result.variantWords.push(word);
}
