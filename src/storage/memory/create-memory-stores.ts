import type {
  ChannelRef,
  CursorStore,
  FeedbackRecord,
  FeedbackStore,
  OutboxEntry,
  OutboxState,
  OutboxStore,
  PollCursor,
  Platform,
  Stores,
  Subscription,
  SubscriptionStore,
  UserLink,
  UserLinkStore,
} from '../types.js';

/** Everything the memory stores hold, in one value so a transaction can restore it on a throw. */
interface State {
  feedback: FeedbackRecord[];
  subscriptions: Subscription[];
  links: UserLink[];
  cursors: Map<string, PollCursor>;
  outbox: OutboxEntry[];
  nextFeedbackId: number;
  nextOutboxId: number;
}

function emptyState(): State {
  return { feedback: [], subscriptions: [], links: [], cursors: new Map(), outbox: [], nextFeedbackId: 1, nextOutboxId: 1 };
}

/** Stores in memory: for tests and the terminal chat; everything is lost when the process ends. */
export function createMemoryStores(): Stores {
  const holder = { state: emptyState() };
  const state = () => holder.state;
  return {
    feedback: memoryFeedback(state),
    subscriptions: memorySubscriptions(state),
    userLinks: memoryUserLinks(state),
    cursors: memoryCursors(state),
    outbox: memoryOutbox(state),
    transaction<T>(work: () => T): T {
      const saved = structuredClone(holder.state);
      try {
        return work();
      } catch (error) {
        holder.state = saved;
        throw error;
      }
    },
    close: () => undefined,
  };
}

function sameChannel(a: ChannelRef, b: ChannelRef): boolean {
  return a.platform === b.platform && a.channelId === b.channelId;
}

function copy<T>(value: T): T {
  return structuredClone(value);
}

function memoryFeedback(state: () => State): FeedbackStore {
  return {
    add(feedback) {
      const record = { ...copy(feedback), id: state().nextFeedbackId++ };
      state().feedback.push(record);
      return copy(record);
    },
    list: (image, limit) =>
      state()
        .feedback.filter((record) => record.image === image)
        .reverse()
        .slice(0, limit)
        .map(copy),
  };
}

function memorySubscriptions(state: () => State): SubscriptionStore {
  const matching = (test: (subscription: Subscription) => boolean) => state().subscriptions.filter(test).map(copy);
  return {
    put(subscription) {
      const others = state().subscriptions.filter((s) => !(sameChannel(s, subscription) && s.image === subscription.image));
      state().subscriptions = [...others, copy(subscription)];
    },
    remove(channel, image) {
      const before = state().subscriptions.length;
      state().subscriptions = state().subscriptions.filter((s) => !(sameChannel(s, channel) && s.image === image));
      return state().subscriptions.length < before;
    },
    forChannel: (channel) => sortByImage(matching((s) => sameChannel(s, channel))),
    forImage: (image) => matching((s) => s.image === image),
    forRepo: (repo) => matching((s) => s.repo === repo),
    repos: () => [...new Set(state().subscriptions.flatMap((s) => (s.repo === null ? [] : [s.repo])))].sort(),
  };
}

function sortByImage(subscriptions: Subscription[]): Subscription[] {
  return subscriptions.sort((a, b) => a.image.localeCompare(b.image));
}

function memoryUserLinks(state: () => State): UserLinkStore {
  const same = (link: UserLink, platform: Platform, userId: string) => link.platform === platform && link.userId === userId;
  return {
    put(link) {
      const kept = { platform: link.platform, userId: link.userId, handle: link.handle, linkedAt: link.linkedAt };
      state().links = [...state().links.filter((l) => !same(l, link.platform, link.userId)), kept];
    },
    get: (platform, userId) => copy(state().links.find((l) => same(l, platform, userId)) ?? null),
    byHandles(platform, handles) {
      const wanted = new Set(handles.map((handle) => handle.toLowerCase()));
      return state().links.filter((l) => l.platform === platform && wanted.has(l.handle.toLowerCase())).map(copy);
    },
  };
}

function memoryCursors(state: () => State): CursorStore {
  return {
    get: (stream) => copy(state().cursors.get(stream) ?? null),
    put: (cursor) => void state().cursors.set(cursor.stream, copy(cursor)),
  };
}

function memoryOutbox(state: () => State): OutboxStore {
  const byId = (id: number) => state().outbox.find((entry) => entry.id === id);
  const update = (id: number, change: Partial<OutboxEntry>) => {
    const entry = byId(id);
    if (entry) Object.assign(entry, change);
  };
  return {
    enqueue(entries, now) {
      let added = 0;
      for (const entry of entries) {
        if (state().outbox.some((known) => known.key === entry.key)) continue;
        state().outbox.push({ ...copy(entry), id: state().nextOutboxId++, state: 'pending', attempts: 0, createdAt: now, nextAttemptAt: now, firstAttemptAt: null, lastError: null });
        added++;
      }
      return added;
    },
    claimDue(now, limit) {
      const due = state().outbox.filter((entry) => entry.state === 'pending' && entry.nextAttemptAt <= now).slice(0, limit);
      for (const entry of due) Object.assign(entry, { state: 'in_flight', attempts: entry.attempts + 1, firstAttemptAt: entry.firstAttemptAt ?? now });
      return due.map(copy);
    },
    markDone: (id) => update(id, { state: 'done' }),
    markRetry: (id, nextAttemptAt, error) => update(id, { state: 'pending', nextAttemptAt, lastError: error }),
    markDead: (id, error) => update(id, { state: 'dead', lastError: error }),
    releaseInFlight(now) {
      const stuck = state().outbox.filter((entry) => entry.state === 'in_flight');
      for (const entry of stuck) Object.assign(entry, { state: 'pending', nextAttemptAt: now });
      return stuck.length;
    },
    get: (key) => copy(state().outbox.find((entry) => entry.key === key) ?? null),
    counts() {
      const counts: Record<OutboxState, number> = { pending: 0, in_flight: 0, done: 0, dead: 0 };
      for (const entry of state().outbox) counts[entry.state]++;
      return counts;
    },
    prune(before) {
      const kept = state().outbox.filter((entry) => !((entry.state === 'done' || entry.state === 'dead') && entry.createdAt < before));
      const removed = state().outbox.length - kept.length;
      state().outbox = kept;
      return removed;
    },
  };
}
