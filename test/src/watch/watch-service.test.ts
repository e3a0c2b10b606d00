import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStores } from '../../../src/storage/sqlite/create-sqlite-stores.js';
import type { Stores } from '../../../src/storage/types.js';
import { MemoryPoster } from '../../../src/watch/memory-poster.js';
import { createWatchService, type WatchService } from '../../../src/watch/watch-service.js';
import { realCatalog, recordingLogger } from '../../helpers/context.js';
import { startGitHubStandIn, type GitHubStandIn } from '../../stand-ins/github.js';
import { until, watch, watchConfig } from './harness.js';

const REPO = 'docker-library/python';
const folder = mkdtempSync(join(tmpdir(), 'baseimage-watch-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let github: GitHubStandIn;
let dbPath: string;
let stores: Stores;
let poster: MemoryPoster;
let service: WatchService | null = null;
let runs = 0;

function startService(extra: Record<string, string> = {}): WatchService {
  service = createWatchService(watchConfig(github.url, dbPath, extra), { catalog: realCatalog(), log: recordingLogger() }, stores, poster, {
    delivery: { backoffMs: 20 },
    deliveryIdleMs: 20,
  });
  service.start();
  return service;
}

async function restart(): Promise<void> {
  await service?.stop();
  stores.close();
  stores = createSqliteStores(dbPath);
  startService();
}

beforeEach(async () => {
  github = await startGitHubStandIn({ maxPerPage: 2 });
  github.addRepo(REPO);
  dbPath = join(folder, `${++runs}.db`);
  stores = createSqliteStores(dbPath);
  poster = new MemoryPoster();
});
afterEach(async () => {
  await service?.stop();
  service = null;
  stores.close();
  await github.close();
});

const titles = () => poster.posts.map((post) => post.ping.title).sort();

describe('watch service', () => {
  it('posts each new issue, pull request and comment once, across pages, to each matching channel', async () => {
    watch(stores, 'python', REPO);
    watch(stores, 'python', REPO, { platform: 'discord', channelId: '42', kinds: { issues: true, pulls: false, comments: false }, excludeLabels: ['wontfix'] });
    stores.userLinks.put({ platform: 'slack', userId: 'U9', handle: 'Tianon', linkedAt: 't' });
    startService();

    const issue = github.addIssue(REPO, { title: 'pip missing' });
    github.addIssue(REPO, { title: 'Bump 3.14', pull: true });
    github.addIssue(REPO, { title: 'Old Debian', labels: [{ name: 'WontFix' }] });
    github.addComment(REPO, issue.number, { body: 'me too', author: 'ana' });
    await until(() => poster.posts.length === 5, 8000, 'five posts');
    await new Promise((resolve) => setTimeout(resolve, 1500));

    expect(poster.posts.filter((p) => p.target.platform === 'slack').map((p) => p.ping.title).sort()).toEqual([
      `${REPO}#1 pip missing`,
      `${REPO}#1: New comment by ana`,
      `${REPO}#2 Bump 3.14`,
      `${REPO}#3 Old Debian`,
    ]);
    expect(poster.posts.filter((p) => p.target.platform === 'discord').map((p) => p.ping.title)).toEqual([`${REPO}#1 pip missing`]);
    expect(poster.posts.find((p) => p.target.platform === 'slack')?.ping.mentionUserIds).toEqual(['U9']);
    expect(poster.posts.find((p) => p.target.platform === 'discord')?.ping.mentionUserIds).toEqual([]);
    expect(new Set(poster.posts.map((p) => p.key)).size).toBe(5);
  });

  it('asks with the stored ETag, so polls without news cost no rate limit', async () => {
    watch(stores, 'python', REPO);
    github.addIssue(REPO);
    startService();

    await until(() => github.requests.length >= 8, 8000, 'four polls');

    const conditional = github.requests.filter((r) => r.headers['if-none-match'] !== undefined).length;
    expect(conditional).toBeGreaterThanOrEqual(3);
    expect(github.counted).toBeLessThanOrEqual(github.requests.length - 3);
    expect(poster.posts).toHaveLength(1);
  });

  it('posts nothing twice and loses nothing across restarts on the same file', async () => {
    watch(stores, 'python', REPO);
    startService();
    github.addIssue(REPO, { title: 'before' });
    await until(() => poster.posts.length === 1);

    await service?.stop();
    github.addIssue(REPO, { title: 'while down' });
    await restart();
    github.addIssue(REPO, { title: 'after' });
    await until(() => poster.posts.length === 3);
    await restart();
    await new Promise((resolve) => setTimeout(resolve, 1500));

    expect(titles()).toEqual([`${REPO}#1 before`, `${REPO}#2 while down`, `${REPO}#3 after`]);
  });

  it('retries failed posts and does not repeat a post the platform accepted before the answer was lost', async () => {
    watch(stores, 'python', REPO);
    poster.failNext = 2;
    poster.loseNextAck = 1;
    startService();

    github.addIssue(REPO, { title: 'flaky' });
    await until(() => stores.outbox.counts().done === 1);

    expect(titles()).toEqual([`${REPO}#1 flaky`]);
    expect(stores.outbox.get(poster.posts[0]?.key ?? '')?.attempts).toBe(4);
  });

  it('sends nothing while the rate limit is spent, and resumes after the reset', async () => {
    watch(stores, 'python', REPO);
    github.rate = { limit: 60, remaining: 0, resetAt: Date.now() + 2500 };
    github.addIssue(REPO, { title: 'waits' });
    startService();

    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(github.requests).toHaveLength(1);
    await until(() => poster.posts.length === 1, 8000, 'a post after the reset');

    expect(github.requests[1]?.headers['x-github-api-version']).toBe('2022-11-28');
  });

  it('gives up on a channel the platform refuses', async () => {
    watch(stores, 'python', REPO);
    poster.refusedChannels.add('C1');
    startService();

    github.addIssue(REPO);
    await until(() => stores.outbox.counts().dead === 1);

    expect(poster.posts).toEqual([]);
  });
});
