import { createMemoryStores } from './memory/create-memory-stores.js';
import { createSqliteStores } from './sqlite/create-sqlite-stores.js';
import type { Stores } from './types.js';

/** The stores for a configured path: SQLite in that file, or memory for `:memory:` (tests, throwaway runs). */
export function createStores(config: { dbPath: string }): Stores {
  return config.dbPath === ':memory:' ? createMemoryStores() : createSqliteStores(config.dbPath);
}
