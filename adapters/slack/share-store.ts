import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { Reply } from '../../src/reply.js';

/** Slack's limit on a button's value. @see https://docs.slack.dev/reference/block-kit/block-elements/button-element */
const VALUE_MAX = 2_000;

/** What a "Share in channel" button carries: the key of the stored answer, and the question when it fits. */
const ShareValue = z.object({ k: z.string().min(1).max(64), q: z.string().max(VALUE_MAX).optional() });
export type ShareValue = z.infer<typeof ShareValue>;

/**
 * Recent ephemeral answers, so "Share in channel" posts exactly what the asker saw. A button on an ephemeral message
 * comes back without the message, so it must carry its own key (chat-platforms.md §2.5). After a restart, or once
 * the answer has left the cache, the question in the value lets the bot answer it again.
 */
export interface ShareStore {
  /** Stores the reply and returns the button value for it. */
  put(reply: Reply, question: string): string;
  get(key: string): Reply | undefined;
}

export function createShareStore(options: { max?: number; ttlMs?: number } = {}): ShareStore {
  const replies = new LRUCache<string, Reply>({ max: options.max ?? 2_000, ttl: options.ttlMs ?? 24 * 60 * 60_000 });
  return {
    put(reply, question) {
      const key = randomUUID();
      replies.set(key, reply);
      const withQuestion = JSON.stringify({ k: key, q: question } satisfies ShareValue);
      return withQuestion.length <= VALUE_MAX ? withQuestion : JSON.stringify({ k: key } satisfies ShareValue);
    },
    get: (key) => replies.get(key),
  };
}

/** The button value parsed, or null when it is not one of ours. */
export function readShareValue(value: unknown): ShareValue | null {
  if (typeof value !== 'string' || value.length > VALUE_MAX) return null;
  try {
    const parsed = ShareValue.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
