import { parseImageRef } from '../image-ref/parse-image-ref.js';
import type { CompiledLexicon } from './lexicon.js';
import { chooseMain, findMentions } from './mentions.js';
import { tokenize } from './tokens.js';
import type { ImageMention } from './types.js';

/**
 * The image a structured option names (`/baseimage recommend image:node.js`): matched like free text, so synonyms,
 * typos and lookalikes behave the same as in a question. `asReference` takes the text literally, as a reference to
 * pull: `python3` is then a lookalike of `python`, not a way to say it.
 */
export function mentionOf(text: string, lexicon: CompiledLexicon, options: { asReference?: boolean } = {}): ImageMention | null {
  const trimmed = text.trim().slice(0, 512);
  if (trimmed === '') return null;
  const main = chooseMain(findMentions(tokenize(trimmed), trimmed, lexicon))?.mention ?? null;
  if (main !== null && (options.asReference !== true || main.match === 'exact')) return main;
  const parsed = parseImageRef(trimmed);
  const suggestion = main === null ? null : (main.official ?? main.suggestion);
  return {
    raw: trimmed,
    ref: parsed.ok ? parsed.value : null,
    official: null,
    match: suggestion === null ? 'none' : 'typo',
    suggestion,
    tag: parsed.ok ? parsed.value.tag : null,
  };
}
