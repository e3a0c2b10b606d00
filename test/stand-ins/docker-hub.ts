import type { ServerResponse } from 'node:http';
import { sendJson, startStandIn, type SeenRequest, type StandInServer } from './http-stand-in.js';

export interface HubStandInTag {
  name: string;
  digest: string;
  fullSize: number;
  /** `[]` imitates hub-feedback#2484; the stand-in adds an `unknown` architecture entry to each non-empty list. */
  images: { architecture: string; variant?: string; digest: string; size: number }[];
  lastPushed?: string;
}

export interface HubStandInRepository {
  namespace: string;
  name: string;
  /** The search v4 badge; 'verfified_publisher' (the spec's spelling) and null are served as given. */
  badge?: string | null;
  /** Left out of search results (search v4 has no stability promise). */
  hiddenFromSearch?: boolean;
  tags?: HubStandInTag[];
}

export interface HubStandIn extends StandInServer {
  /** Served in `X-RateLimit-Remaining` (180); set 0 to see the client stop until `X-RateLimit-Reset`. */
  rateLimitRemaining: number;
}

/**
 * A loopback Docker Hub web API: repositories, tags (current and legacy paths), search v4 with `badge`, legacy
 * search, orgs; `X-RateLimit-*` on every answer. Faults (429 with `Retry-After` / `X-Retry-After`) via `inject`.
 */
export async function startHubStandIn(repositories: HubStandInRepository[], options: { latencyMs?: number } = {}): Promise<HubStandIn> {
  const server = await startStandIn((req, res) => route(repositories, hub, req, res), options);
  const hub = Object.assign(server, { rateLimitRemaining: 180 });
  return hub;
}

function route(repositories: HubStandInRepository[], hub: HubStandIn, req: SeenRequest, res: ServerResponse): void {
  const url = new URL(req.path, 'http://x');
  const headers = {
    'x-ratelimit-limit': '180',
    'x-ratelimit-remaining': String(hub.rateLimitRemaining),
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 60),
  };
  const found = (ns: string | undefined, name: string | undefined) => repositories.find((r) => r.namespace === ns && r.name === name);
  const repo = /^\/v2\/namespaces\/([^/]+)\/repositories\/([^/]+)$/.exec(url.pathname);
  if (repo) {
    const hit = found(repo[1], repo[2]);
    return hit ? sendJson(res, 200, repositoryInfo(hit), headers) : notFound(res, headers);
  }
  const tag = /^\/v2\/namespaces\/([^/]+)\/repositories\/([^/]+)\/tags\/([^/]+)$/.exec(url.pathname);
  if (tag) {
    const hit = found(tag[1], tag[2])?.tags?.find((t) => t.name === decodeURIComponent(tag[3] ?? ''));
    return hit ? sendJson(res, 200, tagInfo(hit), headers) : notFound(res, headers);
  }
  const tags = /^\/v2\/(?:namespaces\/([^/]+)\/repositories|repositories\/([^/]+))\/([^/]+)\/tags\/?$/.exec(url.pathname);
  if (tags) {
    const hit = found(tags[1] ?? tags[2], tags[3]);
    if (!hit) return notFound(res, headers);
    const results = (hit.tags ?? []).filter((t) => t.name.includes(url.searchParams.get('name') ?? '')).map(tagInfo);
    return sendJson(res, 200, { count: results.length, next: null, previous: null, results }, headers);
  }
  if (url.pathname === '/api/search/v4') return sendJson(res, 200, searchV4(repositories, url.searchParams.get('query') ?? ''), headers);
  if (url.pathname === '/v2/search/repositories/') return sendJson(res, 200, legacySearch(repositories, url.searchParams.get('query') ?? ''), headers);
  const org = /^\/v2\/orgs\/([^/]+)$/.exec(url.pathname);
  const orgRepo = org && repositories.find((r) => r.namespace === org[1]);
  if (orgRepo) return sendJson(res, 200, { orgname: orgRepo.namespace, type: 'Organization', badge: orgRepo.badge ?? '' }, headers);
  notFound(res, headers);
}

function notFound(res: ServerResponse, headers: Record<string, string>): void {
  sendJson(res, 404, { errinfo: {}, detail: 'object not found', message: 'object not found' }, headers);
}

function repositoryInfo(repo: HubStandInRepository): object {
  return {
    user: repo.namespace, name: repo.name, namespace: repo.namespace, repository_type: 'image', status: 1,
    status_description: 'active', description: `${repo.name} image`, is_private: false, star_count: 10, pull_count: 1000,
    last_updated: '2026-05-01T00:00:00Z', affiliation: null, media_types: ['application/vnd.oci.image.index.v1+json'],
    content_types: ['image'], categories: [], storage_size: null, source: null,
  };
}

function tagInfo(tag: HubStandInTag): object {
  const lastPushed = tag.lastPushed ?? '2026-05-01T00:00:00Z';
  const images = tag.images.map((image) => ({
    architecture: image.architecture, features: '', variant: image.variant ?? null, digest: image.digest, os: 'linux',
    os_features: '', os_version: null, size: image.size, status: 'active', last_pulled: lastPushed, last_pushed: lastPushed,
  }));
  if (images.length > 0) images.push({ ...images[0]!, architecture: 'unknown', variant: null, size: 1000 });
  return {
    creator: 1, id: 1, images, last_updated: lastPushed, last_updater_username: 'doijanky', name: tag.name, repository: 1,
    full_size: tag.fullSize, v2: true, tag_status: 'active', tag_last_pulled: lastPushed, tag_last_pushed: lastPushed,
    media_type: 'application/vnd.oci.image.index.v1+json', content_type: 'image', digest: tag.digest,
  };
}

function searchV4(repositories: HubStandInRepository[], query: string): object {
  const hits = repositories.filter((r) => !r.hiddenFromSearch && `${r.namespace}/${r.name}`.includes(query.replace(/^library\//, '')));
  return {
    total: hits.length,
    results: hits.map((r) => ({
      id: `${r.namespace}-${r.name}`, name: `${r.namespace}/${r.name}`, slug: r.name, type: 'image',
      publisher: { id: r.namespace, name: r.namespace }, badge: r.namespace === 'library' ? 'official' : (r.badge ?? null),
      star_count: 10, pull_count: '1K+', archived: false,
    })),
  };
}

function legacySearch(repositories: HubStandInRepository[], query: string): object {
  const hits = repositories.filter((r) => `${r.namespace}/${r.name}`.includes(query));
  return {
    count: hits.length, next: null, previous: '',
    results: hits.map((r) => ({
      repo_name: r.namespace === 'library' ? r.name : `${r.namespace}/${r.name}`, short_description: '', star_count: 10,
      pull_count: 1000, repo_owner: '', is_automated: false, is_official: r.namespace === 'library',
    })),
  };
}
