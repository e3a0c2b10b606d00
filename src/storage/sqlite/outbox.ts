import type { Database } from 'better-sqlite3';
import type { OutboxEntry, OutboxState, OutboxStore, Platform } from '../types.js';

interface OutboxRow {
  id: number;
  key: string;
  platform: Platform;
  channel_id: string;
  payload: string;
  state: OutboxState;
  attempts: number;
  created_at: number;
  next_attempt_at: number;
  first_attempt_at: number | null;
  last_error: string | null;
}

function fromRow(row: OutboxRow): OutboxEntry {
  return {
    id: row.id,
    key: row.key,
    platform: row.platform,
    channelId: row.channel_id,
    payload: JSON.parse(row.payload) as unknown,
    state: row.state,
    attempts: row.attempts,
    createdAt: row.created_at,
    nextAttemptAt: row.next_attempt_at,
    firstAttemptAt: row.first_attempt_at,
    lastError: row.last_error,
  };
}

/** The outbox table: unique keys make enqueueing idempotent; claims are committed before anything is posted. */
export function sqliteOutbox(db: Database): OutboxStore {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO outbox (key, platform, channel_id, payload, state, attempts, created_at, next_attempt_at)
     VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)`,
  );
  const claim = db.prepare<[number, number, number], OutboxRow>(
    `UPDATE outbox SET state = 'in_flight', attempts = attempts + 1, first_attempt_at = coalesce(first_attempt_at, ?)
     WHERE id IN (SELECT id FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?)
     RETURNING *`,
  );
  const setState = db.prepare<[OutboxState, string | null, number]>('UPDATE outbox SET state = ?, last_error = coalesce(?, last_error) WHERE id = ?');
  const retry = db.prepare<[number, string, number]>(`UPDATE outbox SET state = 'pending', next_attempt_at = ?, last_error = ? WHERE id = ?`);
  const release = db.prepare<[number]>(`UPDATE outbox SET state = 'pending', next_attempt_at = ? WHERE state = 'in_flight'`);
  const get = db.prepare<[string], OutboxRow>('SELECT * FROM outbox WHERE key = ?');
  const counts = db.prepare<[], { state: OutboxState; n: number }>('SELECT state, count(*) AS n FROM outbox GROUP BY state');
  const prune = db.prepare<[number]>(`DELETE FROM outbox WHERE state IN ('done', 'dead') AND created_at < ?`);
  const enqueueAll = db.transaction((entries: Parameters<OutboxStore['enqueue']>[0], now: number) => {
    let added = 0;
    for (const e of entries) added += insert.run(e.key, e.platform, e.channelId, JSON.stringify(e.payload), now, now).changes;
    return added;
  });
  return {
    enqueue: (entries, now) => enqueueAll(entries, now),
    claimDue: (now, limit) => claim.all(now, now, limit).map(fromRow).sort((a, b) => a.id - b.id),
    markDone: (id) => void setState.run('done', null, id),
    markRetry: (id, nextAttemptAt, error) => void retry.run(nextAttemptAt, error, id),
    markDead: (id, error) => void setState.run('dead', error, id),
    releaseInFlight: (now) => release.run(now).changes,
    get(key) {
      const row = get.get(key);
      return row === undefined ? null : fromRow(row);
    },
    counts() {
      const result: Record<OutboxState, number> = { pending: 0, in_flight: 0, done: 0, dead: 0 };
      for (const row of counts.all()) result[row.state] = row.n;
      return result;
    },
    prune: (before) => prune.run(before).changes,
  };
}
