import { releaseOf } from '../catalog/distro-releases.js';
import type { ImageInfo, TagInfo } from '../catalog/types.js';

const DISTRO_NAMES: Record<string, string> = {
  debian: 'Debian',
  ubuntu: 'Ubuntu',
  alpine: 'Alpine',
  windows: 'Windows Server',
  oraclelinux: 'Oracle Linux',
  ubi: 'Red Hat UBI',
  amazonlinux: 'Amazon Linux',
};

/** `Debian 13 trixie`, `Alpine 3.24`, `Ubuntu 24.04 noble`, `Windows Server 2022 ltsc2022`, or null when unknown. */
export function describeRelease(tag: Pick<TagInfo, 'distro' | 'release'>): string | null {
  if (tag.distro === null) return null;
  const distro = DISTRO_NAMES[tag.distro] ?? tag.distro;
  const known = tag.release === null ? undefined : releaseOf(tag.release);
  if (known === undefined) return tag.release === null ? distro : `${distro} ${tag.release}`;
  const redundant = known.distro === 'alpine' || known.release.replace(/\d+$/, '') === known.distro;
  const codename = redundant ? '' : ` ${known.release}`;
  return `${DISTRO_NAMES[known.distro] ?? known.distro} ${known.version}${codename}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `Debian 13 trixie, 8 architectures`. */
export function describeTag(tag: TagInfo): string {
  const parts = [describeRelease(tag), plural(tag.architectures.length, 'architecture')];
  return parts.filter((part) => part !== null).join(', ');
}

export function hubUrl(image: string): string {
  return `https://hub.docker.com/_/${image}`;
}

/** A reference as people write it: `python:3.14-slim`. */
export function imageTag(image: ImageInfo | string, tag: string): string {
  return `${typeof image === 'string' ? image : image.name}:${tag}`;
}

/** User text safe to echo back: no control characters, at most `max` characters. */
export function clip(text: string, max = 80): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069`]/g, '').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
