import type { Catalog } from '../catalog/types.js';
import { nearestName, type CompiledLexicon } from '../intent/lexicon.js';
import { ChoiceList, imageNamePart, type Choice } from './choice.js';

/** Shown before anything is typed: the images most questions are about, then the rest alphabetically. */
const POPULAR = ['python', 'node', 'nginx', 'postgres', 'redis', 'alpine', 'ubuntu', 'debian', 'golang', 'mysql', 'eclipse-temurin', 'php', 'ruby', 'mongo', 'httpd'] as const;

/**
 * Official image names for what has been typed so far: the name or a synonym typed in full, names and synonyms it
 * begins (the most asked-about first), names containing it, then the nearest name for a typo. Pure and in memory: it runs on every keystroke.
 */
export function imageChoices(catalog: Catalog, lexicon: CompiledLexicon, text: string): Choice[] {
  const typed = imageNamePart(text);
  const list = new ChoiceList();
  if (typed === '') return popular(catalog, list);
  if (typed.includes('/')) list.add(text.trim());
  addExact(lexicon, typed, list);
  addPrefixed(catalog, lexicon, typed, list);
  addContaining(catalog, typed, list);
  const nearest = list.full ? null : nearestName(lexicon, typed);
  if (nearest !== null) list.add(nearest, `${nearest} (did you mean?)`);
  return list.choices();
}

function popular(catalog: Catalog, list: ChoiceList): Choice[] {
  for (const name of POPULAR) if (catalog.getImage(name) !== undefined) list.add(name);
  for (const name of catalog.names()) list.add(name);
  return list.choices();
}

function addExact(lexicon: CompiledLexicon, typed: string, list: ChoiceList): void {
  const entry = lexicon.words.get(typed) ?? lexicon.words.get(typed.replace(/[-_.]/g, ' '));
  if (entry === undefined) return;
  list.add(entry.official, entry.official === typed ? typed : `${entry.official} (${typed})`);
}

function addPrefixed(catalog: Catalog, lexicon: CompiledLexicon, typed: string, list: ChoiceList): void {
  for (const name of POPULAR) if (name.startsWith(typed) && catalog.getImage(name) !== undefined) list.add(name);
  for (const name of catalog.names()) if (name.startsWith(typed)) list.add(name);
  for (const [word, entry] of lexicon.words) {
    if (list.full) return;
    if (word !== entry.official && word.startsWith(typed)) list.add(entry.official, `${entry.official} (${word})`);
  }
}

function addContaining(catalog: Catalog, typed: string, list: ChoiceList): void {
  if (typed.length < 2) return;
  for (const name of catalog.names()) if (name.includes(typed)) list.add(name);
}
