import { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../../src/command.js';
import type { ChannelPoster, PostOutcome, PostTarget } from '../../src/watch/poster.js';
import type { Ping } from '../../src/watch/ping.js';
import { renderPing } from './render-ping.js';
import { describeSlackError } from './user-text.js';

/** The metadata event type every ping carries, so a later attempt can find it in the channel's history. */
export const PING_EVENT = 'baseimage_ping';

/**
 * chat.postMessage errors that retrying the same message to the same channel cannot fix: the channel is gone,
 * archived, closed to the bot or to posting, or the message itself is invalid. Token and scope errors are not
 * here: they are the whole bot's, and an operator can fix them while the outbox retries.
 * @see https://docs.slack.dev/reference/methods/chat.postMessage#errors
 */
const REFUSED = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'access_denied',
  'team_access_not_granted',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'msg_blocks_too_long',
  'no_text',
  'invalid_metadata_format',
  'invalid_metadata_schema',
  'metadata_too_large',
]);

/** A ping post that hangs is abandoned after this long; the outbox asks `wasPosted` before trying again. */
const POST_TIMEOUT_MS = 10_000;

/** Pages of history read before `wasPosted` gives up and says it cannot tell (200 messages each). */
const HISTORY_PAGES = 5;
const HISTORY_LIMIT = 200;
/** Slack's clock and ours may differ; the search starts a minute before the first attempt. */
const CLOCK_SLACK_S = 60;

// Only what `wasPosted` reads; a message whose metadata is not ours parses as having none.
const HistoryMessage = z.object({
  metadata: z.object({ event_type: z.string(), event_payload: z.record(z.string(), z.unknown()) }).optional().catch(undefined),
});
const HistoryPage = z.object({
  messages: z.array(z.unknown()),
  response_metadata: z.object({ next_cursor: z.string().optional() }).optional().catch(undefined),
});

function carriesKey(message: unknown, key: string): boolean {
  const parsed = HistoryMessage.safeParse(message);
  return parsed.success && parsed.data.metadata?.event_type === PING_EVENT && parsed.data.metadata.event_payload.key === key;
}

/**
 * The Web API client for pings: the app's settings, but no retries of its own (a post whose answer was lost,
 * retried inside the client, would be posted twice without `wasPosted` being asked), rate limits thrown so the
 * outbox backs off instead of the client pausing delivery, and a timeout on each call.
 */
export function postingClient(token: string, options: webApi.WebClientOptions): webApi.WebClient {
  return new webApi.WebClient(token, { ...options, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: POST_TIMEOUT_MS });
}

/**
 * Posts watch pings to Slack channels, exactly once per the outbox protocol in src/watch/poster.ts: every post carries
 * its key in message metadata, and `wasPosted` looks for that key in `conversations.history`. Give it a
 * `postingClient`.
 * @see https://docs.slack.dev/messaging/message-metadata
 */
export function createSlackPoster(client: webApi.WebClient, log: Logger): ChannelPoster {
  return {
    post: (target, ping, key) => post(client, log, target, ping, key),
    wasPosted: (target, key, firstAttemptAt) => wasPosted(client, log, target, key, firstAttemptAt),
  };
}

async function post(client: webApi.WebClient, log: Logger, target: PostTarget, ping: Ping, key: string): Promise<PostOutcome> {
  try {
    await client.chat.postMessage({
      channel: target.channelId,
      ...renderPing(ping),
      metadata: { event_type: PING_EVENT, event_payload: { key } },
      unfurl_links: false,
      unfurl_media: false,
    });
    return 'posted';
  } catch (error) {
    const described = describeSlackError(error);
    if (described.error !== undefined && REFUSED.has(described.error)) {
      log.warn({ channelId: target.channelId, error: described.error }, 'slack refused a ping');
      return 'refused';
    }
    // Rate limits, 5xx, broken connections, token and scope problems: the outbox retries with backoff.
    const reason = described.error ?? (described.status === undefined ? (described.code ?? described.name) : `HTTP ${described.status}`);
    throw new Error(`slack chat.postMessage failed: ${reason}`);
  }
}

async function wasPosted(client: webApi.WebClient, log: Logger, target: PostTarget, key: string, firstAttemptAt: Date): Promise<boolean | null> {
  const oldest = (firstAttemptAt.getTime() / 1000 - CLOCK_SLACK_S).toFixed(6);
  let cursor: string | undefined;
  try {
    for (let page = 0; page < HISTORY_PAGES; page += 1) {
      const result = await client.conversations.history({ channel: target.channelId, oldest, include_all_metadata: true, limit: HISTORY_LIMIT, ...(cursor === undefined ? {} : { cursor }) });
      const parsed = HistoryPage.safeParse(result);
      if (!parsed.success) return null;
      if (parsed.data.messages.some((message) => carriesKey(message, key))) return true;
      cursor = parsed.data.response_metadata?.next_cursor;
      if (cursor === undefined || cursor === '') return false;
    }
    return null;
  } catch (error) {
    // Without channels:history, or in a public channel the bot posts to without being a member: cannot tell.
    log.warn({ call: 'conversations.history', channelId: target.channelId, ...describeSlackError(error) }, 'slack call failed');
    return null;
  }
}
