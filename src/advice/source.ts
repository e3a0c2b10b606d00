import type { Catalog } from '../catalog/types.js';
import type { DataSource } from '../reply.js';

/** The snapshot as a reply's source: `official-images 37079fb`, dated by its commit. */
export function snapshotSource(catalog: Catalog): DataSource {
  const { commit, date } = catalog.source.officialImages;
  return { label: `official-images ${commit.slice(0, 7)}`, date: date.slice(0, 10), live: false };
}
