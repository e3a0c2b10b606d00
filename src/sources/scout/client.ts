import type { Cache } from '../../cache/cached.js';
import { TTL } from '../../cache/namespaces.js';
import { UpstreamError } from '../../errors.js';
import type { CallOptions, Http } from '../../http/create-http.js';
import { ScoutResponse, type SBOM_STATES } from './schema.js';

export interface ScoutSummary {
  digest: string;
  sbomState: (typeof SBOM_STATES)[number];
  /** Null while Scout is still indexing or has no report. */
  counts: { critical: number; high: number; medium: number; low: number; unspecified: number; total: number } | null;
  /** Shown as "what Docker Hub shows": undocumented and unversioned; OSV stays the truth. */
  source: 'docker-scout';
}

/** Scout said it will not answer for this image (e.g. `FORBIDDEN` for a repository it does not serve anonymously). */
export type ScoutOutcome = ScoutSummary | { status: 'unavailable'; reason: string } | null;

const QUERY =
  'query imageSummariesByDigest($v1:Context!,$v2:[String!]!,$v3:ScRepositoryInput){imageSummariesByDigest(context:$v1,digests:$v2,repository:$v3){digest,sbomState,vulnerabilityReport{critical,high,medium,low,unspecified,total}}}';

/**
 * Docker Scout's image summary by digest, anonymously, for public Docker Hub images. Opt-in (BASEIMAGE_SCOUT=1):
 * no documented public API, so it only enriches an answer.
 * @see https://github.com/docker/hub-mcp/blob/main/src/scout/client.ts
 */
export class ScoutClient {
  private readonly http: Http;
  private readonly cache: Cache;
  private readonly baseUrl: string;

  constructor(http: Http, cache: Cache, baseUrl: string) {
    this.http = http;
    this.cache = cache;
    this.baseUrl = baseUrl;
  }

  /**
   * The summary of one image digest of a Docker Hub repository (`library/python` is asked as `python`); null when
   * Scout knows nothing of the digest. Cached for an hour once indexed.
   */
  getSummary(repository: string, digest: string, { signal }: CallOptions = {}): Promise<ScoutOutcome> {
    const spec = {
      namespace: 'scout-summary',
      key: `${this.baseUrl}/${repository}@${digest}`,
      ttlMs: TTL.vulnerability,
      shouldCache: (value: ScoutOutcome) => value !== null && 'sbomState' in value && value.sbomState === 'INDEXED',
    } as const;
    return this.cache.cached(spec, () => this.fetchSummary(repository, digest), signal);
  }

  private async fetchSummary(repository: string, digest: string): Promise<ScoutOutcome> {
    const url = `${this.baseUrl}/v1/graphql`;
    const variables = { v1: {}, v2: [digest], v3: { hostName: 'hub.docker.com', repoName: repository.replace(/^library\//, '') } };
    const body = await this.http.postJson(url, { operationName: 'imageSummariesByDigest', query: QUERY, variables }, ScoutResponse);
    const error = body?.errors?.[0];
    if (error) {
      const status = error.extensions?.status ?? error.extensions?.code ?? 'ERROR';
      if (status === 'FORBIDDEN' || status === 'NOT_FOUND') return { status: 'unavailable', reason: status.toLowerCase() };
      throw new UpstreamError(`Docker Scout answered ${status}`, { url });
    }
    const summary = body?.data?.imageSummariesByDigest.find((entry) => entry.digest === digest);
    if (!summary) return null;
    return { digest: summary.digest, sbomState: summary.sbomState, counts: summary.vulnerabilityReport, source: 'docker-scout' };
  }
}
