import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { boltLogger } from '../../../adapters/slack/create-slack-app.js';
import { createSlackPoster, PING_EVENT, postingClient } from '../../../adapters/slack/poster.js';
import { renderPing } from '../../../adapters/slack/render-ping.js';
import type { Ping } from '../../../src/watch/ping.js';
import { pingFixture } from '../../fixtures/ping.js';
import type { ChannelPoster } from '../../../src/watch/poster.js';
import { recordingLogger, type RecordedLog } from '../../helpers/context.js';
import { messageProblems } from '../../stand-ins/slack/block-rules.js';
import { BOT_SCOPES, BOT_TOKEN, startSlackStandIn, type SlackStandIn } from '../../stand-ins/slack/slack-stand-in.js';

const CHANNEL = 'C0PINGS';
const target = (channelId = CHANNEL) => ({ platform: 'slack' as const, channelId });

/** The shared python issue, with text that needs escaping and a linked maintainer to mention. */
function ping(parts: Partial<Ping> = {}): Ping {
  return pingFixture({
    excerpt: 'After upgrading, `pip` is gone & <nothing> works.',
    labels: ['bug'],
    mentionUserIds: ['U0TIANON'],
    text: "New issue on python's tracker: docker-library/python#12 pip is missing https://github.com/docker-library/python/issues/12",
    ...parts,
  });
}

let stand: SlackStandIn;
let log: RecordedLog;
let poster: ChannelPoster;

beforeAll(async () => {
  stand = await startSlackStandIn();
});

afterAll(async () => {
  await stand.close();
});

beforeEach(() => {
  stand.members.add(CHANNEL);
  stand.scopes = new Set(BOT_SCOPES);
  log = recordingLogger();
  poster = createSlackPoster(postingClient(BOT_TOKEN, { slackApiUrl: stand.apiUrl, logger: boltLogger(log, [BOT_TOKEN], false) }), log);
});

afterEach(() => {
  expect(stand.violations).toEqual([]);
  expect(JSON.stringify(log.lines)).not.toContain(BOT_TOKEN);
});

/** The key the stand-in stored for each message posted in a channel. */
function keysIn(channel: string): unknown[] {
  return stand.messages.filter((m) => m.channel === channel).map((m) => (m.metadata as { event_payload?: { key?: unknown } } | undefined)?.event_payload?.key);
}

describe('Slack poster: post', () => {
  it('posts the ping with its key in metadata, no unfurls, and the maintainers mentioned in the fallback text', async () => {
    const outcome = await poster.post(target(), ping(), 'key-posted-0000000000');

    expect(outcome).toBe('posted');
    const call = stand.callsTo('chat.postMessage').at(-1)!;
    expect(call.token).toBe(BOT_TOKEN);
    expect(call.args).toMatchObject({ channel: CHANNEL, metadata: { event_type: PING_EVENT, event_payload: { key: 'key-posted-0000000000' } }, unfurl_links: 'false', unfurl_media: 'false' });
    expect(String(call.args.text)).toMatch(/^<@U0TIANON> New issue on python/);
    expect(call.args.blocks).toEqual(renderPing(ping()).blocks);
  });

  it.each([
    ['archived', 'C0ARCHIVED', () => stand.channels.set('C0ARCHIVED', { is_archived: true })],
    ['deleted', 'C0DELETED', () => stand.channels.set('C0DELETED', { deleted: true })],
    ['private without the bot', 'G0PRIVATE', () => stand.channels.set('G0PRIVATE', { is_private: true })],
    ['public without the bot, and no chat:write.public', 'C0OUTSIDE', () => stand.scopes.delete('chat:write.public')],
  ])('refuses, without throwing, a channel that is %s', async (_name, channel, arrange) => {
    arrange();

    const outcome = await poster.post(target(channel), ping(), 'key-refused-000000000');

    expect(outcome).toBe('refused');
    expect(log.lines.find((line) => line.message === 'slack refused a ping')?.data).toMatchObject({ channelId: channel });
  });

  it('posts to a public channel it is not in with chat:write.public', async () => {
    const outcome = await poster.post(target('C0ELSEWHERE'), ping(), 'key-public-0000000000');

    expect(outcome).toBe('posted');
    expect(keysIn('C0ELSEWHERE')).toEqual(['key-public-0000000000']);
  });

  it.each([
    ['Slack answers 500', () => stand.fail('chat.postMessage', 'server-error'), /HTTP 500/],
    ['Slack rate-limits the call', () => stand.fail('chat.postMessage', 'rate-limited'), /slack_webapi_rate_limited_error/],
    ['the token lacks chat:write', () => stand.scopes.delete('chat:write'), /missing_scope/],
    ['the answer is lost after Slack posted', () => stand.fail('chat.postMessage', 'drop-answer'), /slack_webapi_request_error/],
  ])('throws, so the outbox retries, when %s', async (_name, arrange, reason) => {
    arrange();
    const started = performance.now();

    await expect(poster.post(target(), ping(), 'key-retried-000000000')).rejects.toThrow(reason);

    // Thrown at once: the rate limit's 30 s wait is the outbox's to schedule, not the client's.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('Slack poster: wasPosted', () => {
  it('finds a post whose answer was lost in the channel history, by its key in the metadata', async () => {
    const firstAttempt = new Date();
    stand.fail('chat.postMessage', 'drop-answer');
    await expect(poster.post(target(), ping(), 'key-lost-answer-00000')).rejects.toThrow();

    const found = await poster.wasPosted!(target(), 'key-lost-answer-00000', firstAttempt);

    expect(found).toBe(true);
    const history = stand.callsTo('conversations.history').at(-1)!;
    expect(history.args).toMatchObject({ channel: CHANNEL, include_all_metadata: 'true', limit: '200' });
    expect(Number(history.args.oldest)).toBeCloseTo(firstAttempt.getTime() / 1000 - 60, 3);
  });

  it('says false for a key never posted, and for one posted before the first attempt', async () => {
    await poster.post(target(), ping(), 'key-earlier-000000000');
    const old = stand.messages.at(-1)!;
    old.ts = String(Number(old.ts) - 3_600);

    expect(await poster.wasPosted!(target(), 'key-never-00000000000', new Date())).toBe(false);
    expect(await poster.wasPosted!(target(), 'key-earlier-000000000', new Date())).toBe(false);
  });

  it('pages through the history with the cursor, and cannot tell beyond five pages', async () => {
    const channel = 'C0BUSY';
    stand.members.add(channel);
    const since = new Date();
    await poster.post(target(channel), ping(), 'key-deep-000000000000');
    const chatter = (count: number) => {
      for (let i = 0; i < count; i += 1) stand.messages.push({ channel, ts: `${Math.floor(Date.now() / 1000) + 10}.${String(stand.messages.length).padStart(6, '0')}`, text: 'chatter', updates: 0 });
    };
    chatter(450);
    const before = stand.callsTo('conversations.history').length;

    expect(await poster.wasPosted!(target(channel), 'key-deep-000000000000', since)).toBe(true);
    expect(stand.callsTo('conversations.history').length - before).toBe(3);

    chatter(600);
    expect(await poster.wasPosted!(target(channel), 'key-deep-000000000000', since)).toBeNull();
  });

  it.each([
    ['the bot is not in the public channel it posted to', 'C0NOTJOINED', () => undefined],
    ['the token lacks channels:history', CHANNEL, () => stand.scopes.delete('channels:history')],
    ['the channel was deleted', 'C0GONE', () => stand.channels.set('C0GONE', { deleted: true })],
    ['Slack answers 500', CHANNEL, () => stand.fail('conversations.history', 'server-error')],
  ])('cannot tell (null, never a throw) when %s', async (_name, channel, arrange) => {
    arrange();

    const found = await poster.wasPosted!(target(channel), 'key-unknown-000000000', new Date());

    expect(found).toBeNull();
    expect(log.lines.find((line) => line.message === 'slack call failed')?.data).toMatchObject({ call: 'conversations.history', channelId: channel });
  });
});

describe('renderPing', () => {
  it('links the title, names the author, labels and time, quotes the excerpt escaped, and mentions the maintainers', () => {
    const message = renderPing(ping());

    expect(message.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*<https://github.com/docker-library/python/issues/12|docker-library/python#12 pip is missing>*' } },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: ':large_green_circle: New issue on `python`  ·  by <https://github.com/octocat|@octocat>  ·  `bug`  ·  <!date^1795435200^{date_short_pretty} {time}|2026-11-23 12:00 UTC>',
          },
        ],
      },
      { type: 'section', text: { type: 'mrkdwn', text: '>After upgrading, `pip` is gone &amp; &lt;nothing&gt; works.' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: ':bell: <@U0TIANON> (maintainers of `python`)' }] },
    ]);
  });

  it('keeps the largest ping within Slack limits, mentions at most 20 valid user ids, and never links a feedback author', () => {
    const huge = ping({
      kind: 'feedback',
      title: `Feedback ${'x'.repeat(5_000)}`,
      author: 'Ana <script>',
      excerpt: 'y'.repeat(300),
      labels: Array.from({ length: 40 }, (_, i) => `label-${i}-${'z'.repeat(40)}`),
      mentionUserIds: ['<!channel>', 'bogus', ...Array.from({ length: 30 }, (_, i) => `U${String(i).padStart(8, '0')}`)],
      text: 't'.repeat(5_000),
    });

    const message = renderPing(huge);

    expect(messageProblems(message)).toEqual([]);
    expect(message.text.match(/<@U\d{8}>/g)).toHaveLength(20);
    expect(JSON.stringify(message)).not.toContain('<!channel>');
    expect(JSON.stringify(message.blocks)).toContain('by Ana &lt;script&gt;');
    expect(JSON.stringify(message.blocks)).toContain('+30');
  });
});
