/**
 * Distro releases as tags name them, and the version numbers people use instead ("Debian 12" → bookworm).
 * @see https://www.debian.org/releases/ and https://wiki.ubuntu.com/Releases
 */
const DEBIAN: Readonly<Record<string, string>> = {
  '10': 'buster',
  '11': 'bullseye',
  '12': 'bookworm',
  '13': 'trixie',
  '14': 'forky',
};
const UBUNTU: Readonly<Record<string, string>> = {
  '20.04': 'focal',
  '22.04': 'jammy',
  '24.04': 'noble',
  '26.04': 'resolute',
};

/** Codename → distro, for release words typed alone. */
export const CODENAMES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.values(DEBIAN).map((codename) => [codename, 'debian'])),
  ...Object.fromEntries(Object.values(UBUNTU).map((codename) => [codename, 'ubuntu'])),
};

const ALPINE_RELEASE = /^alpine(3\.\d{1,2})$/;

export interface Release {
  release: string;
  distro: string;
}

/** A release named by one word (`bookworm`, `alpine3.22`), or null. */
export function releaseOfWord(word: string): Release | null {
  const distro = CODENAMES[word];
  if (distro !== undefined) return { release: word, distro };
  const alpine = ALPINE_RELEASE.exec(word);
  return alpine === null ? null : { release: `alpine${alpine[1] ?? ''}`, distro: 'alpine' };
}

/** A release named by distro and number (`debian 12`, `ubuntu 24.04`, `alpine 3.22`), or null. */
export function releaseOfPair(distro: string, version: string): Release | null {
  if (distro === 'debian') return known(DEBIAN[version.split('.')[0] ?? ''], distro);
  if (distro === 'ubuntu') return known(UBUNTU[version], distro);
  if (distro === 'alpine' && /^3\.\d{1,2}$/.test(version)) return { release: `alpine${version}`, distro };
  return null;
}

function known(release: string | undefined, distro: string): Release | null {
  return release === undefined ? null : { release, distro };
}
