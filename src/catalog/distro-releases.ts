/** A distribution release as it appears in tags: `bookworm`, `alpine3.24`, `noble`, `ltsc2022`, `ubi9-minimal`. */
export interface DistroRelease {
  distro: string;
  /** The distribution's own version: `12`, `24.04`, `3.24`, `2022`; `unstable` for sid. */
  version: string;
  name: string;
}

function releases(distro: string, label: string, rows: [string, string][]): Record<string, DistroRelease> {
  const table: Record<string, DistroRelease> = {};
  for (const [release, version] of rows) table[release] = { distro, version, name: `${label} ${version} (${release})` };
  return table;
}

function alpineReleases(): Record<string, DistroRelease> {
  const table: Record<string, DistroRelease> = {};
  for (let minor = 16; minor <= 30; minor++) {
    table[`alpine3.${minor}`] = { distro: 'alpine', version: `3.${minor}`, name: `Alpine Linux 3.${minor}` };
  }
  return table;
}

/**
 * Release words found in official-image tags, mapped to their distribution (intent code maps "Debian 12" →
 * bookworm through this table). @see https://www.debian.org/releases/ @see https://wiki.ubuntu.com/Releases
 */
export const DISTRO_RELEASES: Readonly<Record<string, DistroRelease>> = {
  ...releases('debian', 'Debian', [
    ['buster', '10'],
    ['bullseye', '11'],
    ['bookworm', '12'],
    ['trixie', '13'],
    ['forky', '14'],
    ['duke', '15'],
    ['sid', 'unstable'],
  ]),
  ...releases('ubuntu', 'Ubuntu', [
    ['focal', '20.04'],
    ['jammy', '22.04'],
    ['noble', '24.04'],
    ['oracular', '24.10'],
    ['plucky', '25.04'],
    ['questing', '25.10'],
    ['resolute', '26.04'],
    ['stonking', '26.10'],
  ]),
  ...alpineReleases(),
  ...releases('windows', 'Windows Server', [
    ['ltsc2019', '2019'],
    ['ltsc2022', '2022'],
    ['ltsc2025', '2025'],
  ]),
  ...releases('oraclelinux', 'Oracle Linux', [
    ['oraclelinux7', '7'],
    ['oraclelinux8', '8'],
    ['oraclelinux9', '9'],
    ['oraclelinux10', '10'],
  ]),
  ...releases('ubi', 'Red Hat UBI', [
    ['ubi8', '8'],
    ['ubi9', '9'],
    ['ubi10', '10'],
    ['ubi8-minimal', '8'],
    ['ubi9-minimal', '9'],
    ['ubi10-minimal', '10'],
  ]),
  ...releases('amazonlinux', 'Amazon Linux', [
    ['al2', '2'],
    ['al2023', '2023'],
    ['amazonlinux2', '2'],
    ['amazonlinux2023', '2023'],
  ]),
};

/** Words that name a distribution without a release (`php:8.5-alpine`, `mysql:8.4-oracle`). */
export const DISTRO_WORDS: Readonly<Record<string, string>> = {
  alpine: 'alpine',
  oracle: 'oraclelinux',
  ubi: 'ubi',
  rhel: 'ubi',
  windowsservercore: 'windows',
  nanoserver: 'windows',
};

/** The release a tag word names (`bookworm`, `alpine3.24`, `alpine-3.24`, `ltsc2022`), or undefined. */
export function releaseOf(word: string): (DistroRelease & { release: string }) | undefined {
  const release = word.toLowerCase().replace(/^alpine-(3\.\d+)$/, 'alpine$1');
  const found = Object.hasOwn(DISTRO_RELEASES, release) ? DISTRO_RELEASES[release] : undefined;
  return found && { ...found, release };
}

/** The release of a distribution version: `('debian', '12')` → `bookworm`, `('ubuntu', '24.04')` → `noble`. */
export function findRelease(distro: string, version: string): string | undefined {
  for (const [release, info] of Object.entries(DISTRO_RELEASES)) {
    if (info.distro === distro && info.version === version && !release.endsWith('-minimal')) return release;
  }
  return undefined;
}
