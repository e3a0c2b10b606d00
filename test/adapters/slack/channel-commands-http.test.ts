import { request } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SlackRoute } from '../../../adapters/slack/create-slack-app.js';
import { CHECKING_TEXT } from '../../../adapters/slack/channel-commands.js';
import { PING_EVENT } from '../../../adapters/slack/poster.js';
import { createMemoryStores } from '../../../src/storage/memory/create-memory-stores.js';
import type { Platform, Stores } from '../../../src/storage/types.js';
import { posterByPlatform, type ChannelPoster } from '../../../src/watch/poster.js';
import { createWatchService, type WatchService } from '../../../src/watch/watch-service.js';
import { realCatalog, recordingLogger } from '../../helpers/context.js';
import { startGitHubStandIn, type GitHubStandIn } from '../../stand-ins/github.js';
import { sendDelivery } from '../../stand-ins/github-webhook.js';
import { slashCommand } from '../../stand-ins/slack/payloads.js';
import { watchConfig } from '../../src/watch/harness.js';
import { addChannel, eventually, expectCleanRun, PEOPLE, startHarness, type Harness } from './harness.js';

const WEBHOOK_SECRET = 'webhook-secret-for-the-stand-in';
const PYTHON_REPO = 'docker-library/python';
const CHANNEL = 'C0HTTPWATCH';
const stores: Stores = createMemoryStores();
/** Filled once Slack runs, as adapters/main.ts does: the watcher and its webhook route exist before the app. */
const posters: Partial<Record<Platform, ChannelPoster>> = {};
let h: Harness;
let github: GitHubStandIn;
let service: WatchService;

beforeAll(async () => {
  github = await startGitHubStandIn();
  github.addRepo(PYTHON_REPO);
  const config = watchConfig(github.url, ':memory:', { BASEIMAGE_GITHUB_WEBHOOK_SECRET: WEBHOOK_SECRET });
  service = createWatchService(config, { catalog: realCatalog(), log: recordingLogger() }, stores, posterByPlatform(posters), { deliveryIdleMs: 20 });
  const routes: SlackRoute[] = [{ path: '/github/webhook', method: 'POST', handler: service.webhookHandler! }];
  h = await startHarness({ mode: 'http', stores, routes });
  posters.slack = h.slack.poster;
  addChannel(h.stand, CHANNEL, 'python-http');
  service.start();
});

afterAll(async () => {
  await service.stop();
  await Promise.all([h.close(), github.close()]);
});

afterEach(() => expectCleanRun(h));

function deliverWebhook(event: string, payload: unknown, secret = WEBHOOK_SECRET) {
  return sendDelivery(`http://127.0.0.1:${h.slack.port}/github/webhook`, event, payload, secret);
}

describe('channel commands in HTTP mode', () => {
  it('acknowledges /baseimage watch with a note in the HTTP response, then replaces it with the answer', async () => {
    const responseUrl = h.stand.responseUrl();

    const response = await h.sender.command({ ...slashCommand('watch python issues', responseUrl, CHANNEL, { user_id: PEOPLE.admin, user_name: 'ada', channel_name: 'python-http' }) });

    expect(response.status).toBe(200);
    expect(response.ms).toBeLessThan(500);
    expect(JSON.parse(response.body)).toMatchObject({ response_type: 'ephemeral', text: CHECKING_TEXT });
    const final = await eventually(() => h.stand.responses.find((r) => responseUrl.endsWith(`/${r.id}`)));
    expect(JSON.stringify(final.body)).toContain('Watching `python`');
    expect(stores.subscriptions.forChannel({ platform: 'slack', channelId: CHANNEL }).map((s) => s.image)).toEqual(['python']);
  });

  it("serves the GitHub webhook on Slack's port, and the announced issue reaches the watching channel", async () => {
    const now = new Date().toISOString();
    const issue = { id: 4242, number: 42, title: 'pushed by a webhook', html_url: `https://github.com/${PYTHON_REPO}/issues/42`, user: { login: 'ana' }, labels: [], created_at: now, updated_at: now };

    const forged = await deliverWebhook('issues', { action: 'opened', issue, repository: { full_name: PYTHON_REPO } }, 'not-the-secret');
    const delivered = await deliverWebhook('issues', { action: 'opened', issue, repository: { full_name: PYTHON_REPO } });
    const wrongMethod = await request(`http://127.0.0.1:${h.slack.port}/github/webhook`, { method: 'GET' });
    await wrongMethod.body.text();

    expect(forged.status).toBe(401);
    expect(delivered).toEqual({ status: 202, text: JSON.stringify({ queued: 1 }) });
    expect(wrongMethod.statusCode).toBe(404);
    const ping = await eventually(() => h.stand.messages.find((m) => m.channel === CHANNEL && (m.metadata as { event_type?: string } | undefined)?.event_type === PING_EVENT));
    expect(JSON.stringify(ping.blocks)).toContain(`<${issue.html_url}|${PYTHON_REPO}#42 pushed by a webhook>`);
    expect((await h.sender.command({ ...slashCommand('help', h.stand.responseUrl()) })).status).toBe(200);
  });
});
