import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgent } from '../../../../src/http/create-http.js';
import { loadConfig } from '../../../../src/config/load-config.js';
import { parseImageRef } from '../../../../src/image-ref/parse-image-ref.js';
import type { ImageRef } from '../../../../src/image-ref/types.js';
import { createSources, type Sources } from '../../../../src/sources/create-sources.js';
import { UpstreamError } from '../../../../src/errors.js';
import { faults } from '../../../stand-ins/http-stand-in.js';
import { startOsvStandIn, type OsvStandIn } from '../../../stand-ins/osv.js';
import { startRegistryStandIn, type RegistryStandIn } from '../../../stand-ins/registry.js';
import records from '../../../fixtures/osv/records.json' with { type: 'json' };
import { HITS, PACKAGES } from '../../../fixtures/osv/sbom-packages.js';

const { openssl, libc6, libcBin, bash, zlib1g, jinja2 } = PACKAGES;
const DEBIAN_PACKAGES = [openssl, libc6, libcBin, bash, zlib1g, jinja2];

let registry: RegistryStandIn;
let osv: OsvStandIn;
let agent: ReturnType<typeof createAgent>;

beforeAll(async () => {
  registry = await startRegistryStandIn({
    images: [
      {
        repository: 'library/python',
        tags: ['3.13-slim'],
        platforms: [
          { architecture: 'amd64', sbom: DEBIAN_PACKAGES, sbomCreated: '2026-05-02T03:04:05Z' },
          { architecture: 'arm64', variant: 'v8', sbom: null },
          { architecture: 'arm', variant: 'v6' },
        ],
      },
      { repository: 'library/empty', tags: ['latest'], platforms: [] },
      { repository: 'acme/app', tags: ['1'], platforms: [{ architecture: 'amd64' }], singleManifest: true },
    ],
  });
  osv = await startOsvStandIn({ vulns: records, hits: HITS, pageSize: 2 });
  agent = createAgent(1000);
});

afterAll(async () => {
  await Promise.all([registry.close(), osv.close(), agent.close()]);
});

function sources(env: Record<string, string> = {}): Sources {
  const config = loadConfig({ BASEIMAGE_REGISTRY_URL: registry.url, BASEIMAGE_OSV_URL: osv.url, BASEIMAGE_HUB_URL: 'http://127.0.0.1:9', ...env });
  const created = createSources(config, { dispatcher: agent });
  if (!created) throw new Error('offline');
  return created;
}

function ref(text: string): ImageRef {
  const parsed = parseImageRef(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('VulnerabilityScanner end to end', () => {
  it('reports OSV findings for the SBOM of one platform', async () => {
    const report = await sources().vulnerabilities.scan(ref('python:3.13-slim'), 'linux/amd64');

    expect(report).toEqual({
      status: 'scanned',
      platform: 'linux/amd64',
      digest: registry.platformDigest('library/python', '3.13-slim', 'amd64'),
      sbomDate: '2026-05-02T03:04:05Z',
      packages: 6,
      counts: { critical: 1, high: 1, medium: 2, low: 0, unknown: 1 },
      findings: [
        { id: 'DEBIAN-CVE-2023-9999', package: 'openssl', installed: '3.0.11-1~deb12u1', fixed: null, severity: 'critical', score: 9.8, url: 'https://osv.dev/vulnerability/DEBIAN-CVE-2023-9999' },
        { id: 'DSA-5600-1', package: 'glibc', installed: '2.36-9+deb12u4', fixed: '2.36-9+deb12u5', severity: 'high', score: 7.8, url: 'https://osv.dev/vulnerability/DSA-5600-1' },
        { id: 'GHSA-h5c8-rqwp-cp95', package: 'jinja2', installed: '3.1.4', fixed: '3.1.5', severity: 'medium', score: 6.1, url: 'https://osv.dev/vulnerability/GHSA-h5c8-rqwp-cp95' },
        { id: 'DEBIAN-CVE-2023-5678', package: 'openssl', installed: '3.0.11-1~deb12u1', fixed: '3.0.11-1~deb12u2', severity: 'medium', score: 5.3, url: 'https://osv.dev/vulnerability/DEBIAN-CVE-2023-5678' },
        { id: 'DEBIAN-CVE-2022-0003', package: 'bash', installed: '5.2.15-2', fixed: null, severity: 'unknown', score: null, url: 'https://osv.dev/vulnerability/DEBIAN-CVE-2022-0003' },
      ],
      unfixed: 2,
      source: 'osv',
    });
  });

  it('asks OSV by distro ecosystem and source name, follows the page token, and fetches each record once', () => {
    const first = osv.batches[0]?.queries ?? [];

    expect(first).toContainEqual({ package: { ecosystem: 'Debian:12', name: 'glibc' }, version: '2.36-9+deb12u4' });
    expect(first).toContainEqual({ package: { ecosystem: 'Debian:12', name: 'zlib' }, version: '1:1.2.13.dfsg-1' });
    expect(first).toContainEqual({ package: { purl: 'pkg:pypi/jinja2@3.1.4' } });
    expect(osv.batches[1]?.queries).toEqual([{ package: { ecosystem: 'Debian:12', name: 'openssl' }, version: '3.0.11-1~deb12u1', page_token: '2' }]);
    expect(osv.count('/v1/querybatch')).toBe(2);
    expect(osv.count('/v1/vulns/DSA-5532-1')).toBe(1);
    expect(osv.count('/v1/vulns/CVE-2023-5678')).toBe(1);
    expect(osv.count('/v1/vulns/CVE-2022-0003')).toBe(1);
  });

  it.each([
    ['linux/arm64', { status: 'no_sbom', platform: 'linux/arm64/v8', reason: 'no_spdx' }],
    ['linux/arm/v6', { status: 'no_sbom', platform: 'linux/arm/v6', reason: 'no_attestation' }],
    ['linux/s390x', { status: 'no_platform', platform: 'linux/s390x', available: ['linux/amd64', 'linux/arm64/v8', 'linux/arm/v6'] }],
  ])('says why there is no report for %s', async (platform, expected) => {
    expect(await sources().vulnerabilities.scan(ref('python:3.13-slim'), platform)).toMatchObject(expected);
  });

  it('handles an index without images, a single-platform manifest and a missing tag', async () => {
    const { vulnerabilities } = sources();

    expect(await vulnerabilities.scan(ref('empty'), 'linux/amd64')).toEqual({ status: 'no_platform', platform: 'linux/amd64', available: [] });
    expect(await vulnerabilities.scan(ref('acme/app:1'), 'linux/amd64')).toMatchObject({ status: 'no_sbom', reason: 'single_platform' });
    expect(await vulnerabilities.scan(ref('python:nope'), 'linux/amd64')).toBeNull();
  });

  it('looks up only Docker Hub unless the operator lists the registry', async () => {
    const outcome = await sources().vulnerabilities.scan(ref('ghcr.io/acme/app:1'), 'linux/amd64');

    expect(outcome).toEqual({ status: 'not_allowed', message: expect.stringContaining('Only Docker Hub images are looked up') });
    expect(sources({ BASEIMAGE_REGISTRIES: 'ghcr.io' }).registryFor(ref('ghcr.io/acme/app'))).not.toBeNull();
  });

  it('shares one pipeline among 100 concurrent identical scans', async () => {
    const fresh = sources();
    const before = { manifests: registry.registry.count('/v2/library/python/manifests', 'GET'), batches: osv.count('/v1/querybatch'), blobs: registry.blobHost.requests.length };

    await Promise.all(Array.from({ length: 100 }, () => fresh.vulnerabilities.scan(ref('python:3.13-slim'), 'linux/amd64')));

    expect(registry.registry.count('/v2/library/python/manifests', 'GET') - before.manifests).toBe(3);
    expect(osv.count('/v1/querybatch') - before.batches).toBe(2);
    expect(registry.blobHost.requests.length - before.blobs).toBe(1);
  });

  it('fails with UpstreamError when OSV fails, and serves the last report while it does (stale-if-error)', async () => {
    let now = Date.now();
    const config = loadConfig({ BASEIMAGE_REGISTRY_URL: registry.url, BASEIMAGE_OSV_URL: osv.url });
    const live = createSources(config, { dispatcher: agent, now: () => now });
    const cold = createSources(config, { dispatcher: agent });
    const first = await live?.vulnerabilities.scan(ref('python:3.13-slim'), 'linux/amd64');
    osv.inject('/v1/querybatch', faults.status(503), 2);

    now += 2 * 60 * 60_000;
    const stale = await live?.vulnerabilities.scan(ref('python:3.13-slim'), 'linux/amd64');
    const failed = cold?.vulnerabilities.scan(ref('python:3.13-slim'), 'linux/amd64');

    expect(stale).toEqual(first);
    await expect(failed).rejects.toThrow(UpstreamError);
  });

  it('returns nothing when offline', () => {
    expect(createSources(loadConfig({ BASEIMAGE_OFFLINE: '1' }))).toBeNull();
  });
});
