import type { Catalog, TagInfo } from '../catalog/types.js';
import { reply, type Reply, type ReplySection } from '../reply.js';
import { describeRelease, hubUrl, imageTag, plural } from './describe.js';
import { amd64Bytes, megabytes, sampleForTag } from './sizes.js';
import { snapshotSource } from './source.js';

function amd64Size(catalog: Catalog, info: TagInfo): number | null {
  const sample = sampleForTag(catalog, info);
  return sample === undefined ? null : amd64Bytes(sample);
}

function side(catalog: Catalog, info: TagInfo): ReplySection {
  const size = amd64Size(catalog, info);
  const lines = [
    `variant: ${info.variant}`,
    `version: ${info.version ?? 'floating'}`,
    `base: ${describeRelease(info) ?? 'not recorded'}`,
    `architectures: ${info.architectures.length}`,
  ];
  if (size !== null) lines.push(`size: ${megabytes(size)} compressed, linux/amd64 (repo-info sample)`);
  return { title: `\`${imageTag(info.image, info.tag)}\``, lines };
}

function differences(catalog: Catalog, a: TagInfo, b: TagInfo): string[] {
  const out: string[] = [];
  if (a.image !== b.image) out.push(`different images: \`${a.image}\` and \`${b.image}\``);
  if (a.variant !== b.variant) out.push(`variant ${a.variant} vs ${b.variant}`);
  if (a.version !== b.version) out.push(`version ${a.version ?? 'floating'} vs ${b.version ?? 'floating'}`);
  if (describeRelease(a) !== describeRelease(b)) out.push(`base ${describeRelease(a) ?? '?'} vs ${describeRelease(b) ?? '?'}`);
  const onlyA = a.architectures.filter((arch) => !b.architectures.includes(arch));
  const onlyB = b.architectures.filter((arch) => !a.architectures.includes(arch));
  if (onlyA.length > 0) out.push(`only \`${a.tag}\` has ${onlyA.join(', ')}`);
  if (onlyB.length > 0) out.push(`only \`${b.tag}\` has ${onlyB.join(', ')}`);
  const sizeA = amd64Size(catalog, a);
  const sizeB = amd64Size(catalog, b);
  if (sizeA !== null && sizeB !== null) out.push(`\`${a.tag}\` is ${(sizeA / sizeB).toFixed(1)}× the size of \`${b.tag}\` (amd64, compressed)`);
  return out;
}

/** Two tags side by side from the catalog; package and vulnerability counts need live lookups. */
export function compareTags(catalog: Catalog, a: TagInfo, b: TagInfo): Reply {
  const diff = differences(catalog, a, b);
  const same = a.aliases.includes(b.tag) && a.image === b.image;
  return reply({
    title: `${imageTag(a.image, a.tag)} vs ${imageTag(b.image, b.tag)}`,
    summary: same
      ? `\`${imageTag(a.image, a.tag)}\` and \`${b.tag}\` are the same image under two names.`
      : `${plural(diff.length, 'difference')}: ${diff.slice(0, 2).join('; ')}.`,
    verdict: 'info',
    facts: diff.slice(2).map((text) => ({ label: 'Also', value: text })),
    sections: [side(catalog, a), side(catalog, b)],
    recommendation: null,
    links: [...new Set([a.image, b.image])].map((image) => ({ label: `${image} on Docker Hub`, url: hubUrl(image) })),
    caveats: ['Package and vulnerability counts need a live SBOM lookup.'],
    source: snapshotSource(catalog),
    subject: { intent: 'compare-tags', image: a.image, tag: a.tag, version: a.version, variant: a.variant },
  });
}
