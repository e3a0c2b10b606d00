import type { Catalog, ImageInfo, TagInfo } from '../catalog/types.js';
import type { Pins } from '../intent/types.js';
import { reply, type Fact, type Reply } from '../reply.js';
import { recommendChoice } from './choose-tag.js';
import { describeRelease, hubUrl, imageTag } from './describe.js';
import { megabytes, sampleForTag } from './sizes.js';
import { snapshotSource } from './source.js';

export const FAQ_CVES = 'https://github.com/docker-library/faq#why-does-my-security-scanner-show-that-an-image-has-so-many-cves';

/** The tag asked about, or the one I would recommend when none was named. */
export function resolveTag(catalog: Catalog, image: ImageInfo, tag: string | null, pins: Pins): TagInfo | undefined {
  if (tag !== null) return catalog.getTag(image.name, tag);
  const result = recommendChoice(image, pins);
  return result.ok ? catalog.getTag(image.name, result.choice.tag) : undefined;
}

function sizeFacts(catalog: Catalog, info: TagInfo): Fact[] {
  const sample = sampleForTag(catalog, info);
  if (sample === undefined) return [];
  return sample.platforms.flatMap((entry) =>
    entry.compressedBytes === null ? [] : [{ label: entry.platform, value: `${megabytes(entry.compressedBytes)} compressed` }],
  );
}

function subject(intent: 'size' | 'vuln-check', image: ImageInfo, info: TagInfo | undefined, tag: string | null): Reply['subject'] {
  return { intent, image: image.name, tag: info?.tag ?? tag, version: info?.version ?? null, variant: info?.variant ?? null };
}

/** Size from the catalog: the repo-info sample when the tag was sampled, otherwise an honest "needs live data". */
export function sizeOffline(catalog: Catalog, image: ImageInfo, tag: string | null, pins: Pins): Reply {
  const info = resolveTag(catalog, image, tag, pins);
  const name = imageTag(image, info?.tag ?? tag ?? 'latest');
  const facts = info === undefined ? [] : sizeFacts(catalog, info);
  const sampled = facts.length > 0;
  return reply({
    title: `${name}: size`,
    summary: sampled
      ? `\`${name}\` is ${facts[0]?.value} on ${facts[0]?.label} (repo-info sample).`
      : `I could not check the size of \`${name}\`: sizes need a live Docker Hub lookup, and this tag is not in my sample.`,
    verdict: sampled ? 'info' : 'unknown',
    facts: facts.slice(0, 10),
    recommendation: info !== undefined && info.variant === 'default' ? `Compare with the slim variant: \`compare ${name} vs ${name}-slim\`` : null,
    links: [{ label: `${image.name} tags on Docker Hub`, url: `${hubUrl(image.name)}/tags` }],
    caveats: sampled ? ['Compressed (download) size; unpacked on disk it is two to three times larger.'] : [],
    source: snapshotSource(catalog),
    subject: subject('size', image, info, tag),
  });
}

/** Without a scan: what the catalog says about the tag's maintenance, and what a live scan would add. */
export function vulnCheckOffline(catalog: Catalog, image: ImageInfo, tag: string | null, pins: Pins): Reply {
  const info = resolveTag(catalog, image, tag, pins);
  const name = imageTag(image, info?.tag ?? tag ?? 'latest');
  const facts: Fact[] = [];
  if (info !== undefined) facts.push({ label: 'Base', value: describeRelease(info) ?? 'not recorded' });
  facts.push({ label: 'Maintenance', value: info === undefined ? 'not a supported tag: it is no longer rebuilt, so known fixes do not reach it' : 'a supported tag: rebuilt when the base distribution ships fixes' });
  return reply({
    title: `${name}: vulnerabilities`,
    summary: `I could not scan \`${name}\` now: vulnerability counts need a live SBOM and OSV lookup.`,
    verdict: info === undefined ? 'bad' : 'unknown',
    facts,
    recommendation: `Scan it yourself meanwhile: \`docker scout cves ${name}\``,
    links: [
      { label: `${name} on Docker Hub`, url: `${hubUrl(image.name)}/tags?name=${encodeURIComponent(info?.tag ?? tag ?? 'latest')}` },
      { label: 'FAQ: why scanners report CVEs in official images', url: FAQ_CVES },
    ],
    caveats: ['Official images are rebuilt when the distribution publishes fixes; a CVE without a fixed package waits on the distribution.'],
    source: snapshotSource(catalog),
    subject: subject('vuln-check', image, info, tag),
  });
}
