import type { Catalog } from '../catalog/types.js';
import type { GitHubClient, NotModified, Page, RepoName } from '../sources/github/client.js';
import type { GitHubComment, GitHubIssue } from '../sources/github/schema.js';
import type { PollCursor, Stores } from '../storage/types.js';
import { entriesFor } from './fan-out.js';
import { itemOfComment, itemOfIssue, type WatchItem } from './watch-item.js';

/** Pages read per stream and poll; the rest waits for the next poll (the cursor moved past what was read). */
const MAX_PAGES = 10;

export interface PollDeps {
  github: GitHubClient;
  stores: Stores;
  catalog: Catalog;
  now: () => number;
  signal?: AbortSignal;
}

export interface PollResult {
  /** Outbox entries added. */
  enqueued: number;
  /** Requests that reached GitHub. */
  requests: number;
  missing: boolean;
}

type Stream = 'issues' | 'comments';

/**
 * Polls one repository's issues (with pull requests) and comments since their cursors. For each stream the new
 * outbox entries and the moved cursor are written in one transaction, and only after every page was read: a crash
 * before it loses nothing (the next poll asks again), a crash after it leaves the entries to deliver.
 */
export async function pollRepo(deps: PollDeps, repo: RepoName): Promise<PollResult> {
  const result: PollResult = { enqueued: 0, requests: 0, missing: false };
  for (const stream of ['issues', 'comments'] as const) {
    const outcome = await pollStream(deps, repo, stream);
    result.requests += outcome.requests;
    result.enqueued += outcome.enqueued;
    result.missing ||= outcome.missing;
    if (outcome.missing) break;
  }
  return result;
}

async function pollStream(deps: PollDeps, repo: RepoName, stream: Stream): Promise<PollResult> {
  const cursor = deps.stores.cursors.get(`${repo} ${stream}`) ?? initialCursor(deps, repo, stream);
  const read = await readPages(deps, repo, stream, cursor);
  if (read.first === null) return { enqueued: 0, requests: read.requests, missing: true };
  if (read.first.notModified) return { enqueued: 0, requests: read.requests, missing: false };
  const since = read.items.reduce((latest, item) => (item.updatedAt > latest ? item.updatedAt : latest), cursor.since);
  const fresh = read.items.filter((item) => item.createdAt >= cursor.since);
  const subscriptions = deps.stores.subscriptions.forRepo(repo);
  const entries = fresh.flatMap((item) => entriesFor(deps.catalog, deps.stores.userLinks, item, subscriptions));
  const etag = since === cursor.since ? read.first.etag : null;
  const enqueued = deps.stores.transaction(() => {
    const added = deps.stores.outbox.enqueue(entries, deps.now());
    deps.stores.cursors.put({ stream: cursor.stream, since, etag });
    return added;
  });
  return { enqueued, requests: read.requests, missing: false };
}

/** A repository not polled before starts at its oldest subscription: items from then on are new. */
function initialCursor(deps: PollDeps, repo: RepoName, stream: Stream): PollCursor {
  const created = deps.stores.subscriptions.forRepo(repo).map((s) => s.createdAt);
  const oldest = created.length > 0 ? created.reduce((a, b) => (a < b ? a : b)) : new Date(deps.now()).toISOString();
  return { stream: `${repo} ${stream}`, since: secondsOnly(oldest), etag: null };
}

/** GitHub's timestamps have whole seconds; `since` is compared with them as text. */
function secondsOnly(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

type AnyPage = Page<GitHubIssue> | Page<GitHubComment> | NotModified | null;

async function readPages(deps: PollDeps, repo: RepoName, stream: Stream, cursor: PollCursor) {
  const options = { etag: cursor.etag, signal: deps.signal };
  const first: AnyPage =
    stream === 'issues' ? await deps.github.listIssuesSince(repo, cursor.since, options) : await deps.github.listCommentsSince(repo, cursor.since, options);
  const items: WatchItem[] = [];
  let page: AnyPage = first;
  let requests = 1;
  while (page !== null && !page.notModified) {
    items.push(...toItems(repo, stream, page));
    if (page.next === null || requests >= MAX_PAGES) break;
    page = stream === 'issues' ? await deps.github.nextIssues(page.next, deps) : await deps.github.nextComments(page.next, deps);
    requests++;
  }
  return { first, items, requests };
}

function toItems(repo: RepoName, stream: Stream, page: Page<GitHubIssue> | Page<GitHubComment>): WatchItem[] {
  if (stream === 'issues') return (page as Page<GitHubIssue>).items.map((issue) => itemOfIssue(repo, issue));
  return (page as Page<GitHubComment>).items.map((comment) => itemOfComment(repo, comment));
}
