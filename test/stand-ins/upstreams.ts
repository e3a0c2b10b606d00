import records from '../fixtures/osv/records.json' with { type: 'json' };
import { HITS, PACKAGES } from '../fixtures/osv/sbom-packages.js';
import { startHubStandIn, type HubStandIn, type HubStandInTag } from './docker-hub.js';
import { startOsvStandIn, type OsvStandIn } from './osv.js';
import { startRegistryStandIn, type RegistryStandIn, type StandInPackage } from './registry.js';

/** A slim image's packages, and a few more for the full one. */
const SLIM_PACKAGES: StandInPackage[] = [PACKAGES.openssl, PACKAGES.libc6, PACKAGES.bash];
const FULL_PACKAGES: StandInPackage[] = [...SLIM_PACKAGES, PACKAGES.zlib1g, PACKAGES.gcc12, PACKAGES.jinja2];

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
