import type { Catalog, ImageInfo, TagInfo } from '../catalog/types.js';
import { parseDockerfile, type FromLine } from '../dockerfile/parse-dockerfile.js';
import { parseImageRef } from '../image-ref/parse-image-ref.js';
import type { ImageRef } from '../image-ref/types.js';
import { reply, type Reply, type ReplySection, type Verdict } from '../reply.js';
import { buildsOf, familyOf } from './builds.js';
import { nameBuild, rankBuilds } from './choose-tag.js';
import { clip, imageTag } from './describe.js';
import { snapshotSource } from './source.js';
import { onVersionLine } from './versions.js';

interface Finding {
  verdict: Verdict;
  text: string;
}

interface Review {
  from: FromLine;
  findings: Finding[];
  official: string | null;
  ref: ImageRef | null;
}

const RANK: Record<Verdict, number> = { good: 0, info: 0, unknown: 1, warning: 2, bad: 3 };

function worst(findings: Finding[]): Verdict {
  let result: Verdict = 'good';
  for (const finding of findings) if (RANK[finding.verdict] > RANK[result]) result = finding.verdict;
  return result;
}

/** A slimmer official build on the same version line and distro family, for the stage that ships. */
function slimmer(image: ImageInfo, info: TagInfo): string | null {
  if (info.variant !== 'default' || info.os !== 'linux') return null;
  const version = info.version;
  const candidates = buildsOf(image).filter(
    (build) =>
      familyOf(build) === 'slim' &&
      !build.primary.prerelease &&
      (version === null || build.tags.some((tag) => onVersionLine(tag.version, version))) &&
      (info.release === null || build.primary.release === info.release),
  );
  const best = rankBuilds(candidates, false)[0];
  return best === undefined ? null : imageTag(image, nameBuild(image, best, { version, release: null }).tag);
}

function tagFindings(image: ImageInfo, ref: ImageRef, info: TagInfo | undefined, finalStage: boolean): Finding[] {
  const findings: Finding[] = [];
  if (ref.tag === null && ref.digest === null) findings.push({ verdict: 'warning', text: 'no tag: this is `latest`, which moves to every new release.' });
  if (ref.tag !== null && info === undefined) {
    findings.push({ verdict: 'bad', text: `\`${clip(ref.tag, 60)}\` is not a supported tag: it is no longer rebuilt with security fixes (or it never existed).` });
  }
  if (info !== undefined && info.version === null) findings.push({ verdict: 'warning', text: `\`${info.tag}\` floats to new major releases: pin a version.` });
  if (info?.prerelease) findings.push({ verdict: 'warning', text: `\`${info.tag}\` is a pre-release.` });
  const lighter = info !== undefined && finalStage ? slimmer(image, info) : null;
  if (lighter !== null) findings.push({ verdict: 'info', text: `the final stage could use \`${lighter}\`: far smaller, if nothing compiles at run time.` });
  if (ref.digest !== null) findings.push({ verdict: 'good', text: 'pinned by digest: reproducible; bump the digest to get security fixes.' });
  return findings;
}

function reviewOfficial(catalog: Catalog, image: ImageInfo, ref: ImageRef, finalStage: boolean): Finding[] {
  const findings: Finding[] = [{ verdict: 'good', text: `\`${image.name}\` is a Docker Official Image.` }];
  if (image.deprecated || image.retired) {
    const use = image.successors.length > 0 ? `: use ${image.successors.map((name) => `\`${name}\``).join(' or ')}` : '';
    findings.push({ verdict: 'bad', text: `\`${image.name}\` is ${image.retired ? 'retired' : 'deprecated'}${use}.` });
  }
  const info = ref.tag === null ? catalog.getTag(image.name, 'latest') : catalog.getTag(image.name, ref.tag);
  return [...findings, ...tagFindings(image, ref, ref.tag === null ? undefined : info, finalStage)];
}

function reviewOne(catalog: Catalog, from: FromLine, finalStage: boolean): Review {
  const base = { from, official: null, ref: null };
  if (from.fromStage !== null) return { ...base, findings: [{ verdict: 'info', text: `builds on the earlier stage \`${from.fromStage}\`.` }] };
  if (from.image === null) {
    return { ...base, findings: [{ verdict: 'unknown', text: `uses ${from.unresolved.map((name) => `\`$${name}\``).join(', ') || 'a variable'} with no default: I cannot tell which image.` }] };
  }
  if (from.image === 'scratch') return { ...base, findings: [{ verdict: 'good', text: '`scratch`: the empty base, nothing to check.' }] };
  const parsed = parseImageRef(from.image);
  if (!parsed.ok) return { ...base, findings: [{ verdict: 'bad', text: `\`${clip(from.image, 60)}\` is not a valid image reference.` }] };
  const ref = parsed.value;
  const image = catalog.getImage(ref.name);
  if (ref.registry === 'docker.io' && ref.namespace === 'library' && image !== undefined) {
    return { from, ref, official: image.name, findings: reviewOfficial(catalog, image, ref, finalStage) };
  }
  const where = ref.registry === 'docker.io' ? `published under \`${ref.namespace}/\`` : `on ${ref.registry}`;
  const findings: Finding[] = [{ verdict: 'warning', text: `not a Docker Official Image (${where}).` }];
  if (image !== undefined) findings.push({ verdict: 'info', text: `the official \`${image.name}\` image may do the same job.` });
  return { from, ref, official: null, findings };
}

function section(review: Review): ReplySection {
  return { title: `line ${review.from.line}: \`${clip(review.from.text, 120)}\``, lines: review.findings.map((finding) => finding.text) };
}

/** Reviews each FROM of a pasted Dockerfile: official or not, floating or pinned, supported tag, slimmer option. */
export function reviewDockerfile(catalog: Catalog, dockerfile: string): Reply {
  const froms = parseDockerfile(dockerfile).slice(0, 20);
  const source = snapshotSource(catalog);
  if (froms.length === 0) {
    return reply({
      title: 'Dockerfile review',
      summary: 'I found no `FROM` line to review. Paste the Dockerfile, or ask about one image.',
      verdict: 'unknown',
      source,
      subject: { intent: 'review-dockerfile', image: null, tag: null, version: null, variant: null },
    });
  }
  const reviews = froms.map((from, index) => reviewOne(catalog, from, index === froms.length - 1));
  const attention = reviews.filter((review) => RANK[worst(review.findings)] >= RANK.warning).length;
  const main = reviews.find((review) => review.ref !== null) ?? reviews[0];
  const unpinned = reviews.some((review) => review.ref !== null && review.ref.digest === null);
  return reply({
    title: `Dockerfile review: ${froms.length} FROM ${froms.length === 1 ? 'line' : 'lines'}`,
    summary: attention === 0 ? 'Every base image looks fine.' : `${attention} of ${froms.length} base images need attention.`,
    verdict: worst(reviews.flatMap((review) => review.findings)),
    sections: reviews.map(section),
    recommendation: unpinned ? 'For byte-for-byte builds pin each base by digest (`image:tag@sha256:…`) and let a bot such as Renovate or Dependabot bump it.' : null,
    caveats: [],
    source,
    subject: {
      intent: 'review-dockerfile',
      image: main?.official ?? main?.from.image ?? null,
      tag: main?.ref?.tag ?? null,
      version: null,
      variant: null,
    },
  });
}
