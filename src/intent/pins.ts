import type { Candidate } from './mentions.js';
import { ARCH_NAMESPACES } from './mentions.js';
import { releaseOfPair, releaseOfWord } from './releases.js';
import { type Token, versionOf } from './tokens.js';
import type { Pins } from './types.js';
import { VARIANTS } from './vocabulary.js';

const PLATFORMS: Readonly<Record<string, string>> = {
  arm64: 'linux/arm64',
  aarch64: 'linux/arm64',
  arm64v8: 'linux/arm64',
  graviton: 'linux/arm64',
  m1: 'linux/arm64',
  m2: 'linux/arm64',
  m3: 'linux/arm64',
  amd64: 'linux/amd64',
  x86_64: 'linux/amd64',
  'x86-64': 'linux/amd64',
  x64: 'linux/amd64',
  armv7: 'linux/arm/v7',
  arm32v7: 'linux/arm/v7',
  armhf: 'linux/arm/v7',
  armv6: 'linux/arm/v6',
  arm32v6: 'linux/arm/v6',
  ppc64le: 'linux/ppc64le',
  s390x: 'linux/s390x',
  riscv64: 'linux/riscv64',
  i386: 'linux/386',
};
const PLATFORM_PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/raspberry ?pi/, 'linux/arm/v7'],
  [/apple silicon/, 'linux/arm64'],
  [/\blinux\/(arm64|amd64|386|ppc64le|s390x|riscv64|arm\/v[5-7])\b/, ''],
];
const DISTROS: ReadonlySet<string> = new Set(['debian', 'ubuntu', 'alpine', 'windows']);

interface Scan {
  pins: Pins;
  variants: Set<string>;
  /** Distributions named in the words (`debian 12`, `alpine`, `noble`). */
  distros: Set<string>;
}

/** Variant words that pick the base family; the others (`fpm`, `jre`, `dind`) are flavours combined with one. */
const FAMILIES: ReadonlySet<string> = new Set(['default', 'slim', 'alpine', 'windowsservercore', 'nanoserver']);

/** The constraints the asker stated: from the main image's tag first, then from the words around it. */
export function extractPins(tokens: readonly Token[], lowerText: string, main: Candidate | null): Pins {
  const scan: Scan = { pins: emptyPins(), variants: new Set(), distros: new Set() };
  const tag = main?.mention.ref?.tag ?? main?.mention.tag ?? null;
  if (tag !== null) readTag(scan, tag);
  const tagVariant = scan.pins.variant;
  readWords(scan, tokens, main);
  const mainWord = main?.mention.raw.toLowerCase() ?? '';
  // `php-fpm` names the image and the variant at once.
  if (mainWord.includes('-') && VARIANTS[mainWord] !== undefined) scan.variants.add(VARIANTS[mainWord] ?? '');
  settleVariant(scan, tagVariant);
  scan.pins.version ??= versionNear(tokens, main);
  scan.pins.platform ??= platformOf(lowerText, main);
  return scan.pins;
}

/**
 * One variant pin from the words: a flavour (`fpm`) wins, combined with an Alpine distro pin; two families or
 * distributions side by side (`slim or alpine`, `debian 12 or alpine`) are a question of which to use, so they
 * pin nothing.
 */
function settleVariant(scan: Scan, tagVariant: string | null): void {
  const families = [...scan.variants].filter((variant) => FAMILIES.has(variant));
  const flavours = [...scan.variants].filter((variant) => !FAMILIES.has(variant));
  const choosing = families.length > 1 || scan.distros.size > 1;
  if (choosing) {
    scan.pins.distro = null;
    scan.pins.release = null;
    if (scan.pins.libc === 'musl' && !scan.distros.has('musl')) scan.pins.libc = null;
  }
  if (tagVariant !== null && !choosing) scan.pins.variant = tagVariant;
  else if (flavours.length === 1) scan.pins.variant = flavours[0] ?? null;
  else if (flavours.length === 0 && families.length === 1 && !choosing) scan.pins.variant = families[0] ?? null;
  else scan.pins.variant = null;
}

/** Pins with nothing stated. */
export function emptyPins(): Pins {
  return { version: null, variant: null, release: null, distro: null, libc: null, platform: null };
}

function readTag(scan: Scan, tag: string): void {
  const parts = tag.toLowerCase().split('-');
  const version = versionOf(parts[0] ?? '');
  if (version !== null) scan.pins.version = version;
  for (const part of parts) readWord(scan, part);
  scan.pins.variant = scan.variants.size > 0 ? ([...scan.variants][0] ?? null) : null;
}

function readWords(scan: Scan, tokens: readonly Token[], main: Candidate | null): void {
  for (let index = 0; index < tokens.length; index += 1) {
    if (main !== null && index >= main.index && index < main.end) continue;
    const word = tokens[index]?.lower ?? '';
    const next = tokens[index + 1]?.lower ?? '';
    const pair = DISTROS.has(word) ? releaseOfPair(word, versionOf(next) ?? '') : null;
    if (pair !== null) {
      scan.pins.release ??= pair.release;
      scan.pins.distro ??= pair.distro;
      scan.distros.add(pair.distro);
      if (word === 'alpine') scan.variants.add('alpine');
      index += 1;
      continue;
    }
    for (const part of word.includes('-') && !(word in VARIANTS) ? word.split('-') : [word]) readWord(scan, part);
  }
}

function readWord(scan: Scan, word: string): void {
  const { pins } = scan;
  const variant = VARIANTS[word];
  if (variant !== undefined) scan.variants.add(variant);
  const release = releaseOfWord(word);
  if (release !== null) {
    pins.release ??= release.release;
    pins.distro ??= release.distro;
    scan.distros.add(release.distro);
    if (release.distro === 'alpine') scan.variants.add('alpine');
  }
  if (DISTROS.has(word)) {
    pins.distro ??= word;
    scan.distros.add(word);
  }
  if (word === 'musl') {
    pins.libc = 'musl';
    pins.distro ??= 'alpine';
  }
  if (word === 'glibc') pins.libc = 'glibc';
  if (word === 'windowsservercore' || word === 'nanoserver') pins.distro ??= 'windows';
  const platform = PLATFORMS[word];
  if (platform !== undefined) pins.platform ??= platform;
}

function versionNear(tokens: readonly Token[], main: Candidate | null): string | null {
  if (main === null) return null;
  if (main.digitSuffix !== null) return main.digitSuffix;
  for (const token of tokens.slice(main.end, main.end + 3)) {
    const version = versionOf(token.lower);
    if (version !== null) return version;
    if (DISTROS.has(token.lower)) return null;
  }
  return null;
}

function platformOf(lowerText: string, main: Candidate | null): string | null {
  const namespace = main?.mention.ref?.namespace ?? '';
  const mirrored = ARCH_NAMESPACES[namespace];
  if (mirrored !== undefined) return mirrored;
  for (const [pattern, platform] of PLATFORM_PHRASES) {
    const found = pattern.exec(lowerText);
    if (found !== null) return platform === '' ? `linux/${found[1] ?? ''}` : platform;
  }
  return null;
}
