import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewFeedback, NewOutboxEntry, Stores, Subscription } from '../../../src/storage/types.js';

export interface StoreFactory {
  /** A fresh, empty set of stores. */
  open(): Stores;
  /** The same data opened again (a restart), when the implementation persists; null for memory. */
  reopen: ((stores: Stores) => Stores) | null;
}

const SLACK = { platform: 'slack', channelId: 'C1' } as const;
const DISCORD = { platform: 'discord', channelId: '42' } as const;

function subscription(parts: Partial<Subscription> = {}): Subscription {
  return {
    ...SLACK,
    channelName: 'builds',
    image: 'python',
    repo: 'docker-library/python',
    kinds: { issues: true, pulls: false, comments: true },
    includeLabels: ['bug'],
    excludeLabels: [],
    createdBy: 'U1',
    createdAt: '2026-11-23T12:00:00.000Z',
    ...parts,
  };
}

function feedback(parts: Partial<NewFeedback> = {}): NewFeedback {
  return { ...SLACK, channelName: null, userId: 'U1', userName: 'ana', image: 'python', text: 'pip is missing', route: 'packaging', createdAt: '2026-11-23T12:00:00.000Z', ...parts };
}

function entry(key: string, parts: Partial<NewOutboxEntry> = {}): NewOutboxEntry {
  return { ...SLACK, key, payload: { title: `ping ${key}`, list: [1, 2] }, ...parts };
}

/** One behaviour, every implementation: run by each implementation's test file. */
export function storeContract(name: string, factory: StoreFactory): void {
  describe(`${name} stores`, () => {
    let stores: Stores;
    beforeEach(() => {
      stores = factory.open();
    });
    afterEach(() => stores.close());

    it('keeps feedback and lists it newest first per image', () => {
      const first = stores.feedback.add(feedback());
      const second = stores.feedback.add(feedback({ text: 'second', route: 'distro' }));
      stores.feedback.add(feedback({ image: 'node' }));

      expect(second.id).toBeGreaterThan(first.id);
      expect(stores.feedback.list('python', 10)).toEqual([second, first]);
      expect(stores.feedback.list('python', 1)).toEqual([second]);
    });

    it('replaces a channel subscription to the same image and removes it', () => {
      stores.subscriptions.put(subscription());
      stores.subscriptions.put(subscription({ kinds: { issues: false, pulls: true, comments: false }, includeLabels: [] }));
      stores.subscriptions.put(subscription({ image: 'hylang', repo: 'hylang/docker-hylang' }));

      expect(stores.subscriptions.forChannel(SLACK).map((s) => [s.image, s.kinds.pulls])).toEqual([['hylang', false], ['python', true]]);
      expect(stores.subscriptions.remove(SLACK, 'python')).toBe(true);
      expect(stores.subscriptions.remove(SLACK, 'python')).toBe(false);
      expect(stores.subscriptions.forChannel(SLACK).map((s) => s.image)).toEqual(['hylang']);
    });

    it('finds subscriptions by image and by repository and lists each repository once', () => {
      const watched = subscription();
      stores.subscriptions.put(watched);
      stores.subscriptions.put(subscription({ ...DISCORD }));
      stores.subscriptions.put(subscription({ image: 'ubuntu', repo: null }));

      expect(stores.subscriptions.forRepo('docker-library/python')).toEqual([watched, subscription({ ...DISCORD })]);
      expect(stores.subscriptions.forImage('ubuntu').map((s) => s.repo)).toEqual([null]);
      expect(stores.subscriptions.repos()).toEqual(['docker-library/python']);
      expect(stores.subscriptions.forChannel({ platform: 'discord', channelId: 'C1' })).toEqual([]);
    });

    it('links one handle per user and finds users by handle whatever the case', () => {
      stores.userLinks.put({ platform: 'slack', userId: 'U1', handle: 'old', linkedAt: 't1' });
      stores.userLinks.put({ platform: 'slack', userId: 'U1', handle: 'Tianon', linkedAt: 't2' });
      stores.userLinks.put({ platform: 'discord', userId: '9', handle: 'tianon', linkedAt: 't3' });

      expect(stores.userLinks.get('slack', 'U1')).toEqual({ platform: 'slack', userId: 'U1', handle: 'Tianon', linkedAt: 't2' });
      expect(stores.userLinks.get('slack', 'U2')).toBeNull();
      expect(stores.userLinks.byHandles('slack', ['TIANON', 'yosifkit']).map((l) => l.userId)).toEqual(['U1']);
      expect(stores.userLinks.byHandles('slack', ['old'])).toEqual([]);
    });

    it('stores poll cursors by stream', () => {
      stores.cursors.put({ stream: 'a/b issues', since: '2026-01-01T00:00:00Z', etag: null });
      stores.cursors.put({ stream: 'a/b issues', since: '2026-01-02T00:00:00Z', etag: 'W/"x"' });

      expect(stores.cursors.get('a/b issues')).toEqual({ stream: 'a/b issues', since: '2026-01-02T00:00:00Z', etag: 'W/"x"' });
      expect(stores.cursors.get('a/b comments')).toBeNull();
    });

    it('enqueues each key once and hands out due entries oldest first', () => {
      expect(stores.outbox.enqueue([entry('k1'), entry('k2'), entry('k1')], 1000)).toBe(2);
      expect(stores.outbox.enqueue([entry('k2'), entry('k3', DISCORD)], 1001)).toBe(1);

      const claimed = stores.outbox.claimDue(1001, 2);

      expect(claimed.map((e) => [e.key, e.state, e.attempts, e.firstAttemptAt])).toEqual([['k1', 'in_flight', 1, 1001], ['k2', 'in_flight', 1, 1001]]);
      expect(claimed[0]?.payload).toEqual({ title: 'ping k1', list: [1, 2] });
      expect(stores.outbox.claimDue(1001, 10).map((e) => [e.key, e.platform, e.channelId])).toEqual([['k3', 'discord', '42']]);
      expect(stores.outbox.claimDue(1001, 10)).toEqual([]);
    });

    it('retries an entry only when it is due again, then marks it done or dead', () => {
      stores.outbox.enqueue([entry('k1'), entry('k2')], 1000);
      const [first, second] = stores.outbox.claimDue(1000, 10);

      stores.outbox.markRetry(first?.id ?? 0, 5000, 'timeout');
      stores.outbox.markDead(second?.id ?? 0, 'channel_not_found');

      expect(stores.outbox.claimDue(4999, 10)).toEqual([]);
      const again = stores.outbox.claimDue(5000, 10);
      expect(again.map((e) => [e.key, e.attempts, e.lastError, e.firstAttemptAt])).toEqual([['k1', 2, 'timeout', 1000]]);
      stores.outbox.markDone(again[0]?.id ?? 0);
      expect(stores.outbox.counts()).toEqual({ pending: 0, in_flight: 0, done: 1, dead: 1 });
      expect(stores.outbox.get('k2')?.lastError).toBe('channel_not_found');
      expect(stores.outbox.get('nope')).toBeNull();
    });

    it('releases entries left in flight, keeping their attempts', () => {
      stores.outbox.enqueue([entry('k1')], 1000);
      stores.outbox.claimDue(1000, 10);

      expect(stores.outbox.releaseInFlight(2000)).toBe(1);
      expect(stores.outbox.get('k1')).toMatchObject({ state: 'pending', attempts: 1, nextAttemptAt: 2000 });
    });

    it('prunes old finished entries only', () => {
      stores.outbox.enqueue([entry('old'), entry('pending')], 1000);
      stores.outbox.enqueue([entry('new')], 9000);
      for (const claimed of stores.outbox.claimDue(9000, 10)) if (claimed.key !== 'pending') stores.outbox.markDone(claimed.id);
      stores.outbox.releaseInFlight(9000);

      expect(stores.outbox.prune(5000)).toBe(1);
      expect(stores.outbox.get('old')).toBeNull();
      expect(stores.outbox.counts()).toEqual({ pending: 1, in_flight: 0, done: 1, dead: 0 });
    });

    it('commits every write of a transaction together, or none when it throws', () => {
      stores.transaction(() => {
        stores.outbox.enqueue([entry('k1')], 1000);
        stores.cursors.put({ stream: 's', since: 't1', etag: null });
      });

      expect(() =>
        stores.transaction(() => {
          stores.outbox.enqueue([entry('k2')], 1000);
          stores.cursors.put({ stream: 's', since: 't2', etag: null });
          throw new Error('crash before commit');
        }),
      ).toThrow('crash before commit');

      expect(stores.cursors.get('s')?.since).toBe('t1');
      expect(stores.outbox.get('k2')).toBeNull();
      expect(stores.outbox.get('k1')?.state).toBe('pending');
    });

    // Only a store that persists has a restart to survive: the memory store does not declare this case at all.
    const persistent = factory.reopen === null ? () => undefined : it;
    persistent('keeps everything across a restart', () => {
      stores.subscriptions.put(subscription());
      stores.feedback.add(feedback());
      stores.userLinks.put({ platform: 'slack', userId: 'U1', handle: 'tianon', linkedAt: 't' });
      stores.cursors.put({ stream: 's', since: 't1', etag: '"e"' });
      stores.outbox.enqueue([entry('k1')], 1000);
      stores.outbox.claimDue(1000, 1);

      stores = factory.reopen?.(stores) ?? stores;

      expect(stores.subscriptions.repos()).toEqual(['docker-library/python']);
      expect(stores.feedback.list('python', 5)).toHaveLength(1);
      expect(stores.userLinks.get('slack', 'U1')?.handle).toBe('tianon');
      expect(stores.cursors.get('s')?.etag).toBe('"e"');
      expect(stores.outbox.get('k1')).toMatchObject({ state: 'in_flight', attempts: 1 });
    });
  });
}
