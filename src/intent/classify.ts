import {
  ABOUT_BOT,
  BOT_ABILITY,
  COMPARE,
  FEEDBACK,
  HELP,
  LIST_ALL,
  NOT_PROPOSE,
  OFFICIAL_ASK,
  OFFICIAL_GIVEN,
  OFFICIAL_PREDICATE,
  OFFICIAL_WORD,
  OFFICIAL_YES_NO,
  PROPOSE,
  SCORED,
  SHORTHAND,
  VULNERABILITY,
  VULNERABILITY_ID,
} from './cues.js';
import type { Form } from './form.js';
import type { IntentName } from './types.js';

/** What the classifier looks at, already worked out by the parser. */
export interface Features {
  /** The head of the message, NFKC-normalised and lower-cased. */
  lower: string;
  hasImage: boolean;
  /** How many distinct variant words the message uses ("slim or alpine" → 2). */
  variantWords: number;
  category: string | null;
  /** An image-ish subject of "is X official" that did not resolve to an image. */
  officialSubject: boolean;
  /** The message is nothing but one image reference. */
  bareImage: boolean;
  /** Question, issue title or chat fragment: see `formOf`. */
  form: Form;
  /** A statement about official images for a name that is not an official image ("…official images for BookKeeper"). */
  proposesNew?: boolean;
}

/** Picks the intent: decisive cues first, in order, then the best-scoring of the question kinds. */
export function classify(features: Features): IntentName {
  const { lower, hasImage } = features;
  if (HELP.test(lower) || asksAboutBot(features)) return 'help';
  if ((PROPOSE.test(lower) || features.proposesNew === true) && !NOT_PROPOSE.test(lower)) return 'propose-image';
  // "is X an official image or …" asks about officialness, whatever the "or" clause names (a maintainer, another image).
  if ((hasImage || features.officialSubject) && OFFICIAL_YES_NO.test(lower)) return 'official-check';
  if (FEEDBACK.test(lower) && (hasImage || /\b(?:bug|issue)s?\b/.test(lower))) return 'feedback-route';
  if (VULNERABILITY_ID.test(lower) || (hasImage && VULNERABILITY.test(lower))) return 'vuln-check';
  // "what tags does the clojure image have for tools-deps vs lein" asks for the tags, whatever it sets side by side.
  if (hasImage && COMPARE.test(lower) && !TAG_LISTING.test(lower)) return 'compare-tags';
  // "are there official images for Java application servers": plural images of a kind of software is a search.
  if (features.category !== null && KIND_OF_IMAGES.test(lower)) return 'search';
  // An issue title that names an image goes to its tracker, whatever topic words (size, tag, version) it uses.
  if (hasImage && features.form === 'issue') return 'feedback-route';
  const official = officialIntent(features);
  if (official !== null) return official;
  if (!hasImage) return features.category !== null && looksLikeSearch(lower) ? 'search' : 'unknown';
  return scoredIntent(features) ?? (features.bareImage ? 'tag-info' : 'unknown');
}

/** A question whose subject is the bot and whose topic is what it can do: no image, kind of image or officialness. */
function asksAboutBot(features: Features): boolean {
  if (features.hasImage || features.category !== null) return false;
  let lower = features.lower;
  for (const [pattern, word] of SHORTHAND) lower = lower.replace(pattern, word);
  // Chat drops the question mark and the word order: "u do what exactly".
  if (features.form !== 'question' && !/\b(?:what|which|how)\b/.test(lower)) return false;
  if (lower.length > 80 || OFFICIAL_WORD.test(lower) || VULNERABILITY.test(lower)) return false;
  return ABOUT_BOT.test(lower) && BOT_ABILITY.test(lower);
}

function officialIntent(features: Features): IntentName | null {
  const { lower, hasImage, category } = features;
  if (!OFFICIAL_WORD.test(lower)) return null;
  if (LIST_ALL.test(lower) && !hasImage) return 'search';
  if (!OFFICIAL_ASK.test(lower)) {
    // A fragment of names and "official" ("official image for keycloak") asks whether it is one.
    if (features.form === 'fragment' && hasImage) return scoredIntent(features) ?? 'official-check';
    if (features.form === 'fragment' && features.officialSubject) return 'official-check';
    return !hasImage && category !== null ? 'search' : null;
  }
  // "does the official redis image support arm64" takes officialness as given and asks something else.
  if (hasImage && OFFICIAL_GIVEN.test(lower) && !OFFICIAL_PREDICATE.test(lower)) return scoredIntent(features) ?? 'official-check';
  if (hasImage || features.officialSubject) return 'official-check';
  return category !== null ? 'search' : 'official-check';
}

const KIND_OF_IMAGES =
  /\b(?:are there|any|list|find|show(?: me)?)\s+(?:any |some |the )?(?:official )?(?:docker )?images (?:for|of)\b|\b(?:list|find|show(?: me)?)\s+(?:the |all (?:the )?)?official (?:[\w.-]+ ){1,3}images\b/;
/** A request for an image's list of tags: "what tags does X have", "which tags are there for X", "list the tags of X". */
const TAG_LISTING = /^\W*(?:what|which) tags (?:does|do|did|are|is|has|have|exist)\b|\b(?:list|show(?: me)?) (?:the |all (?:the )?)?tags\b/;

function looksLikeSearch(lower: string): boolean {
  return /\b(?:official|images?|is there|are there|any|list|which|what|find|show|need|looking for)\b|镜像|有哪些|有没有/.test(lower);
}

function scoredIntent(features: Features): IntentName | null {
  let best: IntentName | null = null;
  let bestScore = 0;
  for (const [intent, cues] of SCORED) {
    let score = intent === 'recommend-variant' ? variantScore(features.variantWords) : 0;
    for (const [pattern, weight] of cues) if (pattern.test(features.lower)) score += weight;
    if (score > bestScore) {
      best = intent;
      bestScore = score;
    }
  }
  return best;
}

function variantScore(variantWords: number): number {
  if (variantWords >= 2) return 2;
  return variantWords;
}
