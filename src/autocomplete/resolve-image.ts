import type { Catalog } from '../catalog/types.js';
import { nearestName, type CompiledLexicon } from '../intent/lexicon.js';
import { imageNamePart } from './choice.js';

/**
 * The official image a typed option names: the name itself, a synonym (`postgresql`, `node.js`) or a typo within the
 * lexicon's distance; null for anything else (a community image, an empty option).
 */
export function resolveImageName(catalog: Catalog, lexicon: CompiledLexicon, text: string): string | null {
  const name = imageNamePart(text);
  if (name === '' || name.includes('/')) return null;
  const entry = lexicon.words.get(name);
  if (entry !== undefined) return catalog.getImage(entry.official) === undefined ? null : entry.official;
  const spaced = lexicon.words.get(name.replace(/[-_.]/g, ' '));
  if (spaced !== undefined) return spaced.official;
  return nearestName(lexicon, name);
}
