import type { Cache } from '../../cache/cached.js';
import { TTL } from '../../cache/namespaces.js';
import { UpstreamError } from '../../errors.js';
import type { CallOptions, Http } from '../../http/create-http.js';
import { OsvVuln, QueryBatchResponse, type OsvQuery } from './schema.js';

/** OSV allows at most 1000 queries per batch (1001 → 400 "Too many queries"). */
export const MAX_BATCH = 1000;

/**
 * OSV.dev: vulnerability ids per package (querybatch, all pages) and full records (vulns/{id}).
 * @see https://google.github.io/osv.dev/api/
 */
export class OsvClient {
  private readonly http: Http;
  private readonly cache: Cache;
  private readonly baseUrl: string;

  constructor(http: Http, cache: Cache, baseUrl: string) {
    this.http = http;
    this.cache = cache;
    this.baseUrl = baseUrl;
  }

  /**
   * Vulnerability ids for each query, in query order. Chunks of 1000 go out in parallel; queries with a
   * `next_page_token` are resent together, with their tokens, until none is left.
   * @see https://google.github.io/osv.dev/post-v1-querybatch/
   */
  async queryBatch(queries: readonly OsvQuery[], options: CallOptions = {}): Promise<string[][]> {
    const chunks: OsvQuery[][] = [];
    for (let start = 0; start < queries.length; start += MAX_BATCH) chunks.push(queries.slice(start, start + MAX_BATCH));
    const answers = await Promise.all(chunks.map((chunk) => this.queryAllPages(chunk, options)));
    return answers.flat();
  }

  /**
   * One vulnerability record; null when OSV does not know the id. Cached for an hour.
   * @see https://google.github.io/osv.dev/get-v1-vulns/
   */
  getVuln(id: string, { signal }: CallOptions = {}): Promise<OsvVuln | null> {
    const spec = { namespace: 'osv-vuln', key: `${this.baseUrl}/${id}`, ttlMs: TTL.vulnerability } as const;
    return this.cache.cached(spec, () => this.fetchVuln(id), signal);
  }

  private async queryAllPages(queries: readonly OsvQuery[], options: CallOptions): Promise<string[][]> {
    const ids: string[][] = queries.map(() => []);
    let pending = queries.map((query, index) => ({ query, index }));
    while (pending.length > 0) {
      const results = await this.fetchBatch(pending.map((entry) => entry.query), options);
      const next: typeof pending = [];
      for (const [position, entry] of pending.entries()) {
        const result = results[position];
        ids[entry.index]?.push(...(result?.vulns.map((vuln) => vuln.id) ?? []));
        if (result?.next_page_token) next.push({ index: entry.index, query: { ...entry.query, page_token: result.next_page_token } });
      }
      pending = next;
    }
    return ids.map((list) => [...new Set(list)]);
  }

  private async fetchBatch(queries: readonly OsvQuery[], options: CallOptions) {
    const url = `${this.baseUrl}/v1/querybatch`;
    const body = await this.http.postJson(url, { queries }, QueryBatchResponse, options);
    if (!body || body.results.length !== queries.length) {
      throw new UpstreamError(`OSV answered ${body?.results.length ?? 0} results for ${queries.length} queries`, { url });
    }
    return body.results;
  }

  private fetchVuln(id: string): Promise<OsvVuln | null> {
    return this.http.getJson(`${this.baseUrl}/v1/vulns/${encodeURIComponent(id)}`, OsvVuln);
  }
}
