/**
 * `npm run bench:watch`: the watcher over 500 watched repositories against the loopback GitHub stand-in.
 * Reports requests per poll round (all, and those that count against the rate limit: 304s are free), what that
 * means per hour at the default 300 s interval against the token's 5,000, the delay from an item appearing on
 * GitHub to its post (p50, p99) with a short interval, and SQLite (WAL) outbox write throughput.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundledCatalog } from '../src/catalog/load-bundled.js';
import { loadConfig } from '../src/config/load-config.js';
import { createAgent } from '../src/http/create-http.js';
import { createSqliteStores } from '../src/storage/sqlite/create-sqlite-stores.js';
import type { NewOutboxEntry, Stores } from '../src/storage/types.js';
import { MemoryPoster } from '../src/watch/memory-poster.js';
import { createWatchService } from '../src/watch/watch-service.js';
import { startGitHubStandIn } from '../test/stand-ins/github.js';

const REPOS = 500;
const INTERVAL_S = 5;
const ROUNDS = 4;
const ITEMS = 300;
const DEFAULT_INTERVAL_S = 300;
const TOKEN_LIMIT = 5000;
const WRITES = 20_000;

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function subscribe(stores: Stores, repos: string[]): void {
  const createdAt = new Date(Date.now() - 60_000).toISOString();
  stores.transaction(() => {
    repos.forEach((repo, index) => {
      stores.subscriptions.put({
        platform: index % 2 === 0 ? 'slack' : 'discord',
        channelId: `C${index % 50}`,
        channelName: null,
        image: `image-${index}`,
        repo,
        kinds: { issues: true, pulls: true, comments: true },
        includeLabels: [],
        excludeLabels: [],
        createdBy: 'bench',
        createdAt,
      });
    });
  });
}

async function pollBenchmark(folder: string) {
  const github = await startGitHubStandIn({ limit: TOKEN_LIMIT });
  const repos = Array.from({ length: REPOS }, (_, i) => `bench/repo-${i}`);
  for (const repo of repos) github.addRepo(repo);
  const stores = createSqliteStores(join(folder, 'poll.db'));
  subscribe(stores, repos);
  const poster = new MemoryPoster();
  const appeared = new Map<string, number>();
  const delays: number[] = [];
  poster.onPost = (post) => {
    const start = appeared.get(post.ping.url ?? '');
    if (start !== undefined) delays.push(Date.now() - start);
  };
  const config = loadConfig({ BASEIMAGE_GITHUB_API_URL: github.url, BASEIMAGE_WATCH_INTERVAL: String(INTERVAL_S), GITHUB_TOKEN: 'ghp_bench', BASEIMAGE_DB: ':memory:' });
  const service = createWatchService(config, { catalog: loadBundledCatalog(), log: quiet }, stores, poster, { dispatcher: createAgent(15_000), deliveryIdleMs: 50 });
  const rounds: { requests: number; counted: number }[] = [];
  service.start();
  const itemEvery = (ROUNDS - 1) * INTERVAL_S * 1000 / ITEMS;
  let added = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const before = { requests: github.requests.length, counted: github.counted };
    const end = Date.now() + INTERVAL_S * 1000;
    while (Date.now() < end) {
      if (round > 0 && added < ITEMS) {
        const repo = repos[Math.floor(Math.random() * REPOS)] ?? 'bench/repo-0';
        const issue = github.addIssue(repo, { title: `item ${added}` });
        appeared.set(issue.html_url, Date.now());
        added++;
      }
      await sleep(itemEvery);
    }
    rounds.push({ requests: github.requests.length - before.requests, counted: github.counted - before.counted });
  }
  const deadline = Date.now() + 2 * INTERVAL_S * 1000;
  while (delays.length < added && Date.now() < deadline) await sleep(50);
  await service.stop();
  stores.close();
  await github.close();
  return { rounds, delays, added, posted: poster.posts.length };
}

function writeBenchmark(folder: string) {
  const stores = createSqliteStores(join(folder, 'writes.db'));
  const entry = (i: number): NewOutboxEntry => ({ platform: 'slack', channelId: `C${i % 50}`, key: `k${i}`, payload: { kind: 'issue', title: `item ${i}`, url: `https://github.com/a/b/issues/${i}` } });
  let start = performance.now();
  for (let i = 0; i < WRITES; i++) stores.transaction(() => stores.outbox.enqueue([entry(i)], Date.now()));
  const single = WRITES / ((performance.now() - start) / 1000);
  start = performance.now();
  for (let i = 0; i < WRITES; i += 100) {
    const batch = Array.from({ length: 100 }, (_, j) => entry(WRITES + i + j));
    stores.transaction(() => {
      stores.outbox.enqueue(batch, Date.now());
      stores.cursors.put({ stream: `r${i} issues`, since: new Date().toISOString(), etag: null });
    });
  }
  const batched = WRITES / ((performance.now() - start) / 1000);
  start = performance.now();
  let delivered = 0;
  for (let claimed = stores.outbox.claimDue(Date.now(), 100); claimed.length > 0; claimed = stores.outbox.claimDue(Date.now(), 100)) {
    for (const e of claimed) stores.outbox.markDone(e.id);
    delivered += claimed.length;
  }
  const cycled = delivered / ((performance.now() - start) / 1000);
  stores.close();
  return { single, batched, cycled };
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'baseimage-bench-watch-'));
  try {
    const polls = await pollBenchmark(folder);
    const writes = writeBenchmark(folder);
    const steady = polls.rounds.slice(1);
    const countedPerRound = steady.reduce((sum, r) => sum + r.counted, 0) / steady.length;
    const perHourDefault = Math.round(countedPerRound * (3600 / DEFAULT_INTERVAL_S));
    const rows: [string, string][] = [
      ['watched repositories', String(REPOS)],
      ['requests, first round (no ETags yet)', `${polls.rounds[0]?.requests} (${polls.rounds[0]?.counted} counted)`],
      ...steady.map((r, i): [string, string] => [`requests, round ${i + 2} (${ITEMS / (ROUNDS - 1)} new items)`, `${r.requests} (${r.counted} counted, rest 304)`]),
      [`counted requests per hour at ${DEFAULT_INTERVAL_S} s, same activity per round`, `${perHourDefault} of ${TOKEN_LIMIT} (first hour +${polls.rounds[0]?.counted ?? 0})`],
      [`item → post delay at ${INTERVAL_S} s interval, p50`, `${percentile(polls.delays, 50)} ms`],
      [`item → post delay at ${INTERVAL_S} s interval, p99`, `${percentile(polls.delays, 99)} ms`],
      ['items posted / added', `${polls.delays.length} / ${polls.added} (${polls.posted} posts)`],
      ['outbox writes, one transaction each', `${Math.round(writes.single)} entries/s`],
      ['outbox writes, 100 per transaction + cursor', `${Math.round(writes.batched)} entries/s`],
      ['outbox claim + done', `${Math.round(writes.cycled)} entries/s`],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    console.log('| measure'.padEnd(width + 2) + ' | value |');
    console.log(`|${'-'.repeat(width + 2)}|-------|`);
    for (const [label, value] of rows) console.log(`| ${label.padEnd(width)} | ${value} |`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
