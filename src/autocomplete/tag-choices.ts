import type { Catalog, TagInfo } from '../catalog/types.js';
import type { CompiledLexicon } from '../intent/lexicon.js';
import { ChoiceList, imageNamePart, type Choice } from './choice.js';
import { imageChoices } from './image-choices.js';
import { resolveImageName } from './resolve-image.js';

/**
 * Tags of the image named in `image` (a name, synonym or typo) that begin with, then contain, what was typed; released
 * tags before pre-releases, each in library-file order (newest first there).
 */
export function tagChoices(catalog: Catalog, lexicon: CompiledLexicon, image: string, text: string): Choice[] {
  return fromTags(tagsOf(catalog, lexicon, image), text, (tag) => tag.tag, (tag) => tag.tag);
}

/** Versions of the image named in `image`: `3.14`, `3.14.7`, `3`; released first. */
export function versionChoices(catalog: Catalog, lexicon: CompiledLexicon, image: string, text: string): Choice[] {
  return fromTags(tagsOf(catalog, lexicon, image), text, (tag) => tag.version, (tag) => tag.version);
}

/** Variants of the image named in `image`: `slim`, `alpine`, …; the default one is offered as `full`. */
export function variantChoices(catalog: Catalog, lexicon: CompiledLexicon, image: string, text: string): Choice[] {
  const value = (tag: TagInfo) => (tag.variant === 'default' ? 'full' : tag.variant);
  return fromTags(tagsOf(catalog, lexicon, image), text, value, value);
}

/**
 * An image reference as typed: before a `:`, image names (see imageChoices); after it, `name:tag` for the tags of the
 * image named, so `postgresql:16` offers `postgres:16`, `postgres:16-alpine`, … A reference to another registry or
 * namespace is offered back as typed.
 */
export function referenceChoices(catalog: Catalog, lexicon: CompiledLexicon, text: string): Choice[] {
  const colon = text.indexOf(':');
  if (colon < 0 || text.includes('@')) return imageChoices(catalog, lexicon, text);
  const name = resolveImageName(catalog, lexicon, text.slice(0, colon));
  if (name === null) return imageNamePart(text) === '' ? [] : [{ name: text.trim(), value: text.trim() }];
  const tagText = text.slice(colon + 1);
  return fromTags(catalog.getImage(name)?.tags ?? [], tagText, (tag) => `${name}:${tag.tag}`, (tag) => tag.tag);
}

function tagsOf(catalog: Catalog, lexicon: CompiledLexicon, image: string): readonly TagInfo[] {
  const name = resolveImageName(catalog, lexicon, image);
  return name === null ? [] : (catalog.getImage(name)?.tags ?? []);
}

type Match = 'exact' | 'prefix' | 'contains';
const MATCHES: readonly Match[] = ['exact', 'prefix', 'contains'];

/** The typed tag itself, then prefix and substring matches; released before pre-release; library order within each. */
function fromTags(
  tags: readonly TagInfo[],
  text: string,
  value: (tag: TagInfo) => string | null,
  key: (tag: TagInfo) => string | null,
): Choice[] {
  const typed = text.trim().toLowerCase();
  const list = new ChoiceList();
  for (const prerelease of [false, true]) {
    for (const match of MATCHES) {
      for (const tag of tags) {
        if (list.full) return list.choices();
        if (tag.prerelease !== prerelease) continue;
        const shown = key(tag);
        const chosen = value(tag);
        if (shown === null || chosen === null || !matches(shown.toLowerCase(), typed, match)) continue;
        list.add(chosen, chosen);
      }
    }
  }
  return list.choices();
}

function matches(candidate: string, typed: string, match: Match): boolean {
  if (match === 'exact') return candidate === typed;
  return match === 'prefix' ? candidate.startsWith(typed) : candidate.includes(typed);
}
