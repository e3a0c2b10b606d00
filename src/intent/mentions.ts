import { parseImageRef } from '../image-ref/parse-image-ref.js';
import type { ImageRef } from '../image-ref/types.js';
import { type CompiledLexicon, nearestName } from './lexicon.js';
import { releaseOfWord } from './releases.js';
import { type Token, versionOf } from './tokens.js';
import type { ImageMention } from './types.js';
import { NOT_TYPOS, VARIANT_IMAGES, VARIANTS, WEAK_NAMES } from './vocabulary.js';

/** How firmly a mention names an image: strong beats typo beats weak when choosing the main image. */
export type Strength = 'strong' | 'typo' | 'weak';

export interface Candidate {
  mention: ImageMention;
  strength: Strength;
  /** Index of the mention's first token; `end` is one past its last. */
  index: number;
  end: number;
  /** `python3`: an official name plus digits, a lookalike when asked whether it is official. */
  digitSuffix: string | null;
  /** Followed by "image" or "docker image" ("the busybox image"): the words are called an image outright. */
  calledImage?: boolean;
  /** "the wordpress image", "this redis container": called an image after a determiner, the one the text is about. */
  theImage?: boolean;
}

/** Docker Hub namespaces that republish official images for one architecture (`arm64v8/python`). */
export const ARCH_NAMESPACES: Readonly<Record<string, string>> = {
  amd64: 'linux/amd64',
  arm64v8: 'linux/arm64',
  arm32v7: 'linux/arm/v7',
  arm32v6: 'linux/arm/v6',
  arm32v5: 'linux/arm/v5',
  i386: 'linux/386',
  ppc64le: 'linux/ppc64le',
  s390x: 'linux/s390x',
  riscv64: 'linux/riscv64',
};

const NOT_REFERENCES = /^(?:linux|windows)\/|^(?:arm|arm64|amd64|386|x86|ppc64le|s390x|riscv64)\/v?\d*$/;
const NOT_NAMESPACES: ReadonlySet<string> = new Set(['and', 'or', 'ci', 'cd', 'io', 'tcp', 'udp', 'i', 'n', 'a', 'b', 'w']);
const NON_REGISTRIES: ReadonlySet<string> = new Set(['github.com', 'hub.docker.com', 'gitlab.com', 'www.github.com']);
/** A Docker Hub page: `https://hub.docker.com/_/joomla`, `hub.docker.com/r/bitnami/redis`. */
const HUB_PAGE = /^(?:https?:\/\/)?(?:www\.)?hub\.docker\.com\/(?:_\/|r\/library\/|r\/)([a-z0-9][\w.-]*(?:\/[a-z0-9][\w.-]*)?)/;
const DIGEST_ALGORITHMS: ReadonlySet<string> = new Set(['sha256', 'sha384', 'sha512']);
/** Directory words: a slashed word that starts with one (`var/lib`, `src/app`) is a path, not an image. */
const DIRECTORY_WORDS: ReadonlySet<string> = new Set(
  (
    'var lib usr etc opt home tmp bin sbin srv mnt proc sys dev run root data src app apps www html htdocs public ' +
    'uploads wp-content wp-includes node_modules vendor conf config logs log share local include cache dist build ' +
    'target docker-entrypoint-initdb.d conf.d'
  ).split(' '),
);
/** Directory words that end a path and never an image name (`myorg/app` may be an image; `x/uploads` is not). */
const LEAF_DIRECTORIES: ReadonlySet<string> = new Set(
  'uploads htdocs logs conf.d plugins themes node_modules wp-content docker-entrypoint-initdb.d sites-available sites-enabled'.split(' '),
);
const FILE_EXTENSION = /\.(?:txt|json|ya?ml|conf|cnf|ini|sh|py|js|ts|php|rb|go|java|jar|war|xml|toml|lock|md|log|sql|env|pem|crt|key|sock|pid|html?|css|d)$/;
/** `docker/library/mysql`: the official namespace written after the platform's name, as Hub URLs and docs put it. */
const DOCKER_LIBRARY = /^docker\/(?=library\/[a-z0-9])/i;
/** The platform word `docker` names the docker image only when the text is about docker-in-docker. */
const DOCKER_IN_DOCKER = /\b(?:dind|docker[- ]in[- ]docker)\b/i;
const DIGIT_SUFFIX = /^([a-z][a-z-]*?)-?(\d+(?:\.\d+)*)$/;
const TYPO_WORD = /^[a-z]+(?:-[a-z]+)*$/;

/** Every image the tokens name, in order. */
export function findMentions(tokens: readonly Token[], text: string, lexicon: CompiledLexicon): Candidate[] {
  const found: Candidate[] = [];
  const dockerImage = DOCKER_IN_DOCKER.test(text);
  for (let index = 0; index < tokens.length; ) {
    const candidate = phraseAt(tokens, index, text, lexicon) ?? tokenAt(tokens, index, text, lexicon, dockerImage);
    if (candidate !== null) found.push(withCalled(tokens, candidate));
    index = candidate === null ? index + 1 : candidate.end;
  }
  return found;
}

function withCalled(tokens: readonly Token[], candidate: Candidate): Candidate {
  if (!calledImage(tokens, candidate)) return candidate;
  const before = tokens[candidate.index - 1]?.lower ?? '';
  return DETERMINERS.has(before) ? { ...candidate, calledImage: true, theImage: true } : { ...candidate, calledImage: true };
}

/** Words before "X image" that single X out; "mariadb or mysql image" shares the noun between two names instead. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'my', 'our', 'your', 'their', 'its']);

/** "busybox image", "alpine docker image", "redis container": the text calls the word an image (plural "alpine images" names a variant family). */
function calledImage(tokens: readonly Token[], candidate: Candidate): boolean {
  const next = tokens[candidate.end]?.lower;
  const after = next === 'docker' || next === 'official' ? tokens[candidate.end + 1]?.lower : next;
  return after !== undefined && IMAGE_NOUNS.has(after);
}

const IMAGE_NOUNS: ReadonlySet<string> = new Set(['image', 'container', '镜像']);

/**
 * The mention that best names the main image: the first strong `image:tag` reference, else the first strong one the
 * text calls "the … image", else the first strong one, else a typo, else a weak one; among weak ones a word the text
 * calls an image ("the alpine docker image") comes first, and a word that is also a variant (`alpine` in "slim or
 * alpine for pandas") last.
 */
export function chooseMain(candidates: readonly Candidate[], options: { preferTagged?: boolean } = {}): Candidate | null {
  if (options.preferTagged !== false) {
    // An explicit `image:tag` is what the text is about, whatever bare words come before it.
    const tagged = candidates.find((candidate) => candidate.strength === 'strong' && candidate.mention.ref?.tag != null);
    if (tagged !== undefined && !baseOfEarlier(tagged, candidates)) return tagged;
  }
  // "PHP limits are too low in the wordpress image": of the images named, the one called the image is the subject.
  const theImage = candidates.find((candidate) => candidate.strength === 'strong' && candidate.theImage === true);
  if (theImage !== undefined) return theImage;
  for (const strength of ['strong', 'typo'] as const) {
    const found = candidates.find((candidate) => candidate.strength === strength && !isVariantWord(candidate));
    if (found !== undefined) return found;
  }
  const called = candidates.find((candidate) => candidate.calledImage === true);
  if (called !== undefined) return called;
  const weak = candidates.find((candidate) => candidate.strength === 'weak' && !isVariantWord(candidate));
  if (weak !== undefined) return weak;
  return candidates.find((candidate) => candidate.strength === 'weak') ?? null;
}

/**
 * A base OS at a tag (`Alpine:3.11`) named after another image ("using Traefik images … with Alpine:3.11") says what
 * that image is built on; the image is the subject.
 */
function baseOfEarlier(tagged: Candidate, candidates: readonly Candidate[]): boolean {
  if (!WEAK_NAMES.has(tagged.mention.official ?? '')) return false;
  return candidates.some(
    (candidate) => candidate.index < tagged.index && candidate.strength === 'strong' && !WEAK_NAMES.has(candidate.mention.official ?? ''),
  );
}

function isVariantWord(candidate: Candidate): boolean {
  return candidate.strength === 'weak' && candidate.mention.raw.toLowerCase() in VARIANTS;
}

function phraseAt(tokens: readonly Token[], index: number, text: string, lexicon: CompiledLexicon): Candidate | null {
  for (const length of [3, 2]) {
    const words = tokens.slice(index, index + length);
    if (words.length < length || words.some((token) => token.spoofed)) continue;
    const entry = lexicon.words.get(words.map((token) => token.lower).join(' '));
    if (entry === undefined) continue;
    const first = words[0];
    const last = words[words.length - 1];
    if (first === undefined || last === undefined) continue;
    const raw = text.slice(first.start, last.start + last.raw.length);
    const mention = named(raw, entry.official, entry.match);
    return { mention, strength: entry.weak ? 'weak' : 'strong', index, end: index + length, digitSuffix: null };
  }
  return null;
}

function tokenAt(tokens: readonly Token[], index: number, text: string, lexicon: CompiledLexicon, dockerImage: boolean): Candidate | null {
  const found = tokens[index];
  const token = found !== undefined && DOCKER_LIBRARY.test(found.lower) ? withoutDockerPrefix(found) : found;
  if (token === undefined || token.spoofed || isPath(token, text)) return null;
  if (token.lower === 'docker' && !dockerImage) return null;
  const hubPage = HUB_PAGE.exec(token.lower)?.[1];
  const looksLikeRef = /[/:@]/.test(token.lower);
  const mention = hubPage !== undefined
    ? referenceMention({ ...token, raw: hubPage, lower: hubPage }, lexicon)
    : looksLikeRef ? referenceMention(token, lexicon) : wordMention(token, lexicon);
  if (mention === null) return null;
  return { ...mention, index, end: index + 1 };
}

function withoutDockerPrefix(token: Token): Token {
  const offset = 'docker/'.length;
  return { ...token, raw: token.raw.slice(offset), lower: token.lower.slice(offset) };
}

/**
 * A file-system path is never an image: `/var/lib/postgresql/data`, `~/app`, `wp-content/uploads`, `conf/nginx.conf`,
 * or three slashed segments without a registry (Docker Hub names have at most two).
 */
function isPath(token: Token, text: string): boolean {
  const before = text[token.start - 1];
  if (before === '/' || before === '~') return true;
  if (!token.lower.includes('/')) return false;
  const segments = token.lower.split(/[:@]/, 1)[0]?.split('/') ?? [];
  const first = segments[0] ?? '';
  if (first.includes('.') || first === 'localhost') return false;
  const last = segments[segments.length - 1] ?? '';
  return segments.length > 2 || DIRECTORY_WORDS.has(first) || LEAF_DIRECTORIES.has(last) || FILE_EXTENSION.test(token.lower);
}

type Found = Omit<Candidate, 'index' | 'end'>;

function wordMention(token: Token, lexicon: CompiledLexicon): Found | null {
  const entry = lexicon.words.get(token.lower);
  if (entry !== undefined) {
    return { mention: named(token.raw, entry.official, entry.match), strength: entry.weak ? 'weak' : 'strong', digitSuffix: null };
  }
  const tag = bareTagMention(token, lexicon);
  if (tag !== null) return tag;
  const digits = DIGIT_SUFFIX.exec(token.lower);
  const prefix = digits?.[1];
  if (prefix !== undefined && lexicon.nameSet.has(prefix) && lexicon.words.get(prefix)?.weak === false) {
    return { mention: named(token.raw, prefix, 'synonym'), strength: 'strong', digitSuffix: digits?.[2] ?? null };
  }
  return typoMention(token, lexicon);
}

/** A tag written without its image (`7.4.11-fpm-alpine`, `fpm-alpine`) names, weakly, the image its variant word belongs to. */
function bareTagMention(token: Token, lexicon: CompiledLexicon): Found | null {
  const parts = token.lower.split('-');
  if (parts.length < 2 || !parts.every(isTagPart)) return null;
  const official = parts.map((part) => VARIANT_IMAGES[part]).find((name) => name !== undefined);
  if (official === undefined || !lexicon.nameSet.has(official)) return null;
  const parsed = parseImageRef(`${official}:${token.lower}`);
  const ref = parsed.ok ? parsed.value : null;
  return { mention: { raw: token.raw, ref, official, match: 'synonym', suggestion: null, tag: ref?.tag ?? null }, strength: 'weak', digitSuffix: null };
}

function isTagPart(part: string): boolean {
  return versionOf(part) !== null || part in VARIANTS || releaseOfWord(part) !== null;
}

function typoMention(token: Token, lexicon: CompiledLexicon): Found | null {
  const word = token.lower;
  if (word.length < 4 || !TYPO_WORD.test(word) || NOT_TYPOS.has(word) || word in VARIANTS || releaseOfWord(word) !== null) return null;
  const suggestion = nearestName(lexicon, word);
  if (suggestion === null || lexicon.words.get(suggestion)?.weak !== false) return null;
  // Short names are common words one edit away ("solar", "trust"): accept only swapped letters for them; a name of
  // five letters may also lose or gain one ("ngix"), but one letter changed ("https" → httpd, "mango" → mongo) is
  // another word.
  if (suggestion.length <= 4 && sorted(suggestion) !== sorted(word)) return null;
  if (suggestion.length === 5 && word.length === 5 && sorted(suggestion) !== sorted(word)) return null;
  return { mention: lookalike(token.raw, null, suggestion, 'typo'), strength: 'typo', digitSuffix: null };
}

function referenceMention(token: Token, lexicon: CompiledLexicon): Found | null {
  if (NOT_REFERENCES.test(token.lower)) return null;
  const parsed = parseImageRef(token.raw);
  const lowered = parsed.ok ? parsed : parseImageRef(token.lower);
  if (!lowered.ok) return null;
  const ref = lowered.value;
  if (/^\d+$/.test(ref.name) || DIGEST_ALGORITHMS.has(ref.name)) return null;
  if (ref.registry !== 'docker.io') return registryMention(token, ref, lexicon);
  if (ref.namespace === 'library') return libraryMention(token, ref, lexicon);
  return hubMention(token, ref, lexicon);
}

function libraryMention(token: Token, ref: ImageRef, lexicon: CompiledLexicon): Found | null {
  if (lexicon.nameSet.has(ref.name)) {
    return { mention: { ...named(token.raw, ref.name, 'exact'), ref, tag: ref.tag }, strength: 'strong', digitSuffix: null };
  }
  const synonym = ref.explicitNamespace ? undefined : lexicon.words.get(ref.name);
  if (synonym !== undefined && !synonym.weak) {
    // `php-fpm:8.2`, `postgresql:16`: another way to write an official name, with a tag.
    const official = parseImageRef(`${synonym.official}${ref.tag === null ? '' : `:${ref.tag}`}`);
    const mention = named(token.raw, synonym.official, 'synonym');
    return { mention: { ...mention, ref: official.ok ? official.value : mention.ref, tag: ref.tag }, strength: 'strong', digitSuffix: null };
  }
  const suggestion = nearestName(lexicon, ref.name);
  if (suggestion === null && !ref.explicitNamespace) return null;
  const mention = lookalike(token.raw, ref, suggestion, suggestion === null ? 'none' : 'typo');
  return { mention, strength: 'typo', digitSuffix: null };
}

function hubMention(token: Token, ref: ImageRef, lexicon: CompiledLexicon): Found | null {
  const official = lexicon.nameSet.has(ref.name) ? ref.name : null;
  const mirror = ref.namespace === 'docker-library' || ref.namespace in ARCH_NAMESPACES;
  if (ref.namespace === 'docker-library' && official === null) return null;
  if (mirror && official !== null) {
    return { mention: { ...named(token.raw, official, 'synonym'), ref, tag: ref.tag }, strength: 'strong', digitSuffix: null };
  }
  if (ref.name.length < 2 || NOT_NAMESPACES.has(ref.namespace) || ref.name in VARIANTS || ref.namespace in VARIANTS) return null;
  const suggestion = official ?? nearestName(lexicon, ref.name);
  return { mention: lookalike(token.raw, ref, suggestion, 'none'), strength: 'strong', digitSuffix: null };
}

function registryMention(token: Token, ref: ImageRef, lexicon: CompiledLexicon): Found | null {
  if (!NON_REGISTRIES.has(ref.registry)) {
    return { mention: lookalike(token.raw, ref, null, 'none'), strength: 'strong', digitSuffix: null };
  }
  const [owner, name] = ref.repository.split('/');
  if (owner !== 'docker-library' || name === undefined || !lexicon.nameSet.has(name)) return null;
  return { mention: named(token.raw, name, 'synonym'), strength: 'strong', digitSuffix: null };
}

function named(raw: string, official: string, match: 'exact' | 'synonym'): ImageMention {
  const parsed = parseImageRef(official);
  return { raw, ref: parsed.ok ? parsed.value : null, official, match, suggestion: null, tag: null };
}

function lookalike(raw: string, ref: ImageRef | null, suggestion: string | null, match: 'typo' | 'none'): ImageMention {
  return { raw, ref, official: null, match, suggestion, tag: ref?.tag ?? null };
}

function sorted(word: string): string {
  return [...word].sort().join('');
}
