import type { Cache } from '../../cache/cached.js';
import { TTL } from '../../cache/namespaces.js';
import type { CallOptions, Http } from '../../http/create-http.js';
import { HubRepository, HubSearch, HubTag, type HubBadge } from './schema.js';

/** What Docker Hub says about a repository's trust: its badge, or that it does not exist. */
export type BadgeLookup = { exists: false } | { exists: true; badge: HubBadge | null };

/**
 * Docker Hub's web API: repository info, tags with per-platform size, digest and push date, and the search badge.
 * @see https://docs.docker.com/reference/api/hub/latest/
 */
export class DockerHubClient {
  private readonly http: Http;
  private readonly cache: Cache;
  private readonly baseUrl: string;

  constructor(http: Http, cache: Cache, baseUrl: string) {
    this.http = http;
    this.cache = cache;
    this.baseUrl = baseUrl;
  }

  /**
   * Repository info; null when it does not exist.
   * @see https://docs.docker.com/reference/api/hub/latest/#tag/repositories/operation/GetRepository
   */
  getRepository(namespace: string, name: string, { signal }: CallOptions = {}): Promise<HubRepository | null> {
    const spec = { namespace: 'hub-repository', key: `${this.baseUrl}/${namespace}/${name}`, ttlMs: TTL.hub } as const;
    return this.cache.cached(spec, () => this.fetchRepository(namespace, name), signal);
  }

  /**
   * One tag with its per-platform images (size, digest, last pushed); null when the tag or repository does not exist.
   * @see https://docs.docker.com/reference/api/hub/latest/#tag/repositories/operation/GetRepositoryTag
   */
  getTag(namespace: string, name: string, tag: string, { signal }: CallOptions = {}): Promise<HubTag | null> {
    const spec = { namespace: 'hub-tag', key: `${this.baseUrl}/${namespace}/${name}:${tag}`, ttlMs: TTL.hub } as const;
    return this.cache.cached(spec, () => this.fetchTag(namespace, name, tag), signal);
  }

  /**
   * The badge of any Docker Hub repository: `library/*` is official by construction (existence checked), others
   * carry search v4's badge; a repository search does not find is looked up to tell "no badge" from "does not exist".
   * @see https://github.com/docker/hub-mcp/blob/main/specs/search.yaml
   */
  async getBadge(namespace: string, name: string, options: CallOptions = {}): Promise<BadgeLookup> {
    if (namespace === 'library') {
      const repository = await this.getRepository(namespace, name, options);
      return repository ? { exists: true, badge: 'official' } : { exists: false };
    }
    const [found, repository] = await Promise.all([this.searchBadge(namespace, name, options), this.getRepository(namespace, name, options)]);
    if (found !== undefined) return { exists: true, badge: found };
    return repository ? { exists: true, badge: null } : { exists: false };
  }

  /** The badge of the search hit named exactly `namespace/name`; undefined when search does not list it. */
  private searchBadge(namespace: string, name: string, { signal }: CallOptions): Promise<HubBadge | null | undefined> {
    const spec = {
      namespace: 'hub-search',
      key: `${this.baseUrl}/${namespace}/${name}`,
      ttlMs: TTL.hub,
      shouldCache: (value: HubBadge | null | undefined) => value !== undefined,
    } as const;
    return this.cache.cached(spec, () => this.fetchSearchBadge(namespace, name), signal);
  }

  private fetchRepository(namespace: string, name: string): Promise<HubRepository | null> {
    return this.http.getJson(`${this.baseUrl}/v2/namespaces/${enc(namespace)}/repositories/${enc(name)}`, HubRepository);
  }

  private fetchTag(namespace: string, name: string, tag: string): Promise<HubTag | null> {
    return this.http.getJson(`${this.baseUrl}/v2/namespaces/${enc(namespace)}/repositories/${enc(name)}/tags/${enc(tag)}`, HubTag);
  }

  private async fetchSearchBadge(namespace: string, name: string): Promise<HubBadge | null | undefined> {
    const query = new URLSearchParams({ query: `${namespace}/${name}`, size: '10' });
    const page = await this.http.getJson(`${this.baseUrl}/api/search/v4?${query}`, HubSearch);
    const hit = page?.results.find((result) => result.name === `${namespace}/${name}`);
    return hit ? hit.badge : undefined;
  }
}

/**
 * The compressed size of `tag` for one platform (`linux/amd64`), from its `images`; falls back to `full_size`
 * when Hub lists no images (hub-feedback#2484). Null when neither is known.
 */
export function sizeForPlatform(tag: HubTag, platform: string): number | null {
  const [os, architecture, variant] = platform.split('/');
  const image = tag.images.find(
    (candidate) => candidate.os === os && candidate.architecture === architecture && (variant === undefined || candidate.variant === variant),
  );
  return image?.size ?? (tag.images.length === 0 ? tag.fullSize : null);
}

function enc(segment: string): string {
  return encodeURIComponent(segment);
}
