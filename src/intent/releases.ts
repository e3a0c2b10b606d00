import { findRelease, releaseOf } from '../catalog/derive-tags.js';

/** A distro release as tags name it (`bookworm`) and its distro (`debian`). */
export interface Release {
  release: string;
  distro: string;
}

/** A release named by one word (`bookworm`, `alpine3.22`, `noble`), or null; the catalog's table decides. */
export function releaseOfWord(word: string): Release | null {
  const found = releaseOf(word);
  return found === undefined ? null : { release: found.release, distro: found.distro };
}

/** A release named by distro and number ("Debian 12" → bookworm, "Ubuntu 24.04" → noble, "alpine 3.22"), or null. */
export function releaseOfPair(distro: string, version: string): Release | null {
  const asked = distro === 'debian' ? (version.split('.')[0] ?? '') : version;
  const release = findRelease(distro, asked);
  return release === undefined ? null : { release, distro };
}
