import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { FeedbackRoute, Platform, Stores, Subscription, UserLink } from '../types.js';
import { migrate } from './migrations.js';
import { sqliteOutbox } from './outbox.js';

/**
 * Stores in one SQLite file (created with its folder, migrated, WAL mode): what the bot keeps across restarts.
 * @see https://github.com/WiseLibs/better-sqlite3/blob/master/docs/api.md
 */
export function createSqliteStores(path: string): Stores {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  // WAL + NORMAL survives a killed process; only an OS crash or power loss can lose the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return {
    feedback: sqliteFeedback(db),
    subscriptions: sqliteSubscriptions(db),
    userLinks: sqliteUserLinks(db),
    cursors: sqliteCursors(db),
    outbox: sqliteOutbox(db),
    transaction: <T>(work: () => T): T => db.transaction(work)(),
    close: () => void db.close(),
  };
}

interface FeedbackRow {
  id: number;
  platform: Platform;
  channel_id: string;
  channel_name: string | null;
  user_id: string;
  user_name: string;
  image: string;
  text: string;
  route: FeedbackRoute;
  created_at: string;
}

function sqliteFeedback(db: Database): Stores['feedback'] {
  const insert = db.prepare(
    `INSERT INTO feedback (platform, channel_id, channel_name, user_id, user_name, image, text, route, created_at)
     VALUES (@platform, @channelId, @channelName, @userId, @userName, @image, @text, @route, @createdAt)`,
  );
  const list = db.prepare<[string, number], FeedbackRow>('SELECT * FROM feedback WHERE image = ? ORDER BY id DESC LIMIT ?');
  return {
    add(feedback) {
      const { lastInsertRowid } = insert.run(feedback);
      return { ...feedback, id: Number(lastInsertRowid) };
    },
    list: (image, limit) =>
      list.all(image, limit).map((row) => ({
        id: row.id,
        platform: row.platform,
        channelId: row.channel_id,
        channelName: row.channel_name,
        userId: row.user_id,
        userName: row.user_name,
        image: row.image,
        text: row.text,
        route: row.route,
        createdAt: row.created_at,
      })),
  };
}

interface SubscriptionRow {
  platform: Platform;
  channel_id: string;
  image: string;
  channel_name: string | null;
  repo: string | null;
  issues: number;
  pulls: number;
  comments: number;
  include_labels: string;
  exclude_labels: string;
  created_by: string;
  created_at: string;
}

function fromSubscriptionRow(row: SubscriptionRow): Subscription {
  return {
    platform: row.platform,
    channelId: row.channel_id,
    channelName: row.channel_name,
    image: row.image,
    repo: row.repo,
    kinds: { issues: row.issues === 1, pulls: row.pulls === 1, comments: row.comments === 1 },
    includeLabels: JSON.parse(row.include_labels) as string[],
    excludeLabels: JSON.parse(row.exclude_labels) as string[],
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

function sqliteSubscriptions(db: Database): Stores['subscriptions'] {
  const put = db.prepare(
    `INSERT OR REPLACE INTO subscriptions
     (platform, channel_id, image, channel_name, repo, issues, pulls, comments, include_labels, exclude_labels, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const remove = db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ? AND image = ?');
  const forChannel = db.prepare<[string, string], SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ? ORDER BY image');
  const forImage = db.prepare<[string], SubscriptionRow>('SELECT * FROM subscriptions WHERE image = ? ORDER BY rowid');
  const forRepo = db.prepare<[string], SubscriptionRow>('SELECT * FROM subscriptions WHERE repo = ? ORDER BY rowid');
  const repos = db.prepare<[], { repo: string }>('SELECT DISTINCT repo FROM subscriptions WHERE repo IS NOT NULL ORDER BY repo');
  return {
    put(s) {
      const flags = [s.kinds.issues, s.kinds.pulls, s.kinds.comments].map(Number);
      put.run(s.platform, s.channelId, s.image, s.channelName, s.repo, ...flags, JSON.stringify(s.includeLabels), JSON.stringify(s.excludeLabels), s.createdBy, s.createdAt);
    },
    remove: (channel, image) => remove.run(channel.platform, channel.channelId, image).changes > 0,
    forChannel: (channel) => forChannel.all(channel.platform, channel.channelId).map(fromSubscriptionRow),
    forImage: (image) => forImage.all(image).map(fromSubscriptionRow),
    forRepo: (repo) => forRepo.all(repo).map(fromSubscriptionRow),
    repos: () => repos.all().map((row) => row.repo),
  };
}

interface LinkRow {
  platform: Platform;
  user_id: string;
  handle: string;
  linked_at: string;
}

function fromLinkRow(row: LinkRow): UserLink {
  return { platform: row.platform, userId: row.user_id, handle: row.handle, linkedAt: row.linked_at };
}

function sqliteUserLinks(db: Database): Stores['userLinks'] {
  const put = db.prepare('INSERT OR REPLACE INTO user_links (platform, user_id, handle, handle_lower, linked_at) VALUES (?, ?, ?, ?, ?)');
  const get = db.prepare<[string, string], LinkRow>('SELECT * FROM user_links WHERE platform = ? AND user_id = ?');
  const byHandles = db.prepare<[string, string], LinkRow>(
    'SELECT * FROM user_links WHERE platform = ? AND handle_lower IN (SELECT value FROM json_each(?)) ORDER BY user_id',
  );
  return {
    put: (link) => void put.run(link.platform, link.userId, link.handle, link.handle.toLowerCase(), link.linkedAt),
    get(platform, userId) {
      const row = get.get(platform, userId);
      return row === undefined ? null : fromLinkRow(row);
    },
    byHandles: (platform, handles) => byHandles.all(platform, JSON.stringify(handles.map((h) => h.toLowerCase()))).map(fromLinkRow),
  };
}

function sqliteCursors(db: Database): Stores['cursors'] {
  const get = db.prepare<[string], { stream: string; since: string; etag: string | null }>('SELECT stream, since, etag FROM cursors WHERE stream = ?');
  const put = db.prepare('INSERT OR REPLACE INTO cursors (stream, since, etag) VALUES (@stream, @since, @etag)');
  return {
    get: (stream) => get.get(stream) ?? null,
    put: (cursor) => void put.run(cursor),
  };
}
