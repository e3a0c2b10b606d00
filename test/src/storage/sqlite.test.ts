import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStores } from '../../../src/storage/sqlite/create-sqlite-stores.js';
import { MIGRATIONS } from '../../../src/storage/sqlite/migrations.js';
import { ConfigError } from '../../../src/errors.js';
import { storeContract } from './contract.js';

const folder = mkdtempSync(join(tmpdir(), 'baseimage-stores-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;
const paths = new WeakMap<object, string>();

function open() {
  const path = join(folder, `nested/${++files}.db`);
  const stores = createSqliteStores(path);
  paths.set(stores, path);
  return stores;
}

storeContract('sqlite', {
  open,
  reopen(stores) {
    const path = paths.get(stores) ?? '';
    stores.close();
    return createSqliteStores(path);
  },
});

describe('sqlite file', () => {
  it('is created in WAL mode and migrated to the latest version', () => {
    const path = join(folder, 'wal.db');
    createSqliteStores(path).close();

    const db = new BetterSqlite3(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a file written by a newer version, saying what to do', () => {
    const path = join(folder, 'newer.db');
    const db = new BetterSqlite3(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();

    expect(() => createSqliteStores(path)).toThrow(ConfigError);
    expect(() => createSqliteStores(path)).toThrow(/upgrade baseimage or use another BASEIMAGE_DB/);
  });
});
