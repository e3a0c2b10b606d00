import { parseImageRef } from '../image-ref/parse-image-ref.js';
import { err, ok, type Result } from '../result.js';
import { classify } from './classify.js';
import { comparedPair } from './compare.js';
import { CHINESE, DOMAIN, OFFICIAL_SUBJECT, OFFICIAL_TYPO, OFFICIAL_WORD, PROPOSED_FOR, PROPOSED_SUBJECT, VULNERABILITY_ID } from './cues.js';
import { COMMON_WORDS } from './common-words.js';
import { scanDockerfile } from './dockerfile.js';
import { type Form, formOf } from './form.js';
import { type CompiledLexicon, compileLexicon } from './lexicon.js';
import { type Candidate, chooseMain, findMentions } from './mentions.js';
import { extractPins } from './pins.js';
import { categoryOf, keywordsOf } from './search-terms.js';
import { type Token, tokenize, versionOf } from './tokens.js';
import type { ImageMention, Intent, IntentError, IntentName, Lexicon } from './types.js';
import { VARIANTS } from './vocabulary.js';

/** Longest message parsed in full; a longer one is answered only when it is a Dockerfile (cut to this length). */
export const MAX_INTENT_TEXT = 100_000;
/** Intent words and images are looked for in this many leading characters; a Dockerfile is looked for in all. */
export const INTENT_HEAD = 4096;
const MAX_TOKENS = 400;

const IMAGELESS: ReadonlySet<IntentName> = new Set(['help', 'propose-image', 'search', 'unknown']);
const VERSIONISH = /\d/;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const READABLE = /[\p{L}\p{N}]/u;

interface Parsed {
  norm: string;
  lower: string;
  form: Form;
  tokens: Token[];
  candidates: Candidate[];
  main: Candidate | null;
}

/**
 * Reads a chat message as one of the bot's intents with the images, pins and ids it names. Pure; a 100 KB
 * message costs a scan for `FROM` lines plus the work on its first 4 KB.
 */
export function parseIntent(text: string, lexicon: Lexicon): Result<Intent, IntentError> {
  if (!/\S/.test(text.slice(0, INTENT_HEAD)) && text.trim() === '') return err('empty');
  const lex = compileLexicon(lexicon);
  const capped = text.length > MAX_INTENT_TEXT ? cutAtLine(text, MAX_INTENT_TEXT) : text;
  const dockerfile = scanDockerfile(capped);
  if (text.length > MAX_INTENT_TEXT && dockerfile === null) return err('too_long');
  const parsed = parseHead(capped.slice(0, INTENT_HEAD), lex);
  if (!READABLE.test(parsed.norm)) return err('unreadable');
  if (dockerfile !== null) {
    return ok(reviewIntent(parsed, capped, dockerfile.bases, lex, text.length > MAX_INTENT_TEXT));
  }
  return ok(questionIntent(parsed, lex));
}

function parseHead(head: string, lex: CompiledLexicon): Parsed {
  const norm = withoutApachePrefix(head.normalize('NFKC').replace(CONTROL, ' '));
  const tokens = tokenize(norm).slice(0, MAX_TOKENS);
  const candidates = findMentions(tokens, norm, lex);
  const lower = norm.toLowerCase().replace(OFFICIAL_TYPO, 'official$1');
  const names = new Set(candidates.flatMap((candidate) => tokens.slice(candidate.index, candidate.end).map((token) => token.lower)));
  return { norm, lower, form: formOf(lower, norm, names), tokens, candidates, main: chooseMain(candidates) };
}

/**
 * "Apache" alone, or with HTTPD or "web server", is httpd; before another capitalised product name ("Apache Kafka",
 * "Apache Flink") it is the foundation's prefix of that name, and the name is what is asked about.
 */
function withoutApachePrefix(text: string): string {
  return text.replace(APACHE_PRODUCT, (whole: string, product: string) =>
    NOT_PRODUCTS.has(product.toLowerCase()) ? whole : product,
  );
}

const APACHE_PRODUCT = /\bApache\s+([A-Z][\w-]*)/g;
/** Words after "Apache" that leave it the web server: "Apache HTTPD", "Apache Web Server", "Apache Docker image". */
const NOT_PRODUCTS: ReadonlySet<string> = new Set(
  ('httpd http https httpd2 web webserver server servers docker image images container containers config configuration ' +
    'module modules mod vhost vhosts virtualhost virtualhosts license licence foundation php fpm alpine slim or and vs ' +
    'with on in for is not does doesn won can cannot keeps fails crashes reverse proxy rewrite ssl tls log logs as to the ' +
    'a an').split(' '),
);

function questionIntent(parsed: Parsed, lex: CompiledLexicon): Intent {
  const { lower, tokens, candidates } = parsed;
  const bareImage = parsed.main !== null && candidates.length === 1 && onlyNames(tokens, parsed.main) && !OTHER_SCRIPT.test(parsed.norm.replace(/镜像/g, ''));
  const variantWords = countVariants(tokens);
  // "How do I reverse a list in Python?" names a language, not its image: a bare name needs a word of our world,
  // or a second image beside it ("httpd or nginx for static files").
  const main =
    parsed.main !== null &&
    (bareImage || variantWords > 0 || isReference(parsed.main) || imageCount(candidates) > 1 || onTopic(lower, tokens, parsed.main) || isLabel(parsed))
      ? parsed.main
      : null;
  const subject = main === null ? officialSubject(lower, lex) : null;
  const category = categoryOf(lower, lex.categorySet);
  // A post about "official images for X" (X not official) proposes X; the bare fragment "official image for X" asks.
  const proposesNew = parsed.form !== 'question' && PROPOSED_FOR.exec(lower)?.index !== 0 && proposedSubject(parsed, lex, [PROPOSED_FOR]) !== null;
  const name = classify({ lower, hasImage: main !== null, variantWords, category, officialSubject: subject !== null, bareImage, form: parsed.form, proposesNew });
  // A comparison keeps the order of the text: its first side is the first image named, tagged or not.
  const first = name === 'compare-tags' ? firstNamed(candidates) : null;
  const pair = first !== null ? comparedPair(first, candidates, tokens) : null;
  const image = name === 'propose-image'
    ? proposedSubject(parsed, lex)
    : IMAGELESS.has(name) ? null : (pair?.image ?? finalMention(main, name) ?? (name === 'official-check' ? subject : null));
  return {
    ...baseIntent(parsed, name, image),
    other: pair?.other ?? null,
    keywords: name === 'search' ? keywordsOf(tokens.map((token) => token.lower)) : [],
    category: name === 'search' ? category : null,
  };
}

function reviewIntent(parsed: Parsed, text: string, bases: readonly string[], lex: CompiledLexicon, truncated: boolean): Intent {
  const baseText = bases.join(' ');
  const baseTokens = tokenize(baseText);
  // The first FROM that names an image is the subject, tagged or not.
  const main = chooseMain(findMentions(baseTokens, baseText, lex), { preferTagged: false });
  const intent = baseIntent({ ...parsed, main }, 'review-dockerfile', main?.mention ?? null);
  return { ...intent, dockerfile: text, ...(truncated ? { truncated } : {}) };
}

function baseIntent(parsed: Parsed, name: IntentName, image: ImageMention | null): Intent {
  const id = VULNERABILITY_ID.exec(parsed.norm)?.[0] ?? null;
  return {
    name,
    image,
    other: null,
    pins: extractPins(parsed.tokens, parsed.lower, parsed.main),
    vulnerabilityId: id === null ? null : normaliseId(id),
    keywords: [],
    category: null,
    dockerfile: null,
    language: CHINESE.test(parsed.norm) ? 'zh' : 'en',
  };
}

/** The first image the text names, typo or not ("mariadbb vs mysql"); weak words only when nothing firmer is named. */
function firstNamed(candidates: readonly Candidate[]): Candidate | null {
  return candidates.find((candidate) => candidate.strength !== 'weak') ?? chooseMain(candidates, { preferTagged: false });
}

/** `python3` asked about as an image is a lookalike of python; in prose ("a python3 app") it is python. */
function finalMention(main: Candidate | null, name: IntentName): ImageMention | null {
  if (main === null) return null;
  if (main.digitSuffix === null || name !== 'official-check') return main.mention;
  const { raw } = main.mention;
  const parsed = parseImageRef(raw.toLowerCase());
  return { raw, ref: parsed.ok ? parsed.value : null, official: null, match: 'none', suggestion: main.mention.official, tag: null };
}

/** The message is one image and words that only say which build of it ("redis 7 image", "the node 22 alpine image"). */
function onlyNames(tokens: readonly Token[], main: Candidate): boolean {
  return tokens.every(
    (token, index) => (index >= main.index && index < main.end) || BARE_WORDS.has(token.lower) || token.lower in VARIANTS || versionOf(token.lower) !== null,
  );
}

const BARE_WORDS: ReadonlySet<string> = new Set(['image', 'docker', 'container', 'the', 'a', 'an']);
/** Letters the tokenizer does not make words of (Chinese): words there may ask something. */
const OTHER_SCRIPT = /[^\p{ASCII}\s\p{P}\p{S}]/u;

function isReference(candidate: Candidate): boolean {
  return /[/:@]/.test(candidate.mention.raw);
}

function imageCount(candidates: readonly Candidate[]): number {
  return new Set(candidates.flatMap((candidate) => (candidate.strength === 'strong' && candidate.mention.official !== null ? [candidate.mention.official] : []))).size;
}

/** An issue title labelled with an image ("httpd: SSL docs incorrect") is about that image, whatever its words. */
function isLabel(parsed: Parsed): boolean {
  const { main, tokens, norm, form } = parsed;
  if (form !== 'issue' || main === null || main.index !== 0 || main.strength !== 'strong') return false;
  const last = tokens[main.end - 1];
  if (last !== undefined && norm[last.start + last.raw.length] === ':') return true;
  // A title that opens with the image and goes on with a pasted log ("mariadb healthcheck.sh not working…\n[Warning] …").
  return PASTED_LOG.test(norm);
}

/** A log line pasted under a title: a `[Warning]`/`ERROR:` level, or a line of its own after the first. */
const PASTED_LOG = /\n\s*(?:\S.*\b)?(?:\[(?:warn(?:ing)?|error|note|info|fatal|crit\w*)\]|(?:error|warning|fatal|panic)\s*:)/i;

/** A word of our world, a version, or a word for the name's release lines right after it ("which postgres major"). */
function onTopic(lower: string, tokens: readonly Token[], main: Candidate): boolean {
  return DOMAIN.test(lower) || tokens.some((token) => VERSIONISH.test(token.lower)) || RELEASE_LINES.has(tokens[main.end]?.lower ?? '');
}

const RELEASE_LINES: ReadonlySet<string> = new Set(['major', 'majors', 'minor', 'minors']);

/** The image a proposal names ("nagios official image request"), when it is not an official one already. */
function proposedSubject(text: Parsed, lex: CompiledLexicon, patterns: readonly RegExp[] = PROPOSED_SUBJECT): ImageMention | null {
  for (const pattern of patterns) {
    const raw = pattern.exec(text.lower)?.[1]?.replace(/[.-]+$/, '');
    if (raw === undefined || NOT_SUBJECTS.has(raw) || raw in VARIANTS || lex.nameSet.has(raw)) continue;
    // A common software word ("kafka") is a project's name when the text writes it as one ("Apache Kafka").
    if (COMMON_WORDS.has(raw) && !properName(raw, text.norm)) continue;
    if (categoryOf(raw, lex.categorySet) !== null) continue;
    const parsed = parseImageRef(raw);
    return { raw, ref: parsed.ok ? parsed.value : null, official: null, match: 'none', suggestion: null, tag: null };
  }
  return null;
}

/** Whether the text writes `word` capitalised, as a name ("Kafka", "FerretDB"), somewhere not at a sentence start. */
function properName(word: string, norm: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const found of norm.matchAll(new RegExp(`(^|[^\\w.-])(${escaped})(?![\\w-])`, 'gi'))) {
    const start = (found.index ?? 0) + (found[1]?.length ?? 0);
    const before = norm.slice(0, start).trimEnd();
    if (/^[A-Z]/.test(found[2] ?? '') && before !== '' && !/[.?!:]$/.test(before)) return true;
  }
  return false;
}

function officialSubject(lower: string, lex: CompiledLexicon): ImageMention | null {
  // "an official image for a message broker" asks for a kind of image: a search, not one name.
  if (!OFFICIAL_WORD.test(lower) || categoryOf(lower, lex.categorySet) !== null) return null;
  for (const pattern of OFFICIAL_SUBJECT) {
    const raw = pattern.exec(lower)?.[1];
    if (raw === undefined || NOT_SUBJECTS.has(raw) || raw in VARIANTS || categoryOf(raw, lex.categorySet) !== null) continue;
    const parsed = parseImageRef(raw);
    return { raw, ref: parsed.ok ? parsed.value : null, official: null, match: 'none', suggestion: null, tag: null };
  }
  return null;
}

const NOT_SUBJECTS: ReadonlySet<string> = new Set([
  'this', 'that', 'it', 'there', 'image', 'images', 'docker', 'the', 'one', 'a', 'an', 'any', 'my', 'our', 'your',
  'their', 'his', 'her', 'its', 'we', 'you', 'i', 'me', 'us', 'them', 'new', 'project', 'app', 'software', 'tool',
  'official', 'creating', 'becoming', 'dockerfile', 'dockerfiles', 'repo', 'repository', 'library',
  'into', 'onto', 'to', 'in', 'as', 'on', 'accepted', 'added', 'listed', 'included', 'published', 'some',
]);

/** Distinct variant words, those inside a bare tag too (`fpm-alpine`, `slim-bookworm`). */
function countVariants(tokens: readonly Token[]): number {
  const seen = new Set<string>();
  for (const token of tokens) {
    const parts = token.lower in VARIANTS || /[/:@]/.test(token.lower) ? [token.lower] : token.lower.split('-');
    for (const part of parts) {
      const variant = VARIANTS[part];
      if (variant !== undefined) seen.add(variant);
    }
  }
  return seen.size;
}

function normaliseId(id: string): string {
  return id.toUpperCase().startsWith('GHSA') ? `GHSA${id.slice(4).toLowerCase()}` : id.toUpperCase();
}

function cutAtLine(text: string, length: number): string {
  const cut = text.lastIndexOf('\n', length);
  return text.slice(0, cut > 0 ? cut : length);
}
