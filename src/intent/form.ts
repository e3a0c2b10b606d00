/**
 * The shape of a message, apart from what it is about: a question asks something; an issue title states a
 * malfunction or asks maintainers for a change; a fragment ("php fpm alpine", "node:22 size") is a chat request made
 * of names, pins and topic words. Keyword intents (size, tags, versions) decide only questions and fragments.
 */
import { releaseOfWord } from './releases.js';
import { versionOf } from './tokens.js';
import { VARIANTS } from './vocabulary.js';

export type Form = 'question' | 'issue' | 'fragment';

/** Words that open a question in English, and the auxiliaries of yes/no questions. */
const INTERROGATIVE =
  /^(?:what|whats|what's|wat|wut|which|where|wheres|where's|when|who|whom|whose|why|how|hows|how's|is|isn't|isnt|are|aren't|arent|was|were|does|doesn't|do|don't|did|can|can't|could|should|shall|would|will|may|might|must|have|has|any|anyone|anybody)\b/;
/** Auxiliaries followed by a negation state a fact ("does not start"), they do not ask. */
const NEGATED_AUXILIARY =
  /^(?:(?:does|do|did|could|should|would|is|are|was|were|has|have)n'?t|can'?t|cannot|won'?t|(?:does|do|did|can|could|should|would|will|is|are|was|were|has|have) not)\b/;
/** A question inside a statement: "not sure which tag", "I don't know what to pick", "…, which slim tag now", "…, why so big". */
const EMBEDDED_QUESTION =
  /\b(?:know|sure|wonder(?:ing)?|unsure|idea|decide|deciding|confused|curious|tell me|explain)\b[^.?!]{0,20}?\b(?:which|what|where|how|why|whether)\b|(?:[,;:]|\b(?:to|in|on|for|from|with|at)) (?:which|what) (?:[a-z0-9.-]+ ){0,2}?(?:tags?|variants?|versions?|images?|ones?|base|distro|flavou?r)\b|[,;:] (?:why|how come)\b/;
/** Chinese question words and particles. */
const CHINESE_QUESTION = /[吗嗎呢]|什么|哪|怎么|怎样|如何|为什么|是否|能否|可否|多大|多少|有没有|是不是|能不能|可不可以/;
/** Filler before the first real word: greetings, "so", "ok", "pls". */
const OPENER = /^(?:(?:hi|hey|hello|so|ok|okay|well|also|and|but|btw|pls|please|quick question|question|q)\b[\s,:!-]*)+/;
/** Asking the maintainers for a change in so many words: "we should…", "it would be nice to have…", "please consider…". */
const REQUEST_FRAME =
  /^(?:(?:we|you|they|maintainers|the maintainers) (?:should|need to|must|might want to)|it would be (?:nice|great|good|helpful|useful|better) (?:to|if)|please consider|(?:i|we) (?:suggest|propose|request))\b/;
/** A polite frame that needs an imperative after it to be a request: "I'd like you to add…", "let's drop…". */
const SUGGESTION = /^(?:(?:i|we)(?:'d| would) (?:like|love|prefer)(?: you)? to|let'?s|could we|can we)\b\s*/;
/** Labels of issue trackers at the start of a title: "Feature request: …", "Bug: …", "RFC: …". */
const TRACKER_LABEL = /^(?:feature request|request|proposal|rfc|enhancement|bug|bug report|idea|suggestion|regression|docs?)\s*[:\-—]/;
/** After "not", these contrast or hedge ("not sure", "not alpine"); anything else negates a verb or state. */
const NOT_NEGATING: ReadonlySet<string> = new Set(
  'sure only just yet a an the so too much very really exactly necessarily even all that this one ones always quite'.split(' '),
);

/** A malfunction said outright: negations, failures and error words. */
const MALFUNCTION =
  /\b(?:\w+n't|doesnt|dont|didnt|cant|wont|isnt|arent|wasnt|couldnt|cannot|unable|no longer|never|errors?|errno|exceptions?|fail\w*|crash\w*|panic\w*|segfault\w*|abort\w*|exhausted|mismatch\w*|broken|broke|breaks|breaking|stopped|stuck|hang(?:s|ing)?|hung|freez\w*|frozen|leak\w*|killed|denied|refused|forbidden|timeout|timed out|invalid|unexpected(?:ly)?|incorrect\w*|wrong|outdated|out of date|stale|missing|corrupt\w*|warnings?|regression|bug|bugs|buggy|problems?|trouble|conflicts?|too (?:low|high|old|new|big|large|slow|small|many|much|few|long|short|strict|loose)|no such|not found|(?:is|are|was|were|has been|have been|got|now) (?:gone|removed|missing)|disappeared|vanished|instead of|still (?:uses?|ships?|references?|has|contains?|points?|on)|(?:ships?|shipping|has|have|contains?|comes? with|includes?|bundles?|uses?) (?:an? |the )?(?:very |really |quite |pretty )?(?:old|ancient|obsolete)|no (?:[\w.-]+ ){1,2}support|despite|even though|does nothing|ignor(?:es|ed|ing)|incompatib\w*|unsupported|(?:has|have|had) no|no effect|empty|blank|unhealthy|undefined|slow(?:ness|s|ed|ing)?|loops?|looping|spikes?|(?:needs|has) to|must be)\b|报错|失败|崩溃|错误|无法|不能|不支持|不工作|异常/;
/**
 * Imperatives that ask the maintainers for a change, at the start of a title ("Consider adding…", "Replace X with
 * Y in the Z image"); requests to the bot ("show", "list", "compare", "recommend") are not among them.
 */
const MAINTAINER_IMPERATIVE =
  /^(?:consider|add|replace|remove|drop|delete|enable|disable|update|upgrade|bump|allow|switch|move|fix|provide|publish|document|expose|rebuild|include|ship|deprecate|restore|revert|avoid|stop|clarify|improve|reduce|split|rename|mention|introduce|migrate|set|change|make|run|bring|reintroduce|support|default|pin|unpin|use|let|mark|install|build|create|release|tag|retag|sign|push|mirror|adopt|prefer|port|backport|apply|patch|expand|extend|increase|decrease|lower|raise|limit|strip|clean up|cleanup|simplify|refactor|rework|separate|merge|combine|generate|verify|honou?r|respect|handle|implement)\b/;
/** A gerund opening a title ("Restarting the discussion…", "Reloading config on HAProxy 1.8: …"). */
const GERUND_OPENING = /^[a-z]{3,}ing\b(?! (?:for|to)\b)/;
/** Conventions of issue trackers and pasted logs: `[RANT]`, `[65530]`, `$RUSTUP_HOME`, `vm.max_map_count`, `foo.sh`. */
const PASTED =
  /\[[^\]\n]{1,30}\]|\$\{?[A-Za-z_][A-Za-z0-9_]{2,}|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\b[a-z]+\.[a-z_]+_[a-z_]+\b|\b[\w-]+\.(?:sh|py|conf|cnf|ini|json|ya?ml|xml|toml|php|rb|log|pem|crt|sock)\b|(?:^|\s)\/(?:etc|var|usr|opt|tmp|home|srv|data|docker-entrypoint[\w.-]*)\//;

/** A verb in the past ("apk removed from…", "size doubled after…", "image grew"): a statement of what happened. */
const PAST = /\b(?:[a-z]{3,}ed|grew|grown|became|began|begun|went|got|took)\b/g;
/** Past participles that describe what is asked for rather than what happened ("the supported tags", "based on"). */
const DESCRIPTIVE: ReadonlySet<string> = new Set(
  ('based supported recommended needed used preferred pinned tagged related signed verified trusted detailed ' +
    'advanced embedded shared mixed limited dedicated distributed managed hosted containerized dockerized bundled ' +
    'preinstalled installed compiled optimized hardened slimmed stripped named called licensed listed featured ' +
    'need speed seed feed bed red shed breed indeed').split(' '),
);

/**
 * Verbs that describe what an image or its software does, by their base form; with an -s ("drops", "overwrites",
 * "runs") they make a statement about the image. Verbs that are also plural nouns in requests ("tags", "builds",
 * "releases", "updates", "changes", "logs") are not among them.
 */
const VERBS: ReadonlySet<string> = new Set(
  ('drop overwrite run lack require return write create delete remove reset ignore exit hang fail break crash print ' +
    'lose keep override download install pull start stop restart listen bind expect try leave miss bundle produce ' +
    'generate emit throw refuse reject block prevent skip hide expose leak wipe clear truncate corrupt duplicate ' +
    'replace rename move change load parse resolve connect respond serve redirect rewrite strip mount chown chmod ' +
    'differ behave hardcode force assume disable enable apply report complain warn spam flood fill grow consume eat ' +
    'time show display render').split(' '),
);

/** Whether a sentence says what something does: a verb of `VERBS` with a third-person -s ("the image drops…"). */
function tellsPresent(sentence: string): boolean {
  for (const found of sentence.matchAll(/\b[a-z]{3,}s\b/g)) {
    const word = found[0];
    if (VERBS.has(word.slice(0, -1)) || VERBS.has(word.slice(0, -2)) || VERBS.has(`${word.slice(0, -3)}y`)) return true;
  }
  return false;
}

/** Whether a sentence tells of something that happened, in the past tense; `names` are image words (`memcached`). */
function tellsPast(sentence: string, names: ReadonlySet<string>): boolean {
  for (const found of sentence.matchAll(PAST)) {
    if (!DESCRIPTIVE.has(found[0]) && !names.has(found[0])) return true;
  }
  return false;
}

/** Splits text into sentences at `.`, `?`, `!` (or their full-width forms) followed by space, and at line breaks. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!。？！])\s+|\n+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The clause after a leading `image:` label ("httpd: SSL docs incorrect" → "SSL docs incorrect"). */
function withoutLabel(sentence: string): string {
  return sentence.replace(/^[\w.\-/]+(?::[\w.-]+)?:\s+/, '');
}

/** Whether one sentence asks something. */
function asks(sentence: string): boolean {
  if (/[?？]\s*$/.test(sentence) || CHINESE_QUESTION.test(sentence) || EMBEDDED_QUESTION.test(sentence)) return true;
  for (const clause of [sentence, withoutLabel(sentence)]) {
    const opened = clause.replace(OPENER, '');
    if (INTERROGATIVE.test(opened) && !NEGATED_AUXILIARY.test(opened)) return true;
  }
  return false;
}

/** Whether one sentence reads as an issue title: a malfunction, a past event, or a request to the maintainers. */
function reports(sentence: string, names: ReadonlySet<string>): boolean {
  if (TRACKER_LABEL.test(sentence) || MALFUNCTION.test(sentence) || negates(sentence, names)) return true;
  if (tellsPast(sentence, names) || tellsPresent(sentence)) return true;
  const clause = withoutLabel(sentence).replace(OPENER, '');
  if (REQUEST_FRAME.test(clause)) return true;
  const request = clause.replace(SUGGESTION, '');
  return MAINTAINER_IMPERATIVE.test(request) || GERUND_OPENING.test(request);
}

/** "not" before a verb or state ("not starting", "not writable"); before a name, variant or version it picks ("node 22 but not alpine"). */
function negates(sentence: string, names: ReadonlySet<string>): boolean {
  for (const found of sentence.matchAll(/\bnot ([a-z0-9][\w.-]*)/g)) {
    const word = found[1] ?? '';
    if (NOT_NEGATING.has(word) || names.has(word) || word in VARIANTS || versionOf(word) !== null || releaseOfWord(word) !== null) continue;
    if (DISTROS.has(word)) continue;
    return true;
  }
  return false;
}

const DISTROS: ReadonlySet<string> = new Set(['debian', 'ubuntu', 'alpine', 'windows', 'musl', 'glibc', 'arm', 'arm64', 'amd64']);

/**
 * The message's form. `lower` is the lower-cased head, `original` the same text with its case (pasted identifiers
 * like `$RUSTUP_HOME` are told by case), `names` the words that name images. Any sentence that asks makes a
 * question; otherwise a sentence that reports makes an issue title; otherwise it is a fragment.
 */
export function formOf(lower: string, original: string, names: ReadonlySet<string> = new Set()): Form {
  const parts = sentences(lower);
  if (parts.some(asks)) return 'question';
  return PASTED.test(original) || parts.some((part) => reports(part, names)) ? 'issue' : 'fragment';
}
