import { parseImageRef } from '../image-ref/parse-image-ref.js';
import type { CompiledLexicon } from './lexicon.js';
import { chooseMain, findMentions } from './mentions.js';
import { tokenize } from './tokens.js';
import type { ImageMention } from './types.js';

/**
 * The image a structured option names (`/baseimage official image:pyhton`): matched like free text, so synonyms,
 * typos and lookalikes behave the same as in a question.
 */
export function mentionOf(text: string, lexicon: CompiledLexicon): ImageMention | null {
  const trimmed = text.trim().slice(0, 512);
  if (trimmed === '') return null;
  const main = chooseMain(findMentions(tokenize(trimmed), trimmed, lexicon));
  if (main !== null) return main.mention;
  const parsed = parseImageRef(trimmed);
  return { raw: trimmed, ref: parsed.ok ? parsed.value : null, official: null, match: 'none', suggestion: null, tag: parsed.ok ? parsed.value.tag : null };
}
