import records from '../fixtures/osv/records.json' with { type: 'json' };
import { startHubStandIn, type HubStandIn, type HubStandInTag } from './docker-hub.js';
import { startOsvStandIn, type OsvStandIn } from './osv.js';
import { startRegistryStandIn, type RegistryStandIn, type StandInPackage } from './registry.js';

/** Debian 13 packages of a slim image (source names as upstream= qualifiers), and a few more for the full one. */
const SLIM_PACKAGES: StandInPackage[] = [
  { name: 'openssl', version: '3.0.11-1~deb12u1', purl: 'pkg:deb/debian/openssl@3.0.11-1~deb12u1?os_distro=bookworm&os_name=debian&os_version=12' },
  { name: 'libc6', version: '2.36-9+deb12u4', purl: 'pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12&upstream=glibc' },
  { name: 'bash', version: '5.2.15-2+b7', purl: 'pkg:deb/debian/bash@5.2.15-2%2Bb7?distro=debian-12&upstream=bash%405.2.15-2' },
];
const FULL_PACKAGES: StandInPackage[] = [
  ...SLIM_PACKAGES,
  { name: 'zlib1g', version: '1:1.2.13', purl: 'pkg:deb/debian/zlib1g@1.2.13.dfsg-1?distro=debian-12&epoch=1&upstream=zlib' },
  { name: 'gcc-12', version: '12.2.0-14', purl: 'pkg:deb/debian/gcc-12@12.2.0-14?distro=debian-12' },
  { name: 'jinja2', version: '3.1.4', purl: 'pkg:pypi/jinja2@3.1.4' },
];

const HITS = {
  'Debian:12|openssl|3.0.11-1~deb12u1': ['DSA-5532-1', 'DEBIAN-CVE-2023-5678', 'DEBIAN-CVE-2023-9999'],
  'Debian:12|glibc|2.36-9+deb12u4': ['DSA-5600-1', 'DSA-4000-1'],
  'Debian:12|bash|5.2.15-2': ['DEBIAN-CVE-2022-0003'],
  'pkg:pypi/jinja2@3.1.4': ['GHSA-h5c8-rqwp-cp95'],
};

function hubTag(name: string, size: number, arm = size): HubStandInTag {
  return {
    name,
    digest: `sha256:${name.replace(/[^0-9a-f]/g, 'a').padEnd(64, 'b').slice(0, 64)}`,
    fullSize: size,
    lastPushed: '2026-11-20T08:00:00Z',
    images: [
      { architecture: 'amd64', digest: `sha256:${'1'.repeat(64)}`, size },
      { architecture: 'arm64', variant: 'v8', digest: `sha256:${'2'.repeat(64)}`, size: arm },
    ],
  };
}

export interface Upstreams {
  hub: HubStandIn;
  registry: RegistryStandIn;
  osv: OsvStandIn;
  /** The settings that point the bot at these stand-ins. */
  env: Record<string, string>;
  /** Requests seen by every stand-in, by path. */
  requests(): string[];
  setLatency(ms: number): void;
  close(): Promise<void>;
}

/**
 * Docker Hub, its registry (token realm, CDN blobs) and OSV on loopback, with one data set: python slim and full with
 * SBOMs, an image without attestations, publishers with each Hub badge, and an official image newer than the snapshot.
 */
export async function startUpstreams(latencyMs = 0): Promise<Upstreams> {
  const registry = await startRegistryStandIn({
    latencyMs,
    images: [
      {
        repository: 'library/python',
        tags: ['3.13-slim', '3.13-slim-trixie'],
        platforms: [
          { architecture: 'amd64', sbom: SLIM_PACKAGES, sbomCreated: '2026-11-20T07:00:00Z' },
          { architecture: 'arm64', variant: 'v8', sbom: null },
        ],
      },
      { repository: 'library/python', tags: ['3.13', '3.13-trixie'], platforms: [{ architecture: 'amd64', sbom: FULL_PACKAGES, sbomCreated: '2026-11-20T07:00:00Z' }] },
      { repository: 'library/nginx', tags: ['1.31'], platforms: [{ architecture: 'amd64' }] },
    ],
  });
  const hub = await startHubStandIn(
    [
      { namespace: 'library', name: 'python', tags: [hubTag('3.13-slim', 43_400_000, 42_100_000), hubTag('3.13-slim-trixie', 43_400_000), hubTag('3.13', 415_000_000), hubTag('3.14-slim-trixie', 43_500_000), hubTag('3.14-slim', 43_500_000), hubTag('3.15.0', 44_000_000)] },
      { namespace: 'library', name: 'nginx', tags: [hubTag('1.31', 72_000_000)] },
      { namespace: 'library', name: 'valkey', tags: [hubTag('8', 40_000_000)] },
      { namespace: 'bitnami', name: 'python', badge: 'verified_publisher' },
      { namespace: 'linuxserver', name: 'nginx', badge: 'open_source' },
      { namespace: 'joe', name: 'app', badge: null },
    ],
    { latencyMs },
  );
  const osv = await startOsvStandIn({ vulns: records, hits: HITS, latencyMs });
  const servers = [hub, registry.registry, registry.tokenServer, registry.blobHost, osv];
  return {
    hub,
    registry,
    osv,
    env: { BASEIMAGE_OFFLINE: '0', BASEIMAGE_HUB_URL: hub.url, BASEIMAGE_REGISTRY_URL: registry.url, BASEIMAGE_OSV_URL: osv.url },
    requests: () => servers.flatMap((server) => server.requests.map((request) => `${request.method} ${request.path}`)),
    setLatency: (ms) => {
      hub.latencyMs = ms;
      osv.latencyMs = ms;
      registry.setLatency(ms);
    },
    close: async () => {
      await Promise.all([hub.close(), registry.close(), osv.close()]);
    },
  };
}
