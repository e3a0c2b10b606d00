import { parseImageRef } from '../image-ref/parse-image-ref.js';
import type { Candidate } from './mentions.js';
import { releaseOfWord } from './releases.js';
import { type Token, versionOf } from './tokens.js';
import type { ImageMention } from './types.js';
import { VARIANTS } from './vocabulary.js';

const CONNECTORS: ReadonlySet<string> = new Set(['vs', 'vs.', 'versus', 'and', 'or', 'to', 'with', 'against', 'from']);
const TAG = /^[\w][\w.-]{0,127}$/;

/** The main image with its tag spelled out, and the second side of a comparison. */
export function comparedPair(
  main: Candidate,
  candidates: readonly Candidate[],
  tokens: readonly Token[],
): { image: ImageMention; other: ImageMention | null } {
  const image = withImpliedTag(main, tokens);
  for (const candidate of candidates) {
    // A weak word ("busybox") is a side only when the text calls it an image ("the busybox docker image").
    if (candidate.index <= main.index || (candidate.strength === 'weak' && candidate.calledImage !== true)) continue;
    const other = withImpliedTag(candidate, tokens);
    if (keyOf(other) !== keyOf(image) || other.tag !== image.tag) return { image, other };
  }
  return { image, other: bareTagAfter(image, main, tokens) };
}

function withImpliedTag(candidate: Candidate, tokens: readonly Token[]): ImageMention {
  const { mention } = candidate;
  if (mention.tag !== null) return mention;
  const tag = impliedTag(tokens, candidate.end);
  return tag === null ? mention : { ...mention, tag };
}

/** `node 22 alpine` → `22-alpine`: the version and variant words right after a name. */
function impliedTag(tokens: readonly Token[], from: number): string | null {
  const parts: string[] = [];
  for (const token of tokens.slice(from, from + 2)) {
    if (!isTagWord(token.lower)) break;
    parts.push(token.lower);
  }
  return parts.length === 0 ? null : parts.join('-');
}

/** "node 22 vs 20", "cassandar 4 vs 5": the second side is the same image at another tag, a typo read like the first. */
function bareTagAfter(image: ImageMention, main: Candidate, tokens: readonly Token[]): ImageMention | null {
  const typo = image.match === 'typo' ? image.suggestion : null;
  const name = image.official ?? typo ?? image.ref?.repository ?? null;
  if (name === null) return null;
  for (let index = main.end; index < tokens.length - 1; index += 1) {
    const word = tokens[index]?.lower ?? '';
    const next = tokens[index + 1]?.lower ?? '';
    if (!CONNECTORS.has(word) || !isTagWord(next) || next === image.tag) continue;
    const parsed = parseImageRef(`${name}:${next}`);
    if (!parsed.ok) continue;
    return { raw: tokens[index + 1]?.raw ?? next, ref: parsed.value, official: image.official, match: image.match, suggestion: typo, tag: next };
  }
  return null;
}

function isTagWord(word: string): boolean {
  if (!TAG.test(word)) return false;
  const head = word.split('-')[0] ?? '';
  return versionOf(head) !== null || head in VARIANTS || releaseOfWord(head) !== null;
}

function keyOf(mention: ImageMention): string {
  return mention.official ?? mention.raw;
}
