import type { ChannelRef, Platform } from '../storage/types.js';
import type { Ping } from './ping.js';

/** Where a ping goes. */
export type PostTarget = ChannelRef;

/** `posted`: the platform accepted it. `refused`: it never will (channel gone, bot removed); not retried. */
export type PostOutcome = 'posted' | 'refused';

/**
 * The delivery port each chat adapter implements. Thrown errors are retried with backoff; `refused` is final.
 *
 * Idempotency protocol: every post carries `idempotencyKey` (22 base64url characters, stable for one item in one
 * channel). An outbox entry is marked in flight, and committed, before `post` is called, and done after it resolves;
 * a crash between the two leaves it in flight. On the next attempt of any entry that was tried before, the outbox
 * first calls `wasPosted(target, key, firstAttemptAt)`: true → done without posting; false → posted again;
 * null (cannot tell) or no `wasPosted` → posted again (at least once).
 * - Slack: post with `metadata: { event_type: 'baseimage_ping', event_payload: { key } }`; `wasPosted` reads
 *   `conversations.history` from `oldest = firstAttemptAt / 1000 - 60` with `include_all_metadata: true` and looks
 *   for the key.
 * - Discord: post with `nonce: key, enforce_nonce: true` (Discord returns the earlier message instead of a duplicate
 *   for a few minutes); `wasPosted` returns null within five minutes of `firstAttemptAt` (the nonce covers it), else
 *   looks for the key in the footer of the bot's recent messages in the channel.
 */
export interface ChannelPoster {
  post(target: PostTarget, ping: Ping, idempotencyKey: string): Promise<PostOutcome>;
  wasPosted?(target: PostTarget, idempotencyKey: string, firstAttemptAt: Date): Promise<boolean | null>;
}

/** One poster per platform behind one port; a platform without a poster refuses (nothing to retry). */
export function posterByPlatform(posters: Partial<Record<Platform, ChannelPoster>>): ChannelPoster {
  return {
    post: async (target, ping, key) => (await posters[target.platform]?.post(target, ping, key)) ?? 'refused',
    wasPosted: async (target, key, since) => (await posters[target.platform]?.wasPosted?.(target, key, since)) ?? null,
  };
}
