/**
 * Storage behind small interfaces: feedback, subscriptions, user links, poll cursors and the outbox. Every
 * implementation passes test/src/storage/contract.ts. The methods are synchronous: both implementations live in
 * the process (better-sqlite3 is synchronous by design), which lets `transaction` span several stores.
 */

export type Platform = 'slack' | 'discord' | 'cli';

/** A chat channel on one platform. */
export interface ChannelRef {
  platform: Platform;
  channelId: string;
}

/** Where a piece of feedback belongs. */
export type FeedbackRoute = 'packaging' | 'upstream' | 'distro' | 'program';

export interface NewFeedback extends ChannelRef {
  channelName: string | null;
  userId: string;
  userName: string;
  image: string;
  text: string;
  route: FeedbackRoute;
  /** ISO 8601. */
  createdAt: string;
}

export interface FeedbackRecord extends NewFeedback {
  id: number;
}

export interface FeedbackStore {
  add(feedback: NewFeedback): FeedbackRecord;
  /** Newest first. */
  list(image: string, limit: number): FeedbackRecord[];
}

/** What a subscription posts from its repository. */
export interface WatchKinds {
  issues: boolean;
  pulls: boolean;
  comments: boolean;
}

export interface Subscription extends ChannelRef {
  channelName: string | null;
  image: string;
  /** The tracker's GitHub repository, `owner/name`; null when the tracker is not on GitHub (feedback only). */
  repo: string | null;
  kinds: WatchKinds;
  /** Issues and pull requests must carry one of these (lower case); empty: any. */
  includeLabels: string[];
  /** Issues and pull requests carrying one of these (lower case) are skipped. */
  excludeLabels: string[];
  createdBy: string;
  createdAt: string;
}

export interface SubscriptionStore {
  /** Adds or replaces the channel's subscription to the image. */
  put(subscription: Subscription): void;
  /** False when the channel did not watch the image. */
  remove(channel: ChannelRef, image: string): boolean;
  forChannel(channel: ChannelRef): Subscription[];
  forImage(image: string): Subscription[];
  forRepo(repo: string): Subscription[];
  /** Every watched repository once, sorted. */
  repos(): string[];
}

export interface UserLink {
  platform: Platform;
  userId: string;
  /** GitHub handle as given; matched case-insensitively. */
  handle: string;
  linkedAt: string;
}

export interface UserLinkStore {
  /** Ties a chat user to a handle, replacing any earlier handle of that user. */
  put(link: UserLink): void;
  get(platform: Platform, userId: string): UserLink | null;
  /** The platform's users linked to any of `handles` (case-insensitive). */
  byHandles(platform: Platform, handles: string[]): UserLink[];
}

/** Where the last poll of one stream (`owner/repo issues`, `owner/repo comments`) stopped. */
export interface PollCursor {
  stream: string;
  /** ISO 8601: the next poll asks for items updated since then. */
  since: string;
  /** The ETag of the first page for `since`; null after `since` moved. */
  etag: string | null;
}

export interface CursorStore {
  get(stream: string): PollCursor | null;
  put(cursor: PollCursor): void;
}

export type OutboxState = 'pending' | 'in_flight' | 'done' | 'dead';

/** One message for one channel; `key` is unique and doubles as the platform-side idempotency key. */
export interface NewOutboxEntry extends ChannelRef {
  key: string;
  /** The message, JSON-serialisable (a Ping). */
  payload: unknown;
}

export interface OutboxEntry extends NewOutboxEntry {
  id: number;
  state: OutboxState;
  /** Claims so far; above 0 a previous attempt may have reached the platform. */
  attempts: number;
  /** Epoch ms. */
  createdAt: number;
  nextAttemptAt: number;
  /** Epoch ms of the first claim; null before. */
  firstAttemptAt: number | null;
  lastError: string | null;
}

export interface OutboxStore {
  /** Adds entries whose key is new (a known key is ignored); returns how many were added. */
  enqueue(entries: NewOutboxEntry[], now: number): number;
  /** Marks up to `limit` pending entries due at `now` as in flight, oldest first, and returns them. */
  claimDue(now: number, limit: number): OutboxEntry[];
  markDone(id: number): void;
  /** Back to pending, due again at `nextAttemptAt`. */
  markRetry(id: number, nextAttemptAt: number, error: string): void;
  /** Given up: kept for inspection, never claimed again. */
  markDead(id: number, error: string): void;
  /** After a crash: entries left in flight become pending (attempts kept); returns how many. */
  releaseInFlight(now: number): number;
  get(key: string): OutboxEntry | null;
  counts(): Record<OutboxState, number>;
  /** Deletes done and dead entries created before `before` (epoch ms); returns how many. */
  prune(before: number): number;
}

export interface Stores {
  feedback: FeedbackStore;
  subscriptions: SubscriptionStore;
  userLinks: UserLinkStore;
  cursors: CursorStore;
  outbox: OutboxStore;
  /** Runs `work` atomically: all its writes or none (a throw rolls back). */
  transaction<T>(work: () => T): T;
  close(): void;
}
