import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { sendJson, startStandIn, type SeenRequest, type StandInServer } from './http-stand-in.js';

export interface StandInIssue {
  id: number;
  number: number;
  title: string;
  html_url: string;
  user: { login: string };
  labels: { name: string }[];
  state: 'open' | 'closed';
  body: string;
  created_at: string;
  updated_at: string;
  pull_request?: { url: string };
}

export interface StandInComment {
  id: number;
  html_url: string;
  issue_url: string;
  user: { login: string };
  body: string;
  created_at: string;
  updated_at: string;
}

interface Repo {
  issues: StandInIssue[];
  comments: StandInComment[];
}

export interface GitHubStandInOptions {
  /** Largest page served whatever `per_page` asks (to exercise Link pagination with few items). */
  maxPerPage?: number;
  /** Primary rate limit per window (default 5000) and window length (default one hour). */
  limit?: number;
  windowMs?: number;
  latencyMs?: number;
}

/**
 * GitHub's REST issues and comments lists on loopback: `since` on `updated_at`, ascending sort, Link pages, ETag
 * and 304 (free), `x-ratelimit-*` with 403 once spent, pull requests among issues. Items can be added while it runs.
 */
export interface GitHubStandIn extends StandInServer {
  addRepo(repo: string): void;
  addIssue(repo: string, parts?: Partial<Pick<StandInIssue, 'title' | 'body' | 'labels' | 'state'>> & { pull?: boolean; author?: string }): StandInIssue;
  addComment(repo: string, issueNumber: number, parts?: { body?: string; author?: string }): StandInComment;
  /** Requests that counted against the rate limit (everything but 304 and refusals). */
  counted: number;
  rate: { limit: number; remaining: number; resetAt: number };
  /** Called as each request arrives, before it is answered (tests kill a child process here). */
  onRequest: ((req: SeenRequest) => void) | null;
}

const ISSUES = /^\/repos\/([^/]+\/[^/]+)\/issues(\/comments)?$/;

export async function startGitHubStandIn(options: GitHubStandInOptions = {}): Promise<GitHubStandIn> {
  const repos = new Map<string, Repo>();
  const windowMs = options.windowMs ?? 3_600_000;
  const limit = options.limit ?? 5000;
  let nextId = 1000;
  const repoOf = (name: string): Repo => {
    const repo = repos.get(name);
    if (repo === undefined) throw new Error(`stand-in has no repository ${name}`);
    return repo;
  };
  const stamp = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

  const server = (await startStandIn((req, res) => handle(req, res), options.latencyMs === undefined ? {} : { latencyMs: options.latencyMs })) as GitHubStandIn;
  server.counted = 0;
  server.rate = { limit, remaining: limit, resetAt: Date.now() + windowMs };
  server.onRequest = null;
  server.addRepo = (name) => void (repos.has(name) || repos.set(name, { issues: [], comments: [] }));
  server.addIssue = (name, parts = {}) => {
    const repo = repoOf(name);
    const number = repo.issues.length + 1;
    const at = stamp();
    const issue: StandInIssue = {
      id: nextId++,
      number,
      title: parts.title ?? `Issue ${number}`,
      html_url: `https://github.com/${name}/${parts.pull ? 'pull' : 'issues'}/${number}`,
      user: { login: parts.author ?? 'octocat' },
      labels: parts.labels ?? [],
      state: parts.state ?? 'open',
      body: parts.body ?? 'It breaks.',
      created_at: at,
      updated_at: at,
      ...(parts.pull ? { pull_request: { url: `https://api.github.com/repos/${name}/pulls/${number}` } } : {}),
    };
    repo.issues.push(issue);
    return issue;
  };
  server.addComment = (name, issueNumber, parts = {}) => {
    const repo = repoOf(name);
    const at = stamp();
    const id = nextId++;
    const comment = {
      id,
      html_url: `https://github.com/${name}/issues/${issueNumber}#issuecomment-${id}`,
      issue_url: `https://api.github.com/repos/${name}/issues/${issueNumber}`,
      user: { login: parts.author ?? 'octocat' },
      body: parts.body ?? 'Same here.',
      created_at: at,
      updated_at: at,
    };
    repo.comments.push(comment);
    const issue = repo.issues.find((candidate) => candidate.number === issueNumber);
    if (issue) issue.updated_at = at;
    return comment;
  };

  function rateHeaders(): Record<string, string> {
    if (Date.now() >= server.rate.resetAt) server.rate = { ...server.rate, remaining: server.rate.limit, resetAt: Date.now() + windowMs };
    return {
      'x-ratelimit-limit': String(server.rate.limit),
      'x-ratelimit-remaining': String(server.rate.remaining),
      'x-ratelimit-used': String(server.rate.limit - server.rate.remaining),
      'x-ratelimit-reset': String(Math.ceil(server.rate.resetAt / 1000)),
      'x-ratelimit-resource': 'core',
    };
  }

  function handle(req: SeenRequest, res: ServerResponse): void {
    server.onRequest?.(req);
    const url = new URL(req.path, server.url);
    const match = ISSUES.exec(url.pathname);
    const repo = match ? repos.get(match[1] ?? '') : undefined;
    const headers = rateHeaders();
    if (server.rate.remaining === 0) {
      sendJson(res, 403, { message: 'API rate limit exceeded' }, headers);
      return;
    }
    if (!match || repo === undefined) {
      count(headers);
      sendJson(res, 404, { message: 'Not Found' }, headers);
      return;
    }
    const all: { id: number; updated_at: string }[] = match[2] ? repo.comments : repo.issues;
    answerList(req, res, url, all, headers);
  }

  function count(headers: Record<string, string>): void {
    server.counted++;
    server.rate.remaining--;
    headers['x-ratelimit-remaining'] = String(server.rate.remaining);
    headers['x-ratelimit-used'] = String(server.rate.limit - server.rate.remaining);
  }

  function answerList(req: SeenRequest, res: ServerResponse, url: URL, all: { id: number; updated_at: string }[], headers: Record<string, string>): void {
    const since = url.searchParams.get('since');
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100, options.maxPerPage ?? 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const items = all
      .filter((item) => since === null || item.updated_at >= since)
      .sort((a, b) => a.updated_at.localeCompare(b.updated_at) || a.id - b.id);
    const body = JSON.stringify(items.slice((page - 1) * perPage, page * perPage));
    const etag = `W/"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, ...headers });
      res.end();
      return;
    }
    count(headers);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number) => {
      const target = new URL(url);
      target.searchParams.set('page', String(n));
      return target.href;
    };
    const links: Record<string, string> = page < last ? { link: `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"` } : {};
    sendJson(res, 200, body, { etag, ...headers, ...links });
  }

  return server;
}
