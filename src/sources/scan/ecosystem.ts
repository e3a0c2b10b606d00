import type { SbomPackage } from '../registry/client.js';
import type { OsvQuery } from './schema.js';

/** A package as OSV is asked about it: OS packages by distro ecosystem and source name, others by purl. */
export interface PackageQuery {
  /** `Debian:12`, `Alpine:v3.22`, `Ubuntu:24.04:LTS`, or the purl type (`pypi`, `npm`…) for language packages. */
  ecosystem: string;
  name: string;
  version: string;
  query: OsvQuery;
}

interface Purl {
  type: string;
  namespace: string;
  name: string;
  version: string;
  qualifiers: Record<string, string>;
}

/** The image's OS from the SBOM (`debian` 12, `alpine` 3.22.1), used when a package purl names no release. */
export interface ImageOs {
  id: string;
  version: string;
}

const DEBIAN_CODENAMES: Readonly<Record<string, string>> = {
  buster: '10', bullseye: '11', bookworm: '12', trixie: '13', forky: '14', sid: 'sid', unstable: 'sid',
};
const UBUNTU_CODENAMES: Readonly<Record<string, string>> = {
  bionic: '18.04', focal: '20.04', jammy: '22.04', noble: '24.04', oracular: '24.10', plucky: '25.04', questing: '25.10',
};

/**
 * Parses `pkg:type/namespace/name@version?qualifiers`; null when it is not a purl.
 * @see https://github.com/package-url/purl-spec/blob/main/PURL-SPECIFICATION.rst
 */
export function parsePurl(text: string): Purl | null {
  const match = /^pkg:([a-zA-Z][a-zA-Z0-9.+-]*)\/([^?#@]+)(?:@([^?#]+))?(?:\?([^#]*))?/.exec(text);
  if (!match) return null;
  const path = (match[2] ?? '').split('/').map(decode);
  const qualifiers: Record<string, string> = {};
  for (const pair of (match[4] ?? '').split('&')) {
    const [key, value] = pair.split('=');
    if (key && value !== undefined) qualifiers[key.toLowerCase()] = decode(value);
  }
  const name = path.pop() ?? '';
  return { type: (match[1] ?? '').toLowerCase(), namespace: path.join('/'), name, version: decode(match[3] ?? ''), qualifiers };
}

/** The OS package of a Syft/Docker SPDX document (`primaryPackagePurpose: OPERATING-SYSTEM`). */
export function imageOsOf(packages: readonly SbomPackage[]): ImageOs | null {
  const os = packages.find((pkg) => pkg.purpose === 'OPERATING-SYSTEM' && pkg.version);
  return os?.version ? { id: os.name.toLowerCase(), version: os.version } : null;
}

/**
 * The OSV query for one SBOM package, or null when it cannot be asked (container entry, no purl, no release).
 * OS packages use `{ecosystem, name, version}` with the distro ecosystem OSV expects, never the purl: OSV reads only
 * the purl's `distro` qualifier and finds nothing for `distro=debian-12` (upstream-apis.md §5.1).
 */
export function packageQueryFor(pkg: SbomPackage, os: ImageOs | null): PackageQuery | null {
  const purl = pkg.purl ? parsePurl(pkg.purl) : null;
  if (!purl || !purl.version || purl.type === 'oci' || pkg.purpose === 'CONTAINER') return null;
  if (purl.type === 'deb' || purl.type === 'apk') return osPackageQuery(purl, os);
  const bare = `pkg:${purl.type}/${purl.namespace ? `${purl.namespace.split('/').map(encodeURIComponent).join('/')}/` : ''}${encodeURIComponent(purl.name)}@${encodeURIComponent(purl.version)}`;
  return { ecosystem: purl.type, name: purl.namespace ? `${purl.namespace}/${purl.name}` : purl.name, version: purl.version, query: { package: { purl: bare } } };
}

function osPackageQuery(purl: Purl, os: ImageOs | null): PackageQuery | null {
  const ecosystem = distroEcosystem(purl, os);
  if (!ecosystem) return null;
  const [upstreamName, upstreamVersion] = (purl.qualifiers['upstream'] ?? '').split('@');
  const name = upstreamName || purl.name;
  const bare = upstreamVersion || purl.version;
  const epoch = purl.qualifiers['epoch'];
  const version = epoch && !bare.includes(':') ? `${epoch}:${bare}` : bare;
  return { ecosystem, name, version, query: { package: { ecosystem, name }, version } };
}

/** `Debian:12`, `Alpine:v3.22`, `Ubuntu:24.04:LTS` from the purl's qualifiers, else from the image's OS. */
export function distroEcosystem(purl: Pick<Purl, 'type' | 'namespace' | 'qualifiers'>, os: ImageOs | null): string | null {
  const family = (purl.namespace || purl.qualifiers['os_name'] || os?.id || '').toLowerCase();
  const q = purl.qualifiers;
  const fromDistro = q['distro']?.replace(/^[a-z]+-/, '');
  const release = fromDistro || q['os_version'] || q['os_distro'] || (os && os.id === family ? os.version : null);
  if (!release) return null;
  if (family === 'debian') {
    const major = DEBIAN_CODENAMES[release] ?? /^(\d+)/.exec(release)?.[1];
    return major ? `Debian:${major}` : null;
  }
  if (family === 'alpine') {
    const minor = /^v?(\d+\.\d+)/.exec(release)?.[1];
    return minor ? `Alpine:v${minor}` : null;
  }
  if (family === 'ubuntu') {
    const version = UBUNTU_CODENAMES[release] ?? /^(\d{2}\.\d{2})/.exec(release)?.[1];
    if (!version) return null;
    const [year = '', month = ''] = version.split('.');
    return Number(year) % 2 === 0 && month === '04' ? `Ubuntu:${version}:LTS` : `Ubuntu:${version}`;
  }
  return null;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
