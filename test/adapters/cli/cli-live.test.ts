import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { startUpstreams, type Upstreams } from '../../stand-ins/upstreams.js';

let upstreams: Upstreams;

beforeAll(async () => {
  upstreams = await startUpstreams();
});

afterAll(async () => {
  await upstreams.close();
});

beforeEach(() => upstreams.setLatency(0));

function lines(stdout: string): Record<string, unknown>[] {
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('baseimage CLI with live lookups', () => {
  it('prints vulnerability counts and the platform in --json', async () => {
    const result = await runCli(['ask', 'is python:3.13-slim clean?', '--json'], '', upstreams.env);

    expect(result.code).toBe(0);
    expect(lines(result.stdout)[0]).toMatchObject({
      intent: 'vuln-check',
      image: 'python',
      tag: '3.13-slim',
      platform: 'linux/amd64',
      vulnerabilities: { critical: 1, high: 1, medium: 1, low: 0, unknown: 1 },
      source: { live: true },
    });
  });

  it('prints the badge of a publisher in --json', async () => {
    const result = await runCli(['official', 'bitnami/python', '--json'], '', upstreams.env);

    expect(lines(result.stdout)[0]).toMatchObject({ intent: 'official-check', official: false, badge: 'verified_publisher' });
  });

  it('lets live lookups finish with --wait', async () => {
    const result = await runCli(['ask', '--json', '--wait'], 'is python:3.13-slim clean?\nis joe/app official?\n', upstreams.env);

    const [vulns, official] = lines(result.stdout);
    expect(vulns).toMatchObject({ source: { live: true }, vulnerabilities: { critical: 1 } });
    expect(official).toMatchObject({ badge: null, official: false, source: { live: true } });
  });

  it('exits at once at the end of input, answering what is pending from the snapshot', async () => {
    upstreams.setLatency(20_000);
    const started = Date.now();

    const result = await runCli(['ask', '--json'], 'is python:3.13-slim clean?\nis bitnami/python official?\n\n', upstreams.env);

    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.code).toBe(0);
    const answers = lines(result.stdout);
    expect(answers.map((answer) => answer.intent)).toEqual(['vuln-check', 'official-check', 'unknown']);
    expect(answers[0]).toMatchObject({ vulnerabilities: null, platform: 'linux/amd64', source: { live: false } });
    expect(String((answers[0]?.caveats as string[])[0])).toContain('the lookup was cancelled');
  });
});
