import type { Database } from 'better-sqlite3';
import { ConfigError } from '../../errors.js';

/**
 * Schema changes in order; `PRAGMA user_version` records how many have run. Append only: never edit a released step.
 * @see https://www.sqlite.org/pragma.html#pragma_user_version
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE feedback (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     platform TEXT NOT NULL, channel_id TEXT NOT NULL, channel_name TEXT,
     user_id TEXT NOT NULL, user_name TEXT NOT NULL,
     image TEXT NOT NULL, text TEXT NOT NULL, route TEXT NOT NULL, created_at TEXT NOT NULL);
   CREATE INDEX feedback_image ON feedback (image, id);
   CREATE TABLE subscriptions (
     platform TEXT NOT NULL, channel_id TEXT NOT NULL, image TEXT NOT NULL, channel_name TEXT, repo TEXT,
     issues INTEGER NOT NULL, pulls INTEGER NOT NULL, comments INTEGER NOT NULL,
     include_labels TEXT NOT NULL, exclude_labels TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL,
     PRIMARY KEY (platform, channel_id, image));
   CREATE INDEX subscriptions_repo ON subscriptions (repo);
   CREATE INDEX subscriptions_image ON subscriptions (image);
   CREATE TABLE user_links (
     platform TEXT NOT NULL, user_id TEXT NOT NULL, handle TEXT NOT NULL, handle_lower TEXT NOT NULL, linked_at TEXT NOT NULL,
     PRIMARY KEY (platform, user_id));
   CREATE INDEX user_links_handle ON user_links (platform, handle_lower);
   CREATE TABLE cursors (stream TEXT PRIMARY KEY, since TEXT NOT NULL, etag TEXT);
   CREATE TABLE outbox (
     id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE,
     platform TEXT NOT NULL, channel_id TEXT NOT NULL, payload TEXT NOT NULL,
     state TEXT NOT NULL, attempts INTEGER NOT NULL, created_at INTEGER NOT NULL,
     next_attempt_at INTEGER NOT NULL, first_attempt_at INTEGER, last_error TEXT);
   CREATE INDEX outbox_due ON outbox (state, next_attempt_at, id);`,
];

/** Runs the migrations the file has not seen yet, each in its own transaction; returns the resulting version. */
export function migrate(db: Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new ConfigError(`the database is at schema version ${current}, newer than this baseimage (${MIGRATIONS.length}): upgrade baseimage or use another BASEIMAGE_DB`);
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return MIGRATIONS.length;
}
