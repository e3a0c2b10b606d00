import type { Catalog, ImageInfo, TagInfo } from '../catalog/types.js';
import type { ImageMention, Intent, IntentName } from '../intent/types.js';
import { reply, type Reply } from '../reply.js';
import { compareTags } from './compare-tags.js';
import { clip } from './describe.js';
import { feedbackRoute, programRoute } from './feedback-route.js';
import { helpReply } from './help.js';
import { resolveTag, sizeOffline, vulnCheckOffline } from './live-needed.js';
import { officialCheck } from './official-check.js';
import { platformFor } from './platforms.js';
import { proposeImage } from './propose-image.js';
import { recommendVariant } from './recommend-variant.js';
import { reviewDockerfile } from './review-dockerfile.js';
import { searchImages } from './search.js';
import { snapshotSource } from './source.js';
import { tagInfo } from './tag-info.js';
import { localize } from './zh.js';

const EXAMPLE_QUESTION: Partial<Record<IntentName, string>> = {
  'recommend-variant': 'which tag for python, slim or full?',
  'tag-info': 'what tags does postgres 18 have?',
  size: 'how big is node:24-slim?',
  'vuln-check': 'is python:3.14-slim clean?',
  'compare-tags': 'compare python:3.14 vs python:3.14-slim',
  'official-check': 'is bitnami/redis official?',
};

/** An official image for the mention, or the reply that explains why there is none. */
type Resolved = { ok: true; image: ImageInfo; assumed: string | null } | { ok: false; reply: Reply };

/**
 * The official image a mention names. A plain typo (`pyhton`) is read as its suggestion, and the answer says so;
 * a real other image (`bitnami/python`) is not.
 */
export function officialImageFor(catalog: Catalog, intent: IntentName, mention: ImageMention | null): Resolved {
  const image = mention?.official == null ? undefined : catalog.getImage(mention.official);
  if (image !== undefined) return { ok: true, image, assumed: null };
  const guess = mention?.match === 'typo' && mention.suggestion !== null ? catalog.getImage(mention.suggestion) : undefined;
  if (guess !== undefined && mention !== null) {
    return { ok: true, image: guess, assumed: `I read \`${clip(mention.raw, 40)}\` as \`${guess.name}\`.` };
  }
  return { ok: false, reply: notResolved(catalog, intent, mention) };
}

function withAssumption(answer: Reply, assumed: string | null): Reply {
  return assumed === null ? answer : { ...answer, caveats: [assumed, ...answer.caveats] };
}

function notResolved(catalog: Catalog, intent: IntentName, mention: ImageMention | null): Reply {
  const source = snapshotSource(catalog);
  const subject = { intent, image: mention === null ? null : clip(mention.ref?.original ?? mention.raw), tag: mention?.tag ?? null, version: null, variant: null };
  const example = EXAMPLE_QUESTION[intent] ?? 'which tag for python?';
  if (mention === null) {
    return reply({ title: 'Which image?', summary: `Which image do you mean? For example: \`${example}\``, verdict: 'unknown', source, subject });
  }
  const shown = clip(mention.ref?.original ?? mention.raw);
  const suggestion = mention.suggestion ?? (mention.ref !== null && catalog.getImage(mention.ref.name) !== undefined ? mention.ref.name : null);
  return reply({
    title: `${shown}: not an official image`,
    summary: suggestion === null
      ? `\`${shown}\` is not a Docker Official Image, and I only advise on those.`
      : `\`${shown}\` is not a Docker Official Image. Did you mean \`${suggestion}\`?`,
    verdict: 'unknown',
    recommendation: suggestion === null ? 'Search the official images: `official database images`' : `Ask again about \`${suggestion}\`.`,
    source,
    subject,
  });
}

function tagOf(catalog: Catalog, image: ImageInfo, mention: ImageMention | null, intent: Intent): TagInfo | undefined {
  return resolveTag(catalog, image, mention?.tag ?? null, intent.pins);
}

/** The two tags of a comparison, or the reply that says why they cannot be compared. */
export function comparedTags(catalog: Catalog, intent: Intent): { ok: true; a: TagInfo; b: TagInfo; assumed: string | null } | { ok: false; reply: Reply } {
  const first = officialImageFor(catalog, 'compare-tags', intent.image);
  if (!first.ok) return first;
  const second = officialImageFor(catalog, 'compare-tags', intent.other);
  if (!second.ok) return second;
  const a = tagOf(catalog, first.image, intent.image, intent);
  const b = tagOf(catalog, second.image, intent.other, { ...intent, pins: { ...intent.pins, variant: null, version: null } });
  if (a === undefined || b === undefined) {
    const [image, mention] = a === undefined ? [first.image, intent.image] : [second.image, intent.other];
    const answer = tagInfo(catalog, image, mention?.tag ?? null, intent.pins);
    return { ok: false, reply: { ...answer, subject: { ...answer.subject, intent: 'compare-tags' } } };
  }
  const assumed = [first.assumed, second.assumed].filter((note) => note !== null).join(' ');
  return { ok: true, a, b, assumed: assumed === '' ? null : assumed };
}

function compare(catalog: Catalog, intent: Intent): Reply {
  const tags = comparedTags(catalog, intent);
  return tags.ok ? withAssumption(compareTags(catalog, tags.a, tags.b), tags.assumed) : tags.reply;
}

function withImage(catalog: Catalog, intent: Intent, answer: (image: ImageInfo) => Reply): Reply {
  const resolved = officialImageFor(catalog, intent.name, intent.image);
  return resolved.ok ? withAssumption(answer(resolved.image), resolved.assumed) : resolved.reply;
}

/** A vulnerability answer always names its platform, and its counts: none without a live scan. */
function withScanSubject(answer: Reply, intent: Intent): Reply {
  return { ...answer, subject: { ...answer.subject, vulnerabilities: null, platform: platformFor(intent.pins.platform) } };
}

/** Turns an understood question into an answer from the catalog, in the asker's language where it can. */
export function answerIntent(catalog: Catalog, intent: Intent): Reply {
  return localize(catalog, answerInEnglish(catalog, intent), intent.language);
}

function answerInEnglish(catalog: Catalog, intent: Intent): Reply {
  const tag = intent.image?.tag ?? null;
  switch (intent.name) {
    case 'help':
    case 'unknown':
      return helpReply(catalog, intent.name, intent.language);
    case 'propose-image':
      return proposeImage(catalog, intent.image);
    case 'search':
      return searchImages(catalog, intent.category, intent.keywords);
    case 'review-dockerfile':
      return reviewDockerfile(catalog, intent.dockerfile ?? '');
    case 'official-check':
      return intent.image === null ? notResolved(catalog, intent.name, null) : officialCheck(catalog, intent.image);
    case 'feedback-route':
      if (intent.image === null) return programRoute(catalog);
      return withImage(catalog, intent, (image) => feedbackRoute(catalog, image, intent.vulnerabilityId !== null));
    case 'compare-tags':
      return compare(catalog, intent);
    case 'recommend-variant':
      return withImage(catalog, intent, (image) => recommendVariant(catalog, image, intent.pins));
    case 'tag-info':
      return withImage(catalog, intent, (image) => tagInfo(catalog, image, tag, intent.pins));
    case 'size':
      return withImage(catalog, intent, (image) => sizeOffline(catalog, image, tag, intent.pins));
    case 'vuln-check':
      return withScanSubject(withImage(catalog, intent, (image) => vulnCheckOffline(catalog, image, tag, intent.pins)), intent);
  }
}
