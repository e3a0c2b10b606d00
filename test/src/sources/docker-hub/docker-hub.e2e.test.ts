import { afterEach, describe, expect, it } from 'vitest';
import { Cache } from '../../../../src/cache/cached.js';
import { createAgent, createHttp } from '../../../../src/http/create-http.js';
import { RateLimitedError, UpstreamError } from '../../../../src/errors.js';
import { DockerHubClient } from '../../../../src/sources/docker-hub/client.js';
import { faults } from '../../../stand-ins/http-stand-in.js';
import { startHubStandIn, type HubStandIn } from '../../../stand-ins/docker-hub.js';

const REPOSITORIES = [
  {
    namespace: 'library',
    name: 'python',
    tags: [
      { name: '3.13', digest: 'sha256:i1', fullSize: 400_000_000, images: [{ architecture: 'amd64', digest: 'sha256:p1', size: 410_000_000 }] },
      { name: '3.13-slim', digest: 'sha256:i2', fullSize: 41_000_000, images: [{ architecture: 'amd64', digest: 'sha256:p2', size: 42_000_000 }] },
      { name: '3.13-alpine', digest: 'sha256:i3', fullSize: 17_000_000, images: [] },
    ],
  },
  { namespace: 'bitnami', name: 'redis', badge: 'verfified_publisher' },
  { namespace: 'me', name: 'mine', badge: null, hiddenFromSearch: true },
];

let hub: HubStandIn | null = null;
let agent: ReturnType<typeof createAgent> | null = null;
afterEach(async () => {
  await hub?.close();
  await agent?.close();
});

async function setUp(clock = { now: Date.now() }, timeoutMs = 1000) {
  hub = await startHubStandIn(REPOSITORIES);
  agent = createAgent(timeoutMs);
  const http = createHttp({ timeoutMs, dispatcher: agent, now: () => clock.now });
  return { hub, clock, client: new DockerHubClient(http, new Cache({ now: () => clock.now }), hub.url) };
}

describe('DockerHubClient against the Hub stand-in', () => {
  it('compares two tags fetched in parallel', async () => {
    const { client } = await setUp();

    const [full, slim, alpine] = await Promise.all(['3.13', '3.13-slim', '3.13-alpine'].map((tag) => client.getTag('library', 'python', tag)));

    expect(full?.images.map((i) => i.size)).toEqual([410_000_000]);
    expect(slim?.images.map((i) => i.size)).toEqual([42_000_000]);
    expect(alpine?.images).toEqual([]);
    expect(alpine?.fullSize).toBe(17_000_000);
  });

  it('reads badges: official, the misspelt verified publisher, none, and does-not-exist', async () => {
    const { client } = await setUp();

    expect(await client.getBadge('library', 'python')).toEqual({ exists: true, badge: 'official' });
    expect(await client.getBadge('bitnami', 'redis')).toEqual({ exists: true, badge: 'verified_publisher' });
    expect(await client.getBadge('me', 'mine')).toEqual({ exists: true, badge: null });
    expect(await client.getBadge('me', 'nothing')).toEqual({ exists: false });
  });

  it('makes one request for 100 concurrent identical lookups', async () => {
    const { hub, client } = await setUp();
    hub.latencyMs = 20;

    await Promise.all(Array.from({ length: 100 }, () => client.getTag('library', 'python', '3.13')));

    expect(hub.count('/v2/namespaces/library/repositories/python/tags/3.13')).toBe(1);
  });

  it.each([
    ['Retry-After', { 'retry-after': '5' }, 5_000],
    ['X-Retry-After', { 'x-retry-after': 'UNIX' }, 5_000],
  ])('waits out a 429 with %s before asking again', async (_name, headers, waitMs) => {
    const clock = { now: Date.now() };
    const { hub, client } = await setUp(clock);
    const withTime = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v === 'UNIX' ? String(Math.floor(clock.now / 1000) + 5) : v]));
    hub.inject('/v2/', faults.status(429, { detail: 'Rate limit exceeded', error: false }, withTime));

    const first = await client.getTag('library', 'python', '3.13').catch((error: unknown) => error);
    const second = await client.getRepository('library', 'python').catch((error: unknown) => error);
    const sentWhileLimited = hub.requests.length;
    clock.now += waitMs + 1000;
    const third = await client.getRepository('library', 'python');

    expect(first).toBeInstanceOf(RateLimitedError);
    expect(second).toBeInstanceOf(RateLimitedError);
    expect(sentWhileLimited).toBe(1);
    expect(third?.name).toBe('python');
  });

  it('stops before the limit when X-RateLimit-Remaining reaches 0', async () => {
    const { hub, client } = await setUp();
    hub.rateLimitRemaining = 0;

    await client.getRepository('library', 'python');

    await expect(client.getTag('library', 'python', '3.13')).rejects.toThrow(RateLimitedError);
    expect(hub.requests).toHaveLength(1);
  });

  it.each([
    ['a 500', faults.status(500)],
    ['malformed JSON', faults.malformed()],
    ['a truncated body', faults.truncated('{"name":"3.13","images":[')],
    ['a slow body', faults.slowBody(300)],
  ])('maps %s to UpstreamError', async (_name, fault) => {
    const { hub, client } = await setUp({ now: Date.now() }, 150);
    hub.inject('/v2/', fault);

    await expect(client.getTag('library', 'python', '3.13')).rejects.toThrow(UpstreamError);
  });

  it('answers from the expired entry while the Hub fails (stale-if-error)', async () => {
    const clock = { now: Date.now() };
    const { hub, client } = await setUp(clock);
    const fresh = await client.getTag('library', 'python', '3.13');
    hub.inject('/v2/', faults.status(503));

    clock.now += 11 * 60_000;
    const stale = await client.getTag('library', 'python', '3.13');

    expect(stale).toEqual(fresh);
    expect(hub.requests).toHaveLength(2);
  });
});
