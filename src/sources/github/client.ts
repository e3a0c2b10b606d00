import type { z } from 'zod';
import { RateLimitedError, UpstreamError } from '../../errors.js';
import type { CallOptions, Http, HttpResponse } from '../../http/create-http.js';
import { rateLimitedUntil } from '../../http/map-http-error.js';
import { nextLink } from './link-header.js';
import { RateBudget } from './rate-budget.js';
import { GitHubComments, GitHubIssues, type GitHubComment, type GitHubIssue } from './schema.js';

/** `owner/name` of a GitHub repository. */
export type RepoName = string;

/** One page of a list: its items, its ETag and the next page's URL (null on the last). */
export interface Page<T> {
  notModified: false;
  items: T[];
  etag: string | null;
  next: string | null;
}

/** The server's answer to `If-None-Match`: nothing changed (costs no rate limit). */
export interface NotModified {
  notModified: true;
}

export interface ConditionalOptions extends CallOptions {
  /** The ETag of the same URL's last answer. */
  etag?: string | null;
}

const HEADERS = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' } as const;

/**
 * GitHub issues and comments since a time, with ETags and Link pagination, inside the primary rate limit. No
 * response cache: every poll must reach GitHub, and the conditional request (ETag kept in the cursor store) is
 * the cache.
 * @see https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api
 */
export class GitHubClient {
  private readonly http: Http;
  private readonly baseUrl: string;
  private readonly token: string | null;
  readonly budget: RateBudget;

  constructor(http: Http, baseUrl: string, token: string | null, budget: RateBudget = new RateBudget()) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.token = token;
    this.budget = budget;
  }

  /**
   * Issues and pull requests (items with `pull_request`) updated at or after `since`, oldest update first; null
   * when the repository does not exist.
   * @see https://docs.github.com/en/rest/issues/issues#list-repository-issues
   */
  listIssuesSince(repo: RepoName, since: string, options: ConditionalOptions = {}): Promise<Page<GitHubIssue> | NotModified | null> {
    const url = `${this.baseUrl}/repos/${repo}/issues?state=all&sort=updated&direction=asc&since=${encodeURIComponent(since)}&per_page=100`;
    return this.getPage(url, GitHubIssues, options);
  }

  /**
   * Comments on the repository's issues and pull requests updated at or after `since`, oldest first.
   * @see https://docs.github.com/en/rest/issues/comments#list-issue-comments-for-a-repository
   */
  listCommentsSince(repo: RepoName, since: string, options: ConditionalOptions = {}): Promise<Page<GitHubComment> | NotModified | null> {
    const url = `${this.baseUrl}/repos/${repo}/issues/comments?sort=updated&direction=asc&since=${encodeURIComponent(since)}&per_page=100`;
    return this.getPage(url, GitHubComments, options);
  }

  /** A later page named by a previous page's `next`. */
  async nextIssues(url: string, options: CallOptions = {}): Promise<Page<GitHubIssue> | NotModified | null> {
    return this.getPage(this.sameOrigin(url), GitHubIssues, options);
  }

  async nextComments(url: string, options: CallOptions = {}): Promise<Page<GitHubComment> | NotModified | null> {
    return this.getPage(this.sameOrigin(url), GitHubComments, options);
  }

  private async getPage<S extends z.ZodType<unknown[]>>(url: string, schema: S, options: ConditionalOptions): Promise<Page<z.output<S>[number]> | NotModified | null> {
    const response = await this.send(url, options);
    if (response.status === 304) return { notModified: true };
    const items = this.http.jsonOrNull(response, schema);
    if (items === null) return null;
    return { notModified: false, items, etag: response.headers['etag'] ?? null, next: nextLink(response.headers['link']) };
  }

  private async send(url: string, { etag, signal }: ConditionalOptions): Promise<HttpResponse> {
    const blocked = this.budget.blockedMs();
    if (blocked > 0) throw new RateLimitedError('GitHub rate limit spent until its reset', { url, retryAt: Date.now() + blocked });
    const headers: Record<string, string> = { ...HEADERS };
    if (this.token !== null) headers['authorization'] = `Bearer ${this.token}`;
    if (etag) headers['if-none-match'] = etag;
    const response = await this.http.send(url, { headers, signal });
    this.budget.note(response.headers);
    this.throwIfLimited(response);
    return response;
  }

  /** GitHub answers an exceeded limit with 403 (or 429) and `x-ratelimit-remaining: 0` or `retry-after`. */
  private throwIfLimited(response: HttpResponse): void {
    if (response.status !== 403) return;
    const retryAt = rateLimitedUntil(response.headers, Date.now());
    if (retryAt === null) return;
    this.budget.exhaust(retryAt);
    throw new RateLimitedError('GitHub rate limit exceeded (403)', { url: response.url, retryAt });
  }

  /** Link targets come from the response: never send the token to another host. */
  private sameOrigin(url: string): string {
    if (URL.canParse(url) && new URL(url).origin === new URL(this.baseUrl).origin) return url;
    throw new UpstreamError('GitHub sent a next-page link to another host', { url });
  }
}
