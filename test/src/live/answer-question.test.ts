import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAgent } from '../../../src/http/create-http.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { askText } from '../../../src/core.js';
import { createSources, type Sources } from '../../../src/sources/create-sources.js';
import { faults } from '../../stand-ins/http-stand-in.js';
import { startScoutStandIn } from '../../stand-ins/scout.js';
import { startUpstreams, type Upstreams } from '../../stand-ins/upstreams.js';
import { testContext } from '../../helpers/context.js';

let upstreams: Upstreams;
let agent: ReturnType<typeof createAgent>;

beforeAll(async () => {
  upstreams = await startUpstreams();
  agent = createAgent(1_000);
});

afterAll(async () => {
  await Promise.all([upstreams.close(), agent.close()]);
});

function liveSources(): Sources {
  const sources = createSources(loadConfig(upstreams.env), { dispatcher: agent });
  if (sources === null) throw new Error('offline');
  return sources;
}

async function ask(question: string) {
  return (await askText(testContext(undefined, liveSources()), question)).reply;
}

describe('official-check, live', () => {
  it.each([
    ['is bitnami/python official?', false, 'verified_publisher', 'from a Verified Publisher'],
    ['is linuxserver/nginx an official image?', false, 'open_source', 'a Sponsored OSS project'],
    ['is joe/app official?', false, null, 'a community image with no Docker Hub badge'],
    ['is library/valkey official?', true, 'official', 'is a Docker Official Image. It is newer than the snapshot'],
  ])('%s → official %s, badge %s', async (question, official, badge, words) => {
    const reply = await ask(question);

    expect(reply.subject).toMatchObject({ intent: 'official-check', official, badge });
    expect(reply.summary).toContain(words);
    expect(reply.source).toMatchObject({ label: 'Docker Hub', live: true });
  });

  it('says a repository that does not exist does not exist', async () => {
    const reply = await ask('is nobody/nothing official?');

    expect(reply.summary).toBe('No: `nobody/nothing` does not exist on Docker Hub.');
    expect(reply.subject).toMatchObject({ official: false, badge: null });
  });

  it('asks Docker Hub nothing when the catalog already knows the image is official', async () => {
    const before = upstreams.hub.requests.length;

    const reply = await ask('is python official?');

    expect(reply.subject).toMatchObject({ official: true, badge: 'official' });
    expect(upstreams.hub.requests.length).toBe(before);
  });

  it('looks up nothing for another registry', async () => {
    const before = upstreams.requests().length;

    const reply = await ask('is ghcr.io/acme/tool:1 clean?');

    expect(upstreams.requests().length).toBe(before);
    expect(reply.summary).toContain('Docker Hub');
  });
});

describe('vuln-check, live', () => {
  it('counts findings by severity from the SBOM, with the worst first and what has no fix', async () => {
    const reply = await ask('is python:3.13-slim clean?');

    expect(reply.subject).toMatchObject({ intent: 'vuln-check', image: 'python', tag: '3.13-slim', platform: 'linux/amd64' });
    expect(reply.subject.vulnerabilities).toEqual({ critical: 1, high: 1, medium: 1, low: 0, unknown: 1 });
    expect(reply.summary).toMatch(/^linux\/amd64: 1 critical, 1 high, 1 medium, 0 low, 1 unknown — \d of the 4 have no fix in Debian 13 trixie yet\.$/);
    expect(reply.facts[0]?.label).toMatch(/^CVE-\d{4}-\d+ \(critical/);
    expect(reply.facts.find((fact) => fact.label === 'SBOM')?.value).toMatch(/^2026-11-20, from the image's attestation/);
    expect(reply.source).toMatchObject({ label: 'Docker Hub registry + OSV', live: true });
  });

  it('answers honestly for a platform without a published SBOM', async () => {
    const reply = await ask('is python:3.13-slim clean on arm64?');

    expect(reply.subject).toMatchObject({ vulnerabilities: null, platform: 'linux/arm64/v8' });
    expect(reply.summary).toContain('No SBOM is published for `python:3.13-slim` on linux/arm64/v8');
  });

  it('answers honestly for an image with no attestations at all', async () => {
    const reply = await ask('any CVEs in nginx:1.31?');

    expect(reply.subject.vulnerabilities).toBeNull();
    expect(reply.summary).toContain('No SBOM is published for `nginx:1.31`');
  });
});

describe('compare-tags, size, recommend and tag-info, live', () => {
  it('compares size, packages and vulnerabilities side by side', async () => {
    const reply = await ask('compare python:3.13 vs python:3.13-slim');

    expect(reply.summary).toBe('linux/amd64: `3.13` is 9.6× the size of `3.13-slim` (415.0 MB vs 43.4 MB); 6 vs 3 packages; 5 vs 4 known vulnerabilities.');
    expect(reply.sections[0]?.lines).toContain('packages: 6');
  });

  it('gives the live size per platform', async () => {
    const reply = await ask('how big is python:3.13-slim?');

    expect(reply.summary).toBe('`python:3.13-slim` is 43.4 MB compressed on linux/amd64.');
    expect(reply.facts).toContainEqual({ label: 'linux/arm64/v8', value: '42.1 MB compressed' });
  });

  it('adds a digest to pin to the recommendation', async () => {
    const reply = await ask('python 3.14 slim or full?');

    expect(reply.recommendation).toMatch(/^FROM python:3\.14-slim-trixie@sha256:[0-9a-f]{64}/);
    expect(reply.facts.find((fact) => fact.label === 'Last pushed')?.value).toBe('2026-11-20 (rebuilt since the snapshot of 2026-08-21)');
  });

  it('finds a tag newer than the snapshot', async () => {
    const reply = await ask('what tags does python:3.15.0 have?');

    expect(reply.summary).toBe('`python:3.15.0` exists on Docker Hub but is not in the snapshot of 2026-08-21: it is newer, or no longer maintained.');
  });
});

describe('when an upstream fails', () => {
  beforeEach(() => upstreams.setLatency(0));

  it('answers from the snapshot within the deadline while Docker Hub hangs, and says so', async () => {
    upstreams.hub.latencyMs = 10_000;
    const started = Date.now();

    const reply = await ask('is bitnami/python official?');

    expect(Date.now() - started).toBeLessThan(2_500);
    expect(reply.source.live).toBe(false);
    expect(reply.caveats[0]).toMatch(/^Live data was unavailable \(the lookup took too long\): this answer is from the snapshot of 2026-08-21\./);
    expect(reply.subject.official).toBe(false);
  });

  it('does not ask again while Docker Hub says to wait after a 429', async () => {
    upstreams.hub.inject((request) => request.path.includes('/joe/'), faults.status(429, { 'retry-after': '120' }), 5);
    const sources = liveSources();
    const ctx = testContext(undefined, sources);

    const first = (await askText(ctx, 'is joe/app official?')).reply;
    const seen = upstreams.hub.requests.filter((request) => request.path.includes('/joe/')).length;
    const second = (await askText(ctx, 'is joe/app official?')).reply;

    expect(first.caveats[0]).toContain('Docker Hub asked us to slow down');
    expect(second.caveats[0]).toContain('Docker Hub asked us to slow down');
    expect(upstreams.hub.requests.filter((request) => request.path.includes('/joe/')).length).toBe(seen);
  });
});

describe('Docker Scout, when the operator turns it on', () => {
  it('adds what Docker Hub shows beside the OSV counts', async () => {
    const digest = upstreams.registry.platformDigest('library/python', '3.13-slim', 'amd64');
    const scout = await startScoutStandIn({ [digest]: { sbomState: 'INDEXED', vulnerabilityReport: { critical: 0, high: 1, medium: 2, low: 20, unspecified: 2, total: 25 } } });
    const sources = createSources(loadConfig({ ...upstreams.env, BASEIMAGE_SCOUT: '1', BASEIMAGE_SCOUT_URL: scout.url }), { dispatcher: agent });

    const reply = (await askText(testContext(undefined, sources), 'is python:3.13-slim clean?')).reply;
    await scout.close();

    expect(reply.facts).toContainEqual({ label: 'Docker Scout (as Docker Hub shows it)', value: '0 critical, 1 high, 2 medium, 20 low, 2 unspecified' });
    expect(reply.subject.vulnerabilities).toEqual({ critical: 1, high: 1, medium: 1, low: 0, unknown: 1 });
  });
});
