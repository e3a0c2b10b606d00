import { DiscordAPIError, Routes, type REST } from 'discord.js';
import { z } from 'zod';
import type { Logger } from '../../src/command.js';
import { UpstreamError } from '../../src/errors.js';
import type { Ping } from '../../src/watch/ping.js';
import type { ChannelPoster, PostOutcome, PostTarget } from '../../src/watch/poster.js';
import { describeError } from './answer.js';
import { pingMessage } from './render-ping.js';

export interface DiscordPosterOptions {
  /** Epoch ms: when the nonce window of a first attempt has passed. */
  now?: () => number;
  /** A post or history read still waiting after this long fails, and the outbox retries it later. */
  timeoutMs?: number;
  /** Aborts every call in progress (the bot is stopping). */
  signal?: AbortSignal;
}

/** Discord answers a repeated nonce with the earlier message "for a few minutes"; src/watch/poster.ts counts five. */
const NONCE_WINDOW_MS = 5 * 60_000;
/** The most messages one history read returns. */
const HISTORY_LIMIT = 100;
/** Discord's clock and ours may differ: the history must reach this far before the first attempt. */
const CLOCK_SKEW_MS = 60_000;
/**
 * @discordjs/rest waits out a 429 and retries by itself, with no end; the call is given up after this (the outbox
 * retries with backoff, and the nonce keeps a late post single).
 */
const TIMEOUT_MS = 20_000;

/** 403s that no retry changes: Missing Access, Missing Permissions (others, such as a temporary block, are retried). */
const REFUSED_403_CODES = new Set<number | string>([50001, 50013]);

/** What the duplicate check reads of a message: who wrote it, when, and its embeds' footers. */
const HistoryMessage = z.object({
  author: z.object({ id: z.string() }),
  timestamp: z.string(),
  embeds: z.array(z.object({ footer: z.object({ text: z.string() }).optional().catch(undefined) }).catch({})).catch([]),
});
type HistoryMessage = z.infer<typeof HistoryMessage>;
const History = z.array(HistoryMessage.nullable().catch(null));

/**
 * Posts pings to Discord channels as the bot (see the protocol in src/watch/poster.ts): the key as nonce with
 * `enforce_nonce`, and after five minutes a look for the key in the footers of the bot's recent messages.
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export class DiscordPoster implements ChannelPoster {
  private readonly rest: REST;
  private readonly botUserId: string;
  private readonly log: Logger;
  private readonly now: () => number;
  private readonly timeoutMs: number;
  private readonly signal: AbortSignal | undefined;

  constructor(rest: REST, botUserId: string, log: Logger, options: DiscordPosterOptions = {}) {
    this.rest = rest;
    this.botUserId = botUserId;
    this.log = log;
    this.now = options.now ?? Date.now;
    this.timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
    this.signal = options.signal;
  }

  /** 2xx: posted; 403 Missing Access or Missing Permissions, 404, 400: refused; anything else throws (retried). */
  async post(target: PostTarget, ping: Ping, key: string): Promise<PostOutcome> {
    const route = Routes.channelMessages(target.channelId);
    try {
      await this.call(route, (signal) => this.rest.post(route, { body: pingMessage(ping, key), signal }));
      return 'posted';
    } catch (error) {
      if (!isRefusal(error)) throw error;
      this.log.warn({ channelId: target.channelId, status: error.status, code: error.code }, 'discord refused a ping');
      return 'refused';
    }
  }

  /**
   * Null within five minutes of the first attempt (a repeated post returns the earlier message), else whether one of
   * the bot's last 100 messages in the channel has the key in its footer; null when that cannot be told.
   * @see https://discord.com/developers/docs/resources/message#get-channel-messages
   */
  async wasPosted(target: PostTarget, key: string, firstAttemptAt: Date): Promise<boolean | null> {
    if (this.now() - firstAttemptAt.getTime() < NONCE_WINDOW_MS) return null;
    const route = Routes.channelMessages(target.channelId);
    const query = new URLSearchParams({ limit: String(HISTORY_LIMIT) });
    try {
      const raw = await this.call(route, (signal) => this.rest.get(route, { query, signal }));
      return foundIn(History.parse(raw), this.botUserId, key, firstAttemptAt.getTime() - CLOCK_SKEW_MS);
    } catch (error) {
      this.log.warn({ channelId: target.channelId, error: describeError(error) }, 'discord history check failed');
      return null;
    }
  }

  /** Runs one REST call, aborted when it takes longer than the timeout or the bot stops (whatever it waits on). */
  private async call<T>(route: string, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const given = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(new UpstreamError(`discord call given up after ${this.timeoutMs} ms or on stop`, { url: route })), { once: true });
    });
    const abort = () => controller.abort();
    const timer = setTimeout(abort, this.timeoutMs);
    this.signal?.addEventListener('abort', abort, { once: true });
    if (this.signal?.aborted === true) abort();
    try {
      return await Promise.race([run(controller.signal), given]);
    } finally {
      clearTimeout(timer);
      this.signal?.removeEventListener('abort', abort);
    }
  }
}

function isRefusal(error: unknown): error is DiscordAPIError {
  if (!(error instanceof DiscordAPIError)) return false;
  return error.status === 400 || error.status === 404 || (error.status === 403 && REFUSED_403_CODES.has(error.code));
}

/** True when the key is in one of the bot's footers; null when a full page ends before `since` (it may be further back). */
function foundIn(messages: (HistoryMessage | null)[], botUserId: string, key: string, since: number): boolean | null {
  const read = messages.filter((message) => message !== null);
  const ours = read.filter((message) => message.author.id === botUserId);
  if (ours.some((message) => message.embeds.some((embed) => embed.footer?.text.includes(key) === true))) return true;
  const oldest = read.at(-1);
  if (messages.length >= HISTORY_LIMIT && oldest !== undefined && Date.parse(oldest.timestamp) > since) return null;
  return false;
}
