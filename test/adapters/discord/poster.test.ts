import { afterEach, describe, expect, it } from 'vitest';
import { DiscordPoster, type DiscordPosterOptions } from '../../../adapters/discord/poster.js';
import { createMemoryStores } from '../../../src/storage/memory/create-memory-stores.js';
import { OutboxDelivery } from '../../../src/watch/deliver.js';
import { idempotencyKey } from '../../../src/watch/ping.js';
import { recordingLogger } from '../../helpers/context.js';
import { faults } from '../../stand-ins/http-stand-in.js';
import { IDS } from '../../stand-ins/discord/payloads.js';
import { useHarness } from './harness.js';
import { pingFixture } from '../../fixtures/ping.js';

const bot = useHarness();
const SIX_MINUTES = 6 * 60_000;
let items = 0;

afterEach(() => {
  bot().discord.state.now = Date.now;
});

/** A ping for `channelId` with a key of its own. */
function item(channelId: string) {
  const target = { platform: 'discord', channelId } as const;
  const title = `item ${++items}`;
  return { target, key: idempotencyKey(target, title), ping: pingFixture({ title, labels: [] }) };
}

/** A poster, an outbox and Discord's clock that move together; `later` moves them on. */
function withClock(options: DiscordPosterOptions = {}) {
  let offset = 0;
  const now = () => Date.now() + offset;
  bot().discord.state.now = now;
  const stores = createMemoryStores();
  const poster = new DiscordPoster(bot().bot.client.rest, IDS.bot, recordingLogger(), { now, ...options });
  const delivery = new OutboxDelivery(stores, poster, recordingLogger(), { now, backoffMs: 1 });
  const enqueue = (entry: ReturnType<typeof item>) => stores.outbox.enqueue([{ ...entry.target, key: entry.key, payload: entry.ping }], now());
  const later = (ms: number) => void (offset += ms);
  return { poster, delivery, stores, enqueue, later };
}

function posts(key: string): number {
  return bot().discord.rest.requests.filter((request) => request.method === 'POST' && request.body.includes(`"nonce":"${key}"`)).length;
}

function messagesWith(channelId: string, key: string) {
  return bot().discord.history(channelId).filter((stored) => stored.body.embeds?.[0]?.footer?.text.includes(key) === true);
}

describe('the Discord poster, exactly once', () => {
  it('does not post again when the answer was lost and the retry comes after the nonce window: the footer is found', async () => {
    const { delivery, stores, enqueue, later } = withClock();
    const entry = item(IDS.newsChannel);
    enqueue(entry);
    bot().discord.state.loseAnswers = 1;

    await delivery.deliverDue();
    later(SIX_MINUTES);
    await delivery.deliverDue();

    expect(stores.outbox.get(entry.key)).toMatchObject({ state: 'done', attempts: 2 });
    expect(posts(entry.key)).toBe(1);
    expect(messagesWith(IDS.newsChannel, entry.key)).toHaveLength(1);
  });

  it('posts again after the nonce window when the first post never reached Discord', async () => {
    const { delivery, stores, enqueue, later } = withClock();
    const entry = item(IDS.newsChannel);
    enqueue(entry);
    bot().discord.rest.inject((request) => request.method === 'POST' && request.path.includes('/channels/'), faults.status(500), 4);

    await delivery.deliverDue();
    later(SIX_MINUTES);
    await delivery.deliverDue();

    expect(stores.outbox.get(entry.key)).toMatchObject({ state: 'done', attempts: 2 });
    expect(messagesWith(IDS.newsChannel, entry.key)).toHaveLength(1);
  });

  it('cannot tell within five minutes of the first attempt, without asking Discord', async () => {
    const { poster } = withClock();
    const before = bot().discord.rest.count('/api/v10/channels/', 'GET');

    const answer = await poster.wasPosted(item(IDS.newsChannel).target, 'k', new Date(Date.now() - 60_000));

    expect(answer).toBeNull();
    expect(bot().discord.rest.count('/api/v10/channels/', 'GET')).toBe(before);
  });

  it('cannot tell when the last 100 messages do not reach back to the first attempt', async () => {
    const { poster } = withClock();
    const entry = item(IDS.channel);
    await poster.post(entry.target, entry.ping, entry.key);
    bot().discord.chatter(IDS.channel, 100);

    const found = await poster.wasPosted(entry.target, entry.key, new Date(Date.now() - SIX_MINUTES));

    expect(found).toBeNull();
  });

  it('cannot tell when Discord does not answer the history read', async () => {
    const { poster } = withClock();

    const found = await poster.wasPosted(item(IDS.hiddenChannel).target, 'k', new Date(Date.now() - SIX_MINUTES));

    expect(found).toBeNull();
  });
});

describe('the Discord poster, refusals and failures', () => {
  it.each([
    ['does not exist', IDS.goneChannel, 10003],
    ['hides the channel from the bot', IDS.hiddenChannel, 50001],
    ['lets the bot read but not post', IDS.readOnlyChannel, 50013],
  ])('is refused for good when the channel %s, tried once', async (_, channelId, code) => {
    const log = recordingLogger();
    const stores = createMemoryStores();
    const delivery = new OutboxDelivery(stores, new DiscordPoster(bot().bot.client.rest, IDS.bot, log), recordingLogger(), { backoffMs: 1 });
    const entry = item(channelId);
    stores.outbox.enqueue([{ ...entry.target, key: entry.key, payload: entry.ping }], Date.now());

    await delivery.deliverDue();
    await delivery.deliverDue();

    expect(stores.outbox.get(entry.key)).toMatchObject({ state: 'dead', attempts: 1 });
    expect(posts(entry.key)).toBe(1);
    expect(log.lines).toEqual([{ level: 'warn', data: { channelId, status: code === 10003 ? 404 : 403, code }, message: 'discord refused a ping' }]);
  });

  it('throws on a 5xx that outlasts discord.js retries, for the outbox to retry', async () => {
    const { poster } = withClock();
    const entry = item(IDS.newsChannel);
    bot().discord.rest.inject((request) => request.method === 'POST' && request.path.includes('/channels/'), faults.status(502), 4);

    await expect(poster.post(entry.target, entry.ping, entry.key)).rejects.toThrow();

    expect(messagesWith(IDS.newsChannel, entry.key)).toEqual([]);
  });

  it('gives a post up after its timeout while discord.js waits out a 429, and nothing is posted late', async () => {
    const { poster } = withClock({ timeoutMs: 200 });
    const entry = item(IDS.noHistoryChannel);
    const rateLimited = { 'retry-after': '1', 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '1', 'x-ratelimit-bucket': 'stand-in', 'x-ratelimit-scope': 'user' };
    bot().discord.rest.inject((request) => request.method === 'POST' && request.path.includes(IDS.noHistoryChannel), faults.status(429, { message: 'You are being rate limited.', retry_after: 1, global: false }, rateLimited));
    const started = Date.now();

    await expect(poster.post(entry.target, entry.ping, entry.key)).rejects.toThrow('discord call given up after 200 ms');
    const tookMs = Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 1_300));

    expect(tookMs).toBeLessThan(1_000);
    expect(posts(entry.key)).toBe(1);
    expect(messagesWith(IDS.noHistoryChannel, entry.key)).toEqual([]);
  });
});
