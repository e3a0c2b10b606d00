import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog } from './build-catalog.js';
import { loadSnapshot } from './snapshot.js';
import type { Catalog } from './types.js';

/** The nearest folder holding a package.json, walking up from `start` (works from `src/` and `dist/src/`). */
export function findPackageRoot(start: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(start);
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

/** The bundled path of the snapshot file. */
export function bundledSnapshotPath(): string {
  return join(findPackageRoot(), 'data', 'snapshot.json');
}

/** Reads and builds the catalog from `data/snapshot.json` (about 50 ms; callers keep the result). */
export function loadBundledCatalog(path: string = bundledSnapshotPath()): Catalog {
  return buildCatalog(loadSnapshot(JSON.parse(readFileSync(path, 'utf8'))));
}
