import { createHash } from 'node:crypto';
import type { ChannelRef } from '../storage/types.js';

export type PingKind = 'issue' | 'pull' | 'comment' | 'feedback';

/**
 * One platform-neutral message for one channel. The adapter renders it (and turns `mentionUserIds` into its
 * mention syntax: Slack `<@U123>`, Discord `<@123>`); `text` is a plain fallback without mentions.
 */
export interface Ping {
  kind: PingKind;
  /** The watched image the ping is about. */
  image: string;
  /** `owner/name` of the tracker repository; null for feedback on an image whose tracker is not on GitHub. */
  repo: string | null;
  /** `docker-library/python#123 pip is missing` or `Feedback on python`. */
  title: string;
  url: string | null;
  /** GitHub login, or the chat user's name for feedback. */
  author: string;
  /** The start of the body, at most 300 characters. */
  excerpt: string;
  labels: string[];
  /** Users on the target's platform to @-mention: maintainers of the image who ran `link-github`. */
  mentionUserIds: string[];
  text: string;
  /** ISO 8601: when the item was created. */
  at: string;
}

const EXCERPT = 300;

/** The first `EXCERPT` characters of a body, whitespace folded. */
export function excerptOf(body: string): string {
  const folded = body.replace(/\s+/g, ' ').trim();
  return folded.length <= EXCERPT ? folded : `${folded.slice(0, EXCERPT - 1)}…`;
}

/**
 * The outbox key and platform-side idempotency key of one item in one channel: 22 base64url characters (132 bits),
 * short enough for a Discord `nonce` (25 at most) and the same on every poll, webhook delivery and restart.
 */
export function idempotencyKey(target: ChannelRef, itemKey: string): string {
  return createHash('sha256').update(`${target.platform}\u0000${target.channelId}\u0000${itemKey}`).digest('base64url').slice(0, 22);
}
