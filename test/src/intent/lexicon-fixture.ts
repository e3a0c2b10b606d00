import { readdirSync, readFileSync } from 'node:fs';
import { buildLexicon, type CompiledLexicon } from '../../../src/intent/lexicon.js';

const DATA = '/work/shared/data/official-images';

/** The real catalog's names and categories (official-images 37079fb), as the bot builds its lexicon. */
export function realLexicon(): CompiledLexicon {
  const names = readdirSync(`${DATA}/library`).sort();
  const metadata: unknown = JSON.parse(readFileSync(`${DATA}/docs-metadata.json`, 'utf8'));
  const categories = new Set<string>();
  for (const record of Object.values(metadata as Record<string, { categories?: unknown }>)) {
    if (!Array.isArray(record.categories)) continue;
    for (const category of record.categories) if (typeof category === 'string') categories.add(category);
  }
  return buildLexicon(names, [...categories].sort());
}
