import { LRUCache } from 'lru-cache';
import type { CacheNamespace } from './namespaces.js';

export interface CacheSpec<T> {
  namespace: CacheNamespace;
  key: string;
  /** Fresh for this long; `Infinity` for digest-addressed data; a function when the value says (token lifetimes). */
  ttlMs: number | ((value: T) => number);
  /** Whether to keep a value; by default everything but null and undefined. */
  shouldCache?: (value: T) => boolean;
  /** How long an expired value may still answer when the upstream fails; defaults to the cache's setting. */
  staleIfErrorMs?: number;
}

export interface CacheOptions {
  /** Most entries kept (least recently used go first). */
  max?: number;
  /** Epoch ms; injected so tests can move time. */
  now?: () => number;
  /** Default window in which an expired value answers when the refresh fails. */
  staleIfErrorMs?: number;
}

interface Entry {
  value: unknown;
  freshUntil: number;
  staleUntil: number;
}

/**
 * An LRU cache wrapper: fresh hits return at once; concurrent identical lookups share one in-flight call
 * (single-flight); a failed refresh answers with the expired value while it is within its stale-if-error window.
 * Null and errors are not cached. A shared call is not tied to one caller's signal: each caller stops waiting
 * on its own signal, and the HTTP timeouts bound the call itself.
 */
export class Cache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly now: () => number;
  private readonly staleIfErrorMs: number;

  constructor(options: CacheOptions = {}) {
    this.entries = new LRUCache<string, Entry>({ max: options.max ?? 10_000 });
    this.now = options.now ?? Date.now;
    this.staleIfErrorMs = options.staleIfErrorMs ?? 24 * 60 * 60_000;
  }

  /** The cached value for `spec`, or the result of `load` (shared with concurrent callers). */
  cached<T>(spec: CacheSpec<T>, load: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const id = `${spec.namespace}\u0000${spec.key}`;
    const entry = this.entries.get(id);
    if (entry && entry.freshUntil > this.now()) return Promise.resolve(entry.value as T);
    const pending = (this.inFlight.get(id) as Promise<T> | undefined) ?? this.start(id, spec, load, entry);
    return signal ? untilAborted(pending, signal) : pending;
  }

  /** Drops one entry (e.g. a token the registry refused). */
  delete(namespace: CacheNamespace, key: string): void {
    this.entries.delete(`${namespace}\u0000${key}`);
  }

  private start<T>(id: string, spec: CacheSpec<T>, load: () => Promise<T>, stale: Entry | undefined): Promise<T> {
    const pending = this.run(id, spec, load, stale).finally(() => this.inFlight.delete(id));
    this.inFlight.set(id, pending);
    return pending;
  }

  private async run<T>(id: string, spec: CacheSpec<T>, load: () => Promise<T>, stale: Entry | undefined): Promise<T> {
    try {
      const value = await load();
      const keep = spec.shouldCache ? spec.shouldCache(value) : value !== null && value !== undefined;
      if (keep) this.store(id, value, spec);
      return value;
    } catch (error) {
      if (stale && stale.staleUntil > this.now()) return stale.value as T;
      throw error;
    }
  }

  private store<T>(id: string, value: T, spec: CacheSpec<T>): void {
    const now = this.now();
    const freshUntil = now + (typeof spec.ttlMs === 'function' ? spec.ttlMs(value) : spec.ttlMs);
    this.entries.set(id, { value, freshUntil, staleUntil: freshUntil + (spec.staleIfErrorMs ?? this.staleIfErrorMs) });
  }
}

function untilAborted<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
