import type { Logger } from '../command.js';
import type { OutboxEntry, Stores } from '../storage/types.js';
import type { Ping } from './ping.js';
import type { ChannelPoster } from './poster.js';

export interface DeliveryOptions {
  now?: () => number;
  /** First retry delay; doubles per attempt up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Attempts before an entry is given up (dead). */
  maxAttempts?: number;
  /** Entries claimed per round. */
  batch?: number;
}

/**
 * Posts due outbox entries through the poster: claimed (committed in flight) before posting, done after; a failure
 * is retried with exponential backoff; an entry tried before is first checked with `wasPosted` (see poster.ts).
 * Entries for one channel go out in order; channels are served concurrently.
 */
export class OutboxDelivery {
  private readonly stores: Stores;
  private readonly poster: ChannelPoster;
  private readonly log: Logger;
  private readonly now: () => number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly maxAttempts: number;
  private readonly batch: number;

  constructor(stores: Stores, poster: ChannelPoster, log: Logger, options: DeliveryOptions = {}) {
    this.stores = stores;
    this.poster = poster;
    this.log = log;
    this.now = options.now ?? Date.now;
    this.backoffMs = options.backoffMs ?? 2000;
    this.maxBackoffMs = options.maxBackoffMs ?? 15 * 60_000;
    this.maxAttempts = options.maxAttempts ?? 12;
    this.batch = options.batch ?? 100;
  }

  /** After a crash: entries left in flight become due again (their next attempt asks `wasPosted` first). */
  recover(): number {
    const released = this.stores.outbox.releaseInFlight(this.now());
    if (released > 0) this.log.warn({ released }, 'outbox entries left in flight are checked again');
    return released;
  }

  /** Delivers what is due now; returns how many entries were claimed. */
  async deliverDue(): Promise<number> {
    const claimed = this.stores.outbox.claimDue(this.now(), this.batch);
    const byChannel = new Map<string, OutboxEntry[]>();
    for (const entry of claimed) {
      const channel = `${entry.platform}\u0000${entry.channelId}`;
      byChannel.set(channel, [...(byChannel.get(channel) ?? []), entry]);
    }
    await Promise.all([...byChannel.values()].map((entries) => this.deliverInOrder(entries)));
    return claimed.length;
  }

  private async deliverInOrder(entries: OutboxEntry[]): Promise<void> {
    for (const entry of entries) await this.deliverOne(entry);
  }

  private async deliverOne(entry: OutboxEntry): Promise<void> {
    const target = { platform: entry.platform, channelId: entry.channelId };
    try {
      if (entry.attempts > 1 && (await this.alreadyPosted(entry))) {
        this.stores.outbox.markDone(entry.id);
        return;
      }
      const outcome = await this.poster.post(target, entry.payload as Ping, entry.key);
      if (outcome === 'posted') this.stores.outbox.markDone(entry.id);
      else this.giveUp(entry, 'the platform refused the post');
    } catch (error) {
      this.retryLater(entry, error instanceof Error ? error.message : String(error));
    }
  }

  private async alreadyPosted(entry: OutboxEntry): Promise<boolean> {
    if (this.poster.wasPosted === undefined) return false;
    const since = new Date(entry.firstAttemptAt ?? entry.createdAt);
    return (await this.poster.wasPosted({ platform: entry.platform, channelId: entry.channelId }, entry.key, since)) === true;
  }

  private retryLater(entry: OutboxEntry, error: string): void {
    if (entry.attempts >= this.maxAttempts) {
      this.giveUp(entry, error);
      return;
    }
    const delay = Math.min(this.backoffMs * 2 ** (entry.attempts - 1), this.maxBackoffMs);
    const jitter = Math.floor(Math.random() * delay * 0.2);
    this.stores.outbox.markRetry(entry.id, this.now() + delay + jitter, error);
    this.log.warn({ platform: entry.platform, channelId: entry.channelId, attempts: entry.attempts, error }, 'ping post failed, will retry');
  }

  private giveUp(entry: OutboxEntry, error: string): void {
    this.stores.outbox.markDead(entry.id, error);
    this.log.error({ platform: entry.platform, channelId: entry.channelId, attempts: entry.attempts, error }, 'ping post given up');
  }
}
