import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStores } from '../../../src/storage/memory/create-memory-stores.js';
import type { Stores } from '../../../src/storage/types.js';
import { MemoryPoster } from '../../../src/watch/memory-poster.js';
import { createWatchService, type WatchService } from '../../../src/watch/watch-service.js';
import { validSignature } from '../../../src/watch/webhook.js';
import { realCatalog, recordingLogger } from '../../helpers/context.js';
import { startGitHubStandIn, type GitHubStandIn } from '../../stand-ins/github.js';
import { sendDelivery, signDelivery } from '../../stand-ins/github-webhook.js';
import { until, watch, watchConfig } from './harness.js';

const SECRET = "It's a Secret to Everybody";
const REPO = 'docker-library/python';
let github: GitHubStandIn;
let stores: Stores;
let poster: MemoryPoster;
let service: WatchService;
let server: Server;
let url: string;

function sign(body: string, secret = SECRET): string {
  return signDelivery(body, secret);
}

async function deliver(event: string, payload: unknown, signature?: string) {
  const { status, text } = await sendDelivery(url, event, payload, SECRET, signature);
  return { status, body: JSON.parse(text) as unknown };
}

beforeEach(async () => {
  github = await startGitHubStandIn();
  github.addRepo(REPO);
  stores = createMemoryStores();
  poster = new MemoryPoster();
  const config = watchConfig(github.url, ':memory:', { BASEIMAGE_GITHUB_WEBHOOK_SECRET: SECRET });
  service = createWatchService(config, { catalog: realCatalog(), log: recordingLogger() }, stores, poster, { deliveryIdleMs: 20 });
  server = createServer(service.webhookHandler ?? (() => undefined));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/github/webhook`;
});
afterEach(async () => {
  await service.stop();
  await new Promise((resolve) => server.close(resolve));
  await github.close();
});

describe('validSignature', () => {
  it('accepts GitHub’s documented test vector and nothing else', () => {
    const vector = 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17';

    expect(validSignature(SECRET, Buffer.from('Hello, World!'), vector)).toBe(true);
    expect(validSignature(SECRET, Buffer.from('Hello, World?'), vector)).toBe(false);
    expect(validSignature(SECRET, Buffer.from('Hello, World!'), vector.slice(0, -2))).toBe(false);
    expect(validSignature(SECRET, Buffer.from('Hello, World!'), vector.replace('sha256=', 'sha1='))).toBe(false);
    expect(validSignature(SECRET, Buffer.from('Hello, World!'), undefined)).toBe(false);
  });
});

describe('webhook handler', () => {
  const issue = { id: 77, number: 9, title: 'pushed', html_url: `https://github.com/${REPO}/issues/9`, user: { login: 'ana' }, labels: [], created_at: new Date().toISOString(), updated_at: new Date().toISOString() };

  it('rejects a missing or wrong signature with 401 and queues nothing', async () => {
    watch(stores, 'python', REPO);

    expect((await deliver('issues', { action: 'opened', issue, repository: { full_name: REPO } }, '')).status).toBe(401);
    expect((await deliver('issues', { action: 'opened', issue, repository: { full_name: REPO } }, sign('other'))).status).toBe(401);
    expect(stores.outbox.counts().pending).toBe(0);
  });

  it('answers a ping and posts an opened issue once, whether it comes again or polling sees it too', async () => {
    watch(stores, 'python', REPO);
    const polled = github.addIssue(REPO, { title: 'pushed', author: 'ana' });
    service.start();

    expect(await deliver('ping', { zen: 'Keep it logically awesome.', hook_id: 1 })).toEqual({ status: 200, body: { ok: true } });
    expect(await deliver('issues', { action: 'opened', issue, repository: { full_name: REPO } })).toEqual({ status: 202, body: { queued: 1 } });
    expect(await deliver('issues', { action: 'opened', issue, repository: { full_name: REPO } })).toEqual({ status: 202, body: { queued: 0 } });
    expect(await deliver('issues', { action: 'labeled', issue, repository: { full_name: REPO } })).toEqual({ status: 202, body: { queued: 0 } });
    const queued = await deliver('issues', { action: 'opened', issue: polled, repository: { full_name: REPO } });
    await until(() => github.count('/repos/docker-library/python/issues?') >= 2 && stores.outbox.counts().pending === 0, 8000, 'a poll');

    expect(queued.body).toEqual({ queued: 0 });
    expect(poster.posts.map((post) => post.ping.title).sort()).toEqual([`${REPO}#1 pushed`, `${REPO}#9 pushed`]);
    expect(poster.posts[1]?.ping).toMatchObject({ kind: 'issue', author: 'ana' });
  });
});
