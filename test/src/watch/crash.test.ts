import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStores } from '../../../src/storage/sqlite/create-sqlite-stores.js';
import { startGitHubStandIn, type GitHubStandIn } from '../../stand-ins/github.js';
import { startChatSink, type ChatSink } from './chat-sink.js';
import { until, watch } from './harness.js';

const REPO = 'docker-library/python';
const CHILD = fileURLToPath(new URL('./watcher-child.ts', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'baseimage-crash-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let github: GitHubStandIn;
let sink: ChatSink;
let dbPath: string;
let child: ChildProcess | null = null;
let runs = 0;

/** Starts the watcher in a child process and resolves once it says it is ready. */
async function startChild(): Promise<ChildProcess> {
  const env = { ...process.env, BASEIMAGE_GITHUB_API_URL: github.url, BASEIMAGE_DB: dbPath, BASEIMAGE_WATCH_INTERVAL: '1', SINK_URL: sink.url };
  const started = spawn(process.execPath, ['--import', 'tsx', CHILD], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  child = started;
  await new Promise<void>((resolve, reject) => {
    started.stdout?.on('data', (data: Buffer) => data.toString().includes('ready') && resolve());
    started.on('exit', (code) => reject(new Error(`watcher exited early (${code})`)));
  });
  return started;
}

function killed(process: ChildProcess): Promise<void> {
  return new Promise((resolve) => (process.exitCode !== null || process.signalCode !== null ? resolve() : process.once('exit', () => resolve())));
}

function postsPerKey(): number[] {
  const counts = new Map<string, number>();
  for (const post of sink.posts) counts.set(post.key, (counts.get(post.key) ?? 0) + 1);
  return [...counts.values()];
}

beforeEach(async () => {
  github = await startGitHubStandIn({ maxPerPage: 2 });
  github.addRepo(REPO);
  sink = await startChatSink();
  dbPath = join(folder, `${++runs}.db`);
  const stores = createSqliteStores(dbPath);
  watch(stores, 'python', REPO);
  stores.close();
});
afterEach(async () => {
  child?.kill('SIGKILL');
  if (child) await killed(child);
  await github.close();
  await sink.close();
});

describe('watcher killed with SIGKILL', () => {
  it('in the middle of a poll: after a restart every item is posted, none twice', async () => {
    const first = await startChild();
    github.addIssue(REPO, { title: 'one' });
    await until(() => sink.posts.length === 1, 10_000, 'the first post');
    for (const title of ['two', 'three', 'four', 'five']) github.addIssue(REPO, { title });
    github.inject((req) => req.path.includes('/issues?') && req.path.includes('page=2'), () => void first.kill('SIGKILL'));
    await killed(first);
    expect(sink.posts).toHaveLength(1);

    await startChild();
    await until(() => sink.posts.length >= 5, 10_000, 'five posts');
    await new Promise((resolve) => setTimeout(resolve, 1200));

    expect(sink.posts.map((post) => post.ping.title).sort()).toEqual(['#1 one', '#2 two', '#3 three', '#4 four', '#5 five'].map((t) => `${REPO}${t}`));
    expect(postsPerKey().every((count) => count === 1)).toBe(true);
  });

  it.each([
    ['after the platform accepted the post', true],
    ['before the platform saw the post', false],
  ])('in the middle of a post, %s: after a restart it is posted exactly once', async (_when, accepted) => {
    const first = await startChild();
    let seen = 0;
    sink.onPost = () => {
      seen++;
      if (seen !== 2) return { accept: true, hang: false };
      first.kill('SIGKILL');
      return { accept: accepted, hang: true };
    };
    for (const title of ['one', 'two', 'three']) github.addIssue(REPO, { title });
    await killed(first);
    expect(sink.posts).toHaveLength(accepted ? 2 : 1);

    sink.onPost = null;
    await startChild();
    await until(() => sink.posts.length >= 3, 10_000, 'three posts');
    await new Promise((resolve) => setTimeout(resolve, 1200));

    expect(sink.posts).toHaveLength(3);
    expect(postsPerKey()).toEqual([1, 1, 1]);
  });
});
