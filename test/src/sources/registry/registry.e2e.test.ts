import { afterEach, describe, expect, it } from 'vitest';
import { Cache } from '../../../../src/cache/cached.js';
import { createAgent, createHttp } from '../../../../src/http/create-http.js';
import { RateLimitedError, UpstreamError } from '../../../../src/errors.js';
import { RegistryClient } from '../../../../src/sources/registry/client.js';
import { findPlatform } from '../../../../src/sources/registry/platforms.js';
import { faults } from '../../../stand-ins/http-stand-in.js';
import { startRegistryStandIn, type RegistryStandIn, type RegistryStandInOptions } from '../../../stand-ins/registry.js';

const debian = { name: 'glibc', version: '2.36-9+deb12u4', purl: 'pkg:deb/debian/glibc@2.36-9%2Bdeb12u4?os_distro=bookworm&os_name=debian&os_version=12' };
const IMAGES: RegistryStandInOptions['images'] = [
  {
    repository: 'library/python',
    tags: ['3.13-slim'],
    platforms: [
      { architecture: 'amd64', sbom: [debian] },
      { architecture: 'arm64', variant: 'v8', sbom: null },
      { architecture: 'arm', variant: 'v6' },
    ],
  },
  { repository: 'library/empty', tags: ['latest'], platforms: [] },
  { repository: 'acme/app', tags: ['1'], platforms: [{ architecture: 'amd64' }], singleManifest: true },
];

let stand: RegistryStandIn | null = null;
const agents: ReturnType<typeof createAgent>[] = [];
afterEach(async () => {
  await stand?.close();
  stand = null;
  await Promise.all(agents.splice(0).map((agent) => agent.close()));
});

async function setUp(options: Partial<RegistryStandInOptions> = {}, clock = { now: Date.now() }, timeoutMs = 1000) {
  stand = await startRegistryStandIn({ images: IMAGES, ...options });
  const agent = createAgent(timeoutMs);
  agents.push(agent);
  const http = createHttp({ timeoutMs, dispatcher: agent, now: () => clock.now });
  const client = new RegistryClient(http, new Cache({ now: () => clock.now }), stand.url);
  return { stand, client, clock };
}

describe('RegistryClient against a Docker Hub-like registry', () => {
  it('answers the 401 challenge with a token from the realm on another port, then reuses it', async () => {
    const { stand, client } = await setUp();

    const platforms = await client.getPlatforms('library/python', '3.13-slim');
    await client.getManifest('library/python', stand.platformDigest('library/python', '3.13-slim', 'amd64'));

    expect(platforms?.map((p) => p.digest)).toEqual(['amd64', 'arm64', 'arm'].map((a) => stand.platformDigest('library/python', '3.13-slim', a)));
    expect(stand.tokenServer.count('/token')).toBe(1);
    expect(stand.registry.requests.filter((r) => !r.authorization)).toHaveLength(1);
    expect(stand.tokenServer.requests[0]?.path).toBe('/token?service=registry.stand-in&scope=repository%3Alibrary%2Fpython%3Apull');
    expect(stand.tokenServer.requests[0]?.authorization).toBeUndefined();
  });

  it('reads the SBOM behind a cross-host 307 without sending the token to the blob host', async () => {
    const { stand, client } = await setUp();
    const platforms = (await client.getPlatforms('library/python', '3.13-slim')) ?? [];

    const sbom = await client.getSbom('library/python', findPlatform(platforms, 'linux/amd64')?.attestationDigest ?? '');

    expect(sbom?.created).toBe('2026-05-01T00:00:00Z');
    expect(sbom?.packages.map((p) => p.purl)).toEqual(['pkg:oci/image', debian.purl]);
    expect(stand.blobHost.requests).toHaveLength(1);
    expect(stand.blobHost.requests[0]?.authorization).toBeUndefined();
  });

  it('gives a null SBOM for an attestation with provenance only and no attestation for an arch without', async () => {
    const { client } = await setUp();
    const platforms = (await client.getPlatforms('library/python', '3.13-slim')) ?? [];

    const arm64 = findPlatform(platforms, 'linux/arm64');

    expect(await client.getSbom('library/python', arm64?.attestationDigest ?? '')).toBeNull();
    expect(findPlatform(platforms, 'linux/arm/v6')?.attestationDigest).toBeNull();
  });

  it('returns an empty list for an index without images and one unknown platform for a single manifest', async () => {
    const { client } = await setUp();

    expect(await client.getPlatforms('library/empty', 'latest')).toEqual([]);
    expect((await client.getPlatforms('acme/app', '1'))?.map((p) => p.platform)).toEqual([null]);
  });

  it('returns null for a missing tag or repository', async () => {
    const { client } = await setUp();

    expect(await client.getManifest('library/python', 'nope')).toBeNull();
    expect(await client.getManifest('library/nope', 'latest')).toBeNull();
  });

  it('sees a moved tag with HEAD, which the registry does not count as a pull', async () => {
    const { stand, client } = await setUp();
    const before = await client.headManifest('library/python', '3.13-slim');

    stand.retag('library/python', '3.13-slim');
    const after = await client.headManifest('library/python', '3.13-slim');

    expect(before?.digest).not.toBe(after?.digest);
    expect(after?.digest).toBe(stand.tagDigest('library/python', '3.13-slim'));
    expect(stand.registry.count('/v2/library/python/manifests', 'GET')).toBe(0);
  });

  it('fetches a new token when the cached one expires', async () => {
    const { stand, client, clock } = await setUp({ expiresIn: 60 });
    await client.headManifest('library/python', '3.13-slim');

    clock.now += 46_000;
    await client.headManifest('library/python', '3.13-slim');

    expect(stand.tokenServer.count('/token')).toBe(2);
  });

  it('fetches a new token when the registry refuses the cached one', async () => {
    const { stand, client } = await setUp();
    await client.headManifest('library/python', '3.13-slim');

    stand.revokeTokens();
    const head = await client.headManifest('library/python', '3.13-slim');

    expect(head?.digest).toBe(stand.tagDigest('library/python', '3.13-slim'));
    expect(stand.tokenServer.count('/token')).toBe(2);
  });

  it('makes one request per resource for 100 concurrent identical lookups', async () => {
    const { stand, client } = await setUp({ latencyMs: 20 });

    await Promise.all(Array.from({ length: 100 }, () => client.getManifest('library/python', '3.13-slim')));

    expect(stand.registry.count('/v2/library/python/manifests/3.13-slim', 'GET')).toBe(2);
    expect(stand.tokenServer.count('/token')).toBe(1);
  });

  it('does not ask again before Retry-After passes after a pull-limit 429', async () => {
    const { stand, client, clock } = await setUp();
    const body = { errors: [{ code: 'TOOMANYREQUESTS', message: 'You have reached your pull rate limit.' }] };
    stand.registry.inject('/v2/library/python/manifests', faults.status(429, body, { 'retry-after': '10' }));
    await client.headManifest('library/python', '3.13-slim').catch(() => undefined);
    const seen = stand.registry.requests.length;

    const during = await client.getManifest('library/python', '3.13-slim').catch((error: unknown) => error);
    const sentDuring = stand.registry.requests.length - seen;
    clock.now += 10_000;
    const after = await client.getManifest('library/python', '3.13-slim');

    expect(during).toBeInstanceOf(RateLimitedError);
    expect(sentDuring).toBe(0);
    expect(after?.isIndex).toBe(true);
  });

  it('maps a 5xx, a slow body and a truncated body to UpstreamError', async () => {
    const { stand, client } = await setUp({}, { now: Date.now() }, 150);
    await client.headManifest('library/python', '3.13-slim');
    stand.registry.inject('/v2/library/python/manifests/a', faults.status(503));
    stand.registry.inject('/v2/library/python/manifests/b', faults.slowBody(400));
    stand.registry.inject('/v2/library/python/manifests/c', faults.truncated('{"schemaVersion":2,'));
    stand.registry.inject('/v2/library/python/manifests/d', faults.slowHeaders(400));

    for (const tag of ['a', 'b', 'c', 'd']) {
      await expect(client.getManifest('library/python', tag)).rejects.toThrow(UpstreamError);
    }
  });

  it('rejects content that does not match the digest it was asked for', async () => {
    const { stand, client } = await setUp({ auth: 'none' });
    const digest = stand.platformDigest('library/python', '3.13-slim', 'amd64');
    stand.registry.inject(`/v2/library/python/manifests/${digest}`, faults.status(200, { schemaVersion: 2, layers: [] }));

    await expect(client.getManifest('library/python', digest)).rejects.toThrow('does not match');
  });

  it('serves the previous index when a refresh fails (stale-if-error)', async () => {
    const { stand, client, clock } = await setUp();
    const first = await client.getManifest('library/python', '3.13-slim');
    stand.registry.inject('/v2/library/python/manifests/3.13-slim', faults.status(502));

    clock.now += 6 * 60_000;
    const stale = await client.getManifest('library/python', '3.13-slim');

    expect(stale).toEqual(first);
  });
});

describe('RegistryClient against a plain OCI registry', () => {
  it('reads index, attestation and SBOM without tokens or redirects', async () => {
    const { stand, client } = await setUp({ auth: 'none', blobRedirect: false });

    const platforms = (await client.getPlatforms('library/python', '3.13-slim')) ?? [];
    const sbom = await client.getSbom('library/python', findPlatform(platforms, 'linux/amd64')?.attestationDigest ?? '');

    expect(sbom?.packages).toHaveLength(2);
    expect(stand.tokenServer.requests).toHaveLength(0);
    expect(stand.blobHost.requests).toHaveLength(0);
  });
});
