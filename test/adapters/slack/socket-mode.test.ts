import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderLookingUp, renderReply, SHARE_ACTION } from '../../../adapters/slack/render-reply.js';
import { askText, planQuestion } from '../../../src/core.js';
import { buttonClick, CHANNEL_ID, directMessage, DM_CHANNEL_ID, mention, slashCommand } from '../../stand-ins/slack/payloads.js';
import { APP_TOKEN, BOT_TOKEN, BOT_USER_ID, TEAM_ID } from '../../stand-ins/slack/slack-stand-in.js';
import { eventually, expectCleanRun, startHarness, type Harness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ mode: 'socket' });
});

afterAll(async () => {
  await h.close();
});

afterEach(() => {
  h.upstreams.setLatency(0);
  expectCleanRun(h);
});

/** The share button's value in a rendered message, or null. */
function shareValue(message: { blocks?: unknown } | undefined): string | null {
  const blocks = (message?.blocks ?? []) as { type: string; elements?: { action_id?: string; value?: string }[] }[];
  const button = blocks.find((block) => block.type === 'actions')?.elements?.find((element) => element.action_id === SHARE_ACTION);
  return button?.value ?? null;
}

async function expected(question: string, share: string | null = null) {
  return renderReply((await askText(h.ctx, question)).reply, share);
}

describe('Slack app in Socket Mode', () => {
  it('checks the bot token once and opens the socket with the app token', () => {
    expect(h.stand.callsTo('auth.test').map((call) => call.token)).toEqual([BOT_TOKEN]);
    expect(h.stand.callsTo('apps.connections.open').map((call) => call.token)).toEqual([APP_TOKEN]);
    expect(h.stand.callsTo('auth.test')[0]?.contentType).toBe('application/x-www-form-urlencoded');
    expect(h.slack.mode).toBe('socket');
  });

  it('answers /baseimage help in the acknowledgement itself, ephemeral, with a share button', async () => {
    const ack = await h.stand.socket.send('slash_commands', slashCommand('help', h.stand.responseUrl()));

    const share = shareValue(ack.payload);
    expect(share).not.toBeNull();
    expect(ack.payload).toEqual({ response_type: 'ephemeral', ...(await expected('help', share)) });
    expect(ack.ms).toBeLessThan(500);
    expect(h.stand.responses).toEqual([]);
  });

  it('shows "looking up" at once and replaces it with the live answer through response_url', async () => {
    const responseUrl = h.stand.responseUrl();

    const ack = await h.stand.socket.send('slash_commands', slashCommand('is bitnami/python official?', responseUrl));

    expect(ack.payload).toEqual({ response_type: 'ephemeral', ...renderLookingUp(planQuestion(h.ctx, 'is bitnami/python official?').intent) });
    const id = responseUrl.split('/').pop();
    const final = await eventually(() => h.stand.responses.find((response) => response.id === id));
    expect(final.status).toBe(200);
    expect(final.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(JSON.stringify(final.body.blocks)).toContain('Docker Hub, live');
    expect(shareValue(final.body)).not.toBeNull();
  });

  it('acknowledges at once while every upstream hangs, and replaces "looking up" with the snapshot answer after the live budget', async () => {
    h.upstreams.setLatency(10_000);
    const responseUrl = h.stand.responseUrl();
    const started = performance.now();

    const ack = await h.stand.socket.send('slash_commands', slashCommand('is python:3.13-slim-trixie clean?', responseUrl));

    expect(ack.ms).toBeLessThan(300);
    expect(JSON.stringify(ack.payload)).toContain('Looking up');
    const id = responseUrl.split('/').pop();
    const final = await eventually(() => h.stand.responses.find((response) => response.id === id));
    const took = final.at - started;
    expect(took).toBeGreaterThan(2_000);
    expect(took).toBeLessThan(3_500);
    expect(final.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(JSON.stringify(final.body.blocks)).toContain('official-images 37079fb, 2026-08-21');
    expect(JSON.stringify(final.body.blocks)).toContain('Live data was unavailable');
  });

  it('answers an @mention in a thread under it', async () => {
    const question = 'where do I report a bug in postgres?';
    const event = mention(question);
    const ts = (event.event as { ts: string }).ts;

    await h.stand.socket.send('events_api', event);

    const call = await eventually(() => h.stand.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));
    expect(call.token).toBe(BOT_TOKEN);
    expect(call.args).toEqual({ team_id: TEAM_ID, channel: CHANNEL_ID, thread_ts: ts, ...(await expected(question)), unfurl_links: 'false', unfurl_media: 'false' });
  });

  it('answers an @mention written inside a thread in that thread', async () => {
    await h.stand.socket.send('events_api', mention('official database images', { thread_ts: '1763700000.000001' }));

    const call = await eventually(() => h.stand.callsTo('chat.postMessage').find((c) => c.args.thread_ts === '1763700000.000001'));
    expect(call.args.channel).toBe(CHANNEL_ID);
  });

  it('posts "looking up" for a live @mention and updates that message with the answer', async () => {
    const question = 'is joe/app official?';
    const event = mention(question);
    const ts = (event.event as { ts: string }).ts;

    await h.stand.socket.send('events_api', event);

    const message = await eventually(() => h.stand.messages.find((m) => m.thread_ts === ts && m.updates === 1));
    const update = h.stand.callsTo('chat.update').find((c) => c.args.ts === message.ts);
    expect(h.stand.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts)?.args.text).toBe(renderLookingUp(planQuestion(h.ctx, question).intent).text);
    expect(update?.args).toMatchObject({ channel: CHANNEL_ID, ts: message.ts });
    expect(JSON.stringify(update?.args.blocks)).toContain('Docker Hub, live');
  });

  it('answers a direct message in the DM, and ignores its own messages and edits', async () => {
    const before = h.stand.callsTo('chat.postMessage').length;

    await h.stand.socket.send('events_api', directMessage('where do I report a bug in redis?'));
    await h.stand.socket.send('events_api', directMessage('echo', { user: BOT_USER_ID, bot_id: 'B0BOT' }));
    await h.stand.socket.send('events_api', directMessage('edited', { subtype: 'message_changed' }));

    const call = await eventually(() => h.stand.callsTo('chat.postMessage').slice(before).find((c) => c.args.channel === DM_CHANNEL_ID));
    expect(call.args.thread_ts).toBeUndefined();
    expect(call.args.blocks).toEqual((await expected('where do I report a bug in redis?')).blocks);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.stand.callsTo('chat.postMessage').length).toBe(before + 1);
  });

  it('answers a redelivered event once', async () => {
    const event = mention('where do I report a bug in mysql?');
    const ts = (event.event as { ts: string }).ts;

    await h.stand.socket.send('events_api', event);
    await h.stand.socket.send('events_api', { ...event, event_id: 'EvRetry' });

    await eventually(() => h.stand.callsTo('chat.postMessage').some((c) => c.args.thread_ts === ts));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.stand.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts)).toHaveLength(1);
  });
});

describe('Slack limits on the longest answers', () => {
  const dockerfile = Array.from({ length: 20 }, (_, i) => `FROM python:3.${i % 14}-slim AS stage${i}\nRUN make &amp;&amp; make install`).join('\n');

  it('sends a Dockerfile review with 20 FROM lines whole, within the limits the stand-in enforces', async () => {
    const ack = await h.stand.socket.send('slash_commands', slashCommand(`\`\`\`${dockerfile}\`\`\``, h.stand.responseUrl()));

    const blocks = ack.payload?.blocks as { type: string; text?: { text: string } }[];
    expect(blocks[0]?.text?.text).toContain('Dockerfile review: 20 FROM lines');
    expect(blocks.filter((block) => block.text?.text.startsWith('*'))).toHaveLength(20);
    expect(shareValue(ack.payload)!.length).toBeLessThanOrEqual(2_000);
  });

  it('posts a tags list for a mention within the limits, replacing "looking up"', async () => {
    const event = mention('what tags does python have?');
    const ts = (event.event as { ts: string }).ts;

    await h.stand.socket.send('events_api', event);

    const message = await eventually(() => h.stand.messages.find((m) => m.thread_ts === ts && m.updates === 1));
    expect(JSON.stringify(message.blocks)).toContain('python: tags');
  });
});

describe('Share in channel', () => {
  it('posts exactly the ephemeral answer, visibly, in a channel the bot is not in, then removes the ephemeral copy', async () => {
    const ack = await h.stand.socket.send('slash_commands', slashCommand('official database images', h.stand.responseUrl(), 'C0NOTMEMBER'));
    const value = shareValue(ack.payload)!;
    const clickUrl = h.stand.responseUrl();
    const clickId = clickUrl.split('/').pop();

    await h.stand.socket.send('interactive', buttonClick(SHARE_ACTION, value, clickUrl, 'C0NOTMEMBER'));

    const [shared, removed] = await eventually(() => {
      const calls = h.stand.responses.filter((response) => response.id === clickId);
      return calls.length === 2 && calls;
    });
    const ephemeralBlocks = (ack.payload?.blocks as { type: string }[]).filter((block) => block.type !== 'actions');
    expect(shared?.body).toEqual({ response_type: 'in_channel', replace_original: false, text: ack.payload?.text, blocks: ephemeralBlocks });
    expect(removed?.body).toEqual({ delete_original: true });
    expect(h.stand.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0NOTMEMBER')).toEqual([]);
  });

  it('answers the question again when the stored answer is gone, and says so when it cannot', async () => {
    const clickUrl = h.stand.responseUrl();
    const expiredUrl = h.stand.responseUrl();

    await h.stand.socket.send('interactive', buttonClick(SHARE_ACTION, JSON.stringify({ k: 'gone', q: 'where do I report a bug in nginx?' }), clickUrl));
    await h.stand.socket.send('interactive', buttonClick(SHARE_ACTION, JSON.stringify({ k: 'gone' }), expiredUrl));

    const shared = await eventually(() => h.stand.responses.find((r) => r.id === clickUrl.split('/').pop()));
    expect(shared.body).toEqual({ response_type: 'in_channel', replace_original: false, ...(await expected('where do I report a bug in nginx?')) });
    const notice = await eventually(() => h.stand.responses.find((r) => r.id === expiredUrl.split('/').pop()));
    expect(notice.body).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: 'That answer is no longer available to share. Ask again, then share the new answer.' });
  });
});
