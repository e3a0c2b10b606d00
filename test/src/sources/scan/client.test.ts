import { describe, expect, it } from 'vitest';
import { Cache } from '../../../../src/cache/cached.js';
import { createHttp } from '../../../../src/http/create-http.js';
import { OsvClient } from '../../../../src/sources/scan/client.js';
import type { OsvQuery } from '../../../../src/sources/scan/schema.js';
import { useMockAgent } from '../../http/use-mock-agent.js';

const mock = useMockAgent();
const OSV = 'https://osv.example';
const q = (name: string): OsvQuery => ({ package: { ecosystem: 'Debian:12', name }, version: '1' });

function makeClient() {
  return new OsvClient(createHttp({ timeoutMs: 500, dispatcher: mock.agent }), new Cache(), OSV);
}

describe('OsvClient.queryBatch', () => {
  it('keeps query order, reads {} as no hits and resends only paged queries with their token', async () => {
    const osv = mock.agent.get(OSV);
    osv
      .intercept({ path: '/v1/querybatch', method: 'POST', body: JSON.stringify({ queries: [q('a'), q('b'), q('c')] }) })
      .reply(200, { results: [{ vulns: [{ id: 'A1' }], next_page_token: 't1' }, {}, { vulns: [] }] });
    osv
      .intercept({ path: '/v1/querybatch', method: 'POST', body: JSON.stringify({ queries: [{ ...q('a'), page_token: 't1' }] }) })
      .reply(200, { results: [{ vulns: [{ id: 'A2' }, { id: 'A1' }, { bad: true }] }] });

    expect(await makeClient().queryBatch([q('a'), q('b'), q('c')])).toEqual([['A1', 'A2'], [], []]);
  });

  it('splits more than 1000 queries into parallel batches', async () => {
    const queries = Array.from({ length: 1500 }, (_, i) => q(`p${i}`));
    const sizes: number[] = [];
    mock.agent
      .get(OSV)
      .intercept({ path: '/v1/querybatch', method: 'POST' })
      .reply(200, (options) => {
        const count = (JSON.parse(String(options.body)) as { queries: unknown[] }).queries.length;
        sizes.push(count);
        return { results: Array.from({ length: count }, () => ({})) };
      })
      .times(2);

    const result = await makeClient().queryBatch(queries);

    expect(result).toHaveLength(1500);
    expect(sizes.sort()).toEqual([1000, 500]);
  });

  it('fails when OSV answers a different number of results', async () => {
    mock.agent.get(OSV).intercept({ path: '/v1/querybatch', method: 'POST' }).reply(200, { results: [] });

    await expect(makeClient().queryBatch([q('a')])).rejects.toThrow('OSV answered 0 results for 1 queries');
  });
});

describe('OsvClient.getVuln', () => {
  it('returns the record, skipping malformed parts, and null for an unknown id', async () => {
    mock.agent.get(OSV).intercept({ path: '/v1/vulns/CVE-2023-5678' }).reply(200, {
      id: 'CVE-2023-5678',
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L' }, { type: 'CVSS_V3' }],
      affected: 'not a list',
    });
    mock.agent.get(OSV).intercept({ path: '/v1/vulns/NOPE-1' }).reply(404, { code: 5, message: 'Bug not found.' });
    const client = makeClient();

    const record = await client.getVuln('CVE-2023-5678');

    expect(record?.severity).toEqual([{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L' }]);
    expect(record?.affected).toEqual([]);
    expect(await client.getVuln('NOPE-1')).toBeNull();
  });
});
