import { editDistance, typoLimit } from './edit-distance.js';
import type { Lexicon } from './types.js';
import { SYNONYMS, WEAK_NAMES, WEAK_SYNONYMS } from './vocabulary.js';

/** What a word names, and how firmly. */
export interface NameEntry {
  official: string;
  match: 'exact' | 'synonym';
  /** Weak words name an image only when nothing firmer does (`docker`, `go`, `alpine`). */
  weak: boolean;
}

/** A lexicon with the indexes the parser needs, built once per catalog. */
export interface CompiledLexicon extends Lexicon {
  /** Single words and phrases (up to three words) → image. */
  words: ReadonlyMap<string, NameEntry>;
  nameSet: ReadonlySet<string>;
  /** Names by length, so a typo search only looks at names of about the word's length. */
  namesByLength: ReadonlyMap<number, readonly string[]>;
  categorySet: ReadonlySet<string>;
}

const compiled = new WeakMap<Lexicon, CompiledLexicon>();

/** Builds the parser's lexicon from official image names and Hub category slugs. */
export function buildLexicon(names: readonly string[], categories: readonly string[]): CompiledLexicon {
  const nameSet = new Set(names);
  return {
    names,
    categories,
    words: indexWords(nameSet),
    nameSet,
    namesByLength: indexByLength(names),
    categorySet: new Set(categories),
  };
}

/** The compiled form of any lexicon, built on first use and kept while the lexicon lives. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  if (isCompiled(lexicon)) return lexicon;
  const cached = compiled.get(lexicon);
  if (cached !== undefined) return cached;
  const built = buildLexicon(lexicon.names, lexicon.categories);
  compiled.set(lexicon, built);
  return built;
}

/** The official name closest to `word` within typo distance, or null. */
export function nearestName(lexicon: CompiledLexicon, word: string): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let length = word.length - 2; length <= word.length + 2; length += 1) {
    for (const name of lexicon.namesByLength.get(length) ?? []) {
      // Typos keep the first letter or swap the first two; checking that first skips most names cheaply.
      if (name[0] !== word[0] && !(name[0] === word[1] && name[1] === word[0])) continue;
      const limit = typoLimit(name);
      const found = editDistance(word, name, limit);
      if (found <= limit && found < bestDistance) {
        best = name;
        bestDistance = found;
      }
    }
  }
  return best;
}

function isCompiled(lexicon: Lexicon): lexicon is CompiledLexicon {
  return 'words' in lexicon && 'namesByLength' in lexicon;
}

function indexWords(nameSet: ReadonlySet<string>): Map<string, NameEntry> {
  const words = new Map<string, NameEntry>();
  for (const [word, official] of Object.entries(WEAK_SYNONYMS)) {
    if (nameSet.has(official)) words.set(word, { official, match: 'synonym', weak: true });
  }
  for (const [word, official] of Object.entries(SYNONYMS)) {
    if (nameSet.has(official)) words.set(word, { official, match: 'synonym', weak: false });
  }
  for (const name of nameSet) {
    words.set(name, { official: name, match: 'exact', weak: WEAK_NAMES.has(name) });
    const spaced = name.replace(/[-.]/g, ' ');
    if (spaced !== name && !words.has(spaced)) words.set(spaced, { official: name, match: 'synonym', weak: false });
  }
  return words;
}

function indexByLength(names: readonly string[]): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  for (const name of names) {
    const bucket = byLength.get(name.length) ?? [];
    bucket.push(name);
    byLength.set(name.length, bucket);
  }
  return byLength;
}
