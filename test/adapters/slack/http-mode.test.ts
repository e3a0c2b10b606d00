import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderReply, SHARE_ACTION } from '../../../adapters/slack/render-reply.js';
import { askText } from '../../../src/core.js';
import { buttonClick, CHANNEL_ID, mention, slashCommand } from '../../stand-ins/slack/payloads.js';
import { eventually, expectCleanRun, startHarness, type Harness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ mode: 'http' });
});

afterAll(async () => {
  await h.close();
});

afterEach(() => {
  h.upstreams.setLatency(0);
  expectCleanRun(h);
});

function command(text: string, responseUrl = h.stand.responseUrl()): Record<string, string | undefined> {
  return { ...slashCommand(text, responseUrl) };
}

describe('Slack app in HTTP mode', () => {
  it('listens on the configured port and checks the bot token once', () => {
    expect(h.slack.mode).toBe('http');
    expect(h.slack.port).toBeGreaterThan(0);
    expect(h.stand.callsTo('auth.test')).toHaveLength(1);
    expect(h.stand.callsTo('apps.connections.open')).toEqual([]);
  });

  it('answers a signed slash command in the HTTP response, ephemeral, with a share button', async () => {
    const response = await h.sender.command(command('where do I report a bug in postgres?'));

    expect(response.status).toBe(200);
    const body = JSON.parse(response.body) as { response_type: string; text: string; blocks: { type: string }[] };
    const answer = renderReply((await askText(h.ctx, 'where do I report a bug in postgres?')).reply);
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toBe(answer.text);
    expect(body.blocks.filter((block) => block.type !== 'actions')).toEqual(answer.blocks);
    expect(JSON.stringify(body.blocks)).toContain(SHARE_ACTION);
  });

  it.each([
    ['a forged signature', { signature: `v0=${'0'.repeat(64)}` }],
    ['a signature made with another secret', { secret: 'not-the-signing-secret' }],
    ['no signature', { signature: null }],
    ['a timestamp six minutes old', { timestamp: Math.floor(Date.now() / 1000) - 360 }],
  ])('answers a request with %s 401 and does nothing', async (_name, options) => {
    const calls = h.stand.calls.length;

    const response = await h.sender.command(command('help'), options);

    expect(response.status).toBe(401);
    expect(response.body).not.toContain('What I can answer');
    expect(h.stand.calls.length).toBe(calls);
  });

  it('acknowledges at once while every upstream hangs, then replaces "looking up" with the snapshot answer', async () => {
    h.upstreams.setLatency(10_000);
    const responseUrl = h.stand.responseUrl();
    const started = performance.now();

    const response = await h.sender.command(command('is python:3.13-trixie clean?', responseUrl));

    expect(response.status).toBe(200);
    expect(response.ms).toBeLessThan(300);
    expect(response.body).toContain('Looking up');
    const final = await eventually(() => h.stand.responses.find((r) => responseUrl.endsWith(`/${r.id}`)));
    expect(final.at - started).toBeGreaterThan(2_000);
    expect(final.at - started).toBeLessThan(3_500);
    expect(final.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(JSON.stringify(final.body.blocks)).toContain('Live data was unavailable');
  });

  it('answers the URL verification challenge', async () => {
    const response = await h.sender.event({ type: 'url_verification', token: 'x', challenge: 'c-123' });

    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ challenge: 'c-123' });
  });

  it('acknowledges a mention at once and answers it in a thread', async () => {
    const event = mention('where do I report a bug in redis?');

    const response = await h.sender.event(event);

    expect(response.status).toBe(200);
    const call = await eventually(() => h.stand.callsTo('chat.postMessage').find((c) => c.args.thread_ts === (event.event as { ts: string }).ts));
    expect(call.args.channel).toBe(CHANNEL_ID);
  });

  it('shares an answer from a signed button click', async () => {
    const answer = JSON.parse((await h.sender.command(command('official database images'))).body) as { blocks: { type: string; elements?: { value: string }[] }[]; text: string };
    const value = answer.blocks.find((block) => block.type === 'actions')?.elements?.[0]?.value;
    const clickUrl = h.stand.responseUrl();

    const response = await h.sender.action(buttonClick(SHARE_ACTION, value, clickUrl));

    expect(response.status).toBe(200);
    const shared = await eventually(() => h.stand.responses.find((r) => clickUrl.endsWith(`/${r.id}`)));
    expect(shared.body).toEqual({ response_type: 'in_channel', replace_original: false, text: answer.text, blocks: answer.blocks.filter((b) => b.type !== 'actions') });
  });

  it('rejects malformed bodies without falling over', async () => {
    const broken = [
      await h.sender.raw('{"type": "event_callback", ', 'application/json'),
      await h.sender.raw('payload=%7Bnot-json', 'application/x-www-form-urlencoded'),
      await h.sender.raw('text=help', 'application/x-www-form-urlencoded; charset=utf-8'),
      await h.sender.event({ type: 'event_callback', event: null }),
    ];

    // Bolt's answers: 400 for a body it cannot parse (a charset on the form type included), 500 for an event it cannot route.
    expect(broken.map((response) => response.status)).toEqual([400, 400, 400, 500]);
    expect((await h.sender.command(command('help'))).status).toBe(200);
  });
});
