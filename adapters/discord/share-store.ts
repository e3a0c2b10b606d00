import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Reply } from '../../src/reply.js';

/** Button ids are `share:<key>`: at most 100 characters, and only a key, so the reply itself never travels. */
const PREFIX = 'share:';

export interface ShareStoreOptions {
  /** Replies kept; the least recently answered go first. */
  max?: number;
  /** How long a reply can still be shared. */
  ttlMs?: number;
}

/**
 * Recent ephemeral answers, so that "Share" can post the same answer visibly. In memory: after a restart or once
 * evicted, the button answers that the answer expired.
 */
export class ShareStore {
  private readonly replies: LRUCache<string, Reply>;

  constructor(options: ShareStoreOptions = {}) {
    this.replies = new LRUCache({ max: options.max ?? 2_000, ttl: options.ttlMs ?? 60 * 60_000 });
  }

  /** Keeps the reply; returns the button's custom id. */
  put(reply: Reply): string {
    const key = randomBytes(9).toString('base64url');
    this.replies.set(key, reply);
    return `${PREFIX}${key}`;
  }

  /** The reply behind a button's custom id; undefined when expired or not a share button. */
  get(customId: string): Reply | undefined {
    return isShareId(customId) ? this.replies.get(customId.slice(PREFIX.length)) : undefined;
  }
}

export function isShareId(customId: string): boolean {
  return customId.startsWith(PREFIX);
}
