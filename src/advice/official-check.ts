import type { Catalog, ImageInfo } from '../catalog/types.js';
import type { ImageMention } from '../intent/types.js';
import { reply, type Reply } from '../reply.js';
import { clip, hubUrl } from './describe.js';
import { snapshotSource } from './source.js';

const PROGRAM_URL = 'https://docs.docker.com/docker-hub/image-library/trusted-content/#docker-official-images';

/** Mirrors that serve the official images under another name. */
const MIRRORS: Record<string, string> = {
  'public.ecr.aws': 'docker/library',
  'mirror.gcr.io': 'library',
};

/** Says whether a reference is a Docker Official Image, by the rule: Docker Hub, `library/`, name in the catalog. */
export function officialCheck(catalog: Catalog, mention: ImageMention): Reply {
  const product = mention.official === null ? undefined : catalog.getImage(mention.official);
  if (product !== undefined && mention.match === 'synonym' && !/[/:@]/.test(mention.raw)) {
    return isOfficial(catalog, product, null, [`The image is named \`${product.name}\`, not \`${clip(mention.raw, 40)}\`.`]);
  }
  const ref = mention.ref;
  const official = ref !== null ? catalog.getImage(ref.name) : undefined;
  if (ref !== null && ref.registry === 'docker.io' && ref.namespace === 'library' && official !== undefined) {
    return isOfficial(catalog, official, ref.tag, []);
  }
  return notOfficial(catalog, mention);
}

function isOfficial(catalog: Catalog, image: ImageInfo, tag: string | null, notes: string[]): Reply {
  const caveats = [...notes];
  if (image.deprecated) caveats.push(`\`${image.name}\` is deprecated${successorText(image)}.`);
  if (image.retired) caveats.push(`\`${image.name}\` has no supported tags any more: it is no longer rebuilt${successorText(image)}.`);
  if (tag !== null && catalog.getTag(image.name, tag) === undefined && !image.retired) {
    caveats.push(`\`${image.name}:${tag}\` is not a supported tag: if it still exists it is no longer rebuilt with security fixes.`);
  }
  const maintainers = image.maintainers.map((person) => `@${person.handle}`).join(', ');
  return reply({
    title: `${image.name}: official`,
    summary: `Yes: \`${image.name}\` is a Docker Official Image (docker.io/library/${image.name}).`,
    verdict: caveats.length > 0 ? 'warning' : 'good',
    facts: [
      { label: 'Maintained by', value: maintainers || 'the image maintainers' },
      { label: 'Source', value: image.githubRepo ?? image.gitRepo ?? 'not recorded' },
    ],
    recommendation: `Pull it as \`${image.name}${tag === null ? '' : `:${tag}`}\`; the short name means docker.io/library/${image.name}.`,
    links: [
      { label: `${image.name} on Docker Hub`, url: hubUrl(image.name) },
      { label: 'What "official" means', url: PROGRAM_URL },
    ],
    caveats,
    source: snapshotSource(catalog),
    subject: { intent: 'official-check', image: image.name, tag, version: null, variant: null, official: true, badge: 'official' },
  });
}

function successorText(image: ImageInfo): string {
  if (image.successors.length === 0) return '';
  return `: use ${image.successors.map((name) => `\`${name}\``).join(' or ')}`;
}

function notOfficial(catalog: Catalog, mention: ImageMention): Reply {
  const ref = mention.ref;
  const shown = clip(ref?.original ?? mention.raw);
  const lookalike = mention.suggestion ?? mention.official ?? (ref !== null && catalog.getImage(ref.name) !== undefined ? ref.name : null);
  const facts = [{ label: 'Why', value: whyNot(mention, catalog) }];
  const caveats: string[] = [];
  if (ref !== null && ref.registry === 'docker.io' && ref.namespace !== 'library') {
    caveats.push('Whether its publisher is a Verified Publisher or a Sponsored OSS project needs a live Docker Hub lookup.');
  }
  if (ref !== null && ref.namespace === 'library' && lookalike === null) {
    caveats.push(`Not in the catalog of ${snapshotSource(catalog).date}: an image added since then needs a live lookup.`);
  }
  return reply({
    title: ref === null && lookalike === null ? `${shown}: not an image reference` : `${shown}: not official`,
    summary: summaryFor(shown, ref === null, lookalike),
    verdict: ref === null && lookalike === null ? 'unknown' : 'bad',
    facts,
    recommendation: lookalike === null ? null : `The official one is \`${lookalike}\` (docker.io/library/${lookalike}).`,
    links: lookalike === null ? [{ label: 'What "official" means', url: PROGRAM_URL }] : [{ label: `${lookalike} on Docker Hub`, url: hubUrl(lookalike) }],
    caveats,
    source: snapshotSource(catalog),
    subject: {
      intent: 'official-check',
      image: shown,
      tag: ref?.tag ?? null,
      version: null,
      variant: null,
      official: ref === null && lookalike === null ? null : false,
      badge: null,
    },
  });
}

function whyNot(mention: ImageMention, catalog: Catalog): string {
  const ref = mention.ref;
  if (ref === null) return mention.suggestion === null ? 'I could not read that as an image reference.' : `there is no official image named \`${clip(mention.raw, 40)}\`.`;
  const mirror = MIRRORS[ref.registry];
  if (mirror !== undefined && ref.namespace === mirror && catalog.getImage(ref.name) !== undefined) {
    return `it is on ${ref.registry}, a mirror of the official \`${ref.name}\`: Docker Official Images themselves are on Docker Hub.`;
  }
  if (ref.registry !== 'docker.io') return `it is on ${ref.registry}: Docker Official Images live only on Docker Hub.`;
  if (ref.namespace !== 'library') return `it is published under \`${ref.namespace}/\`: official images have no publisher prefix (they live in \`library/\`).`;
  return `there is no official image named \`${ref.name}\`.`;
}

function summaryFor(shown: string, unreadable: boolean, lookalike: string | null): string {
  if (lookalike !== null) return `No: \`${shown}\` is not a Docker Official Image. Did you mean \`${lookalike}\`?`;
  if (unreadable) return `I could not read \`${shown}\` as an image reference: try a name such as \`python\` or \`bitnami/redis:7\`.`;
  return `No: \`${shown}\` is not a Docker Official Image.`;
}
