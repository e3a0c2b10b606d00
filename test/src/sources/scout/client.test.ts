import { afterEach, describe, expect, it } from 'vitest';
import { Cache } from '../../../../src/cache/cached.js';
import { loadConfig } from '../../../../src/config/load-config.js';
import { createAgent, createHttp } from '../../../../src/http/create-http.js';
import { UpstreamError } from '../../../../src/errors.js';
import { createSources } from '../../../../src/sources/create-sources.js';
import { ScoutClient } from '../../../../src/sources/scout/client.js';
import type { StandInServer } from '../../../stand-ins/http-stand-in.js';
import { startScoutStandIn } from '../../../stand-ins/scout.js';

const INDEXED = `sha256:${'1'.repeat(64)}`;
const INDEXING = `sha256:${'2'.repeat(64)}`;
const FORBIDDEN = `sha256:${'3'.repeat(64)}`;
const BROKEN = `sha256:${'4'.repeat(64)}`;

/** Scout's GraphQL endpoint as §7 describes it: one indexed summary, one still indexing, one FORBIDDEN error. */
function startScout(): Promise<StandInServer> {
  return startScoutStandIn({
    [INDEXED]: { sbomState: 'INDEXED', vulnerabilityReport: { critical: 0, high: 1, medium: 2, low: 20, unspecified: 2, total: 25 } },
    [INDEXING]: { sbomState: 'INDEXING', vulnerabilityReport: null },
    [FORBIDDEN]: 'forbidden',
    [BROKEN]: 'broken',
  });
}

let scout: StandInServer | null = null;
let agent: ReturnType<typeof createAgent> | null = null;
afterEach(async () => {
  await scout?.close();
  await agent?.close();
  scout = null;
  agent = null;
});

async function setUp() {
  scout = await startScout();
  agent = createAgent(1000);
  return { scout, client: new ScoutClient(createHttp({ timeoutMs: 1000, dispatcher: agent }), new Cache(), scout.url) };
}

describe('ScoutClient against a Scout stand-in', () => {
  it('reads an indexed summary and caches it', async () => {
    const { scout, client } = await setUp();

    const first = await client.getSummary('library/python', INDEXED);
    await client.getSummary('library/python', INDEXED);

    expect(first).toEqual({ digest: INDEXED, sbomState: 'INDEXED', counts: { critical: 0, high: 1, medium: 2, low: 20, unspecified: 2, total: 25 }, source: 'docker-scout' });
    expect(scout.count('/v1/graphql', 'POST')).toBe(1);
  });

  it('asks again while Scout is still indexing', async () => {
    const { scout, client } = await setUp();

    expect(await client.getSummary('library/python', INDEXING)).toMatchObject({ sbomState: 'INDEXING', counts: null });
    await client.getSummary('library/python', INDEXING);

    expect(scout.count('/v1/graphql')).toBe(2);
  });

  it('says unavailable on FORBIDDEN, null for an unknown digest, and fails on other errors', async () => {
    const { client } = await setUp();

    expect(await client.getSummary('library/python', FORBIDDEN)).toEqual({ status: 'unavailable', reason: 'forbidden' });
    expect(await client.getSummary('acme/app', INDEXED)).toBeNull();
    await expect(client.getSummary('library/python', BROKEN)).rejects.toThrow(UpstreamError);
  });
});

describe('createSources', () => {
  it('builds the Scout client only when BASEIMAGE_SCOUT=1', () => {
    agent = createAgent(100);

    expect(createSources(loadConfig({}), { dispatcher: agent })?.scout).toBeNull();
    expect(createSources(loadConfig({ BASEIMAGE_SCOUT: '1' }), { dispatcher: agent })?.scout).toBeInstanceOf(ScoutClient);
  });
});
