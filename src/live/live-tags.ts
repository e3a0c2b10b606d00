import { recommendChoice } from '../advice/choose-tag.js';
import { megabytes } from '../advice/sizes.js';
import { formatImageRef } from '../image-ref/format-image-ref.js';
import type { ImageRef } from '../image-ref/types.js';
import type { Fact, Reply } from '../reply.js';
import { sizeForPlatform } from '../sources/docker-hub/client.js';
import type { HubTag } from '../sources/docker-hub/schema.js';
import type { LiveJob } from './live-job.js';
import { liveSource } from './live-source.js';
import { platformFor } from '../advice/platforms.js';
import { liveRef } from './live-vulns.js';

function pushed(tag: HubTag): string | null {
  return tag.lastPushed?.slice(0, 10) ?? null;
}

function platformName(image: HubTag['images'][number]): string {
  return [image.os, image.architecture, image.variant].filter((part) => part !== null && part !== undefined).join('/');
}

/** Live facts about one tag: size on the asked platform, digest to pin, last push. */
function tagFacts(tag: HubTag, platform: string, snapshotDate: string): Fact[] {
  const facts: Fact[] = [];
  const size = sizeForPlatform(tag, platform);
  if (size !== null) facts.push({ label: `Size, ${platform} (live)`, value: `${megabytes(size)} compressed` });
  const when = pushed(tag);
  if (when !== null) facts.push({ label: 'Last pushed', value: when > snapshotDate ? `${when} (rebuilt since the snapshot of ${snapshotDate})` : when });
  return facts;
}

async function hubTag(job: LiveJob, ref: ImageRef, tag: string): Promise<HubTag | null> {
  return job.sources.hub.getTag(ref.namespace, ref.name, tag, { signal: job.signal });
}

/** recommend-variant: the same choice, with its live size, last push, and a digest to pin. */
export async function recommendLive(job: LiveJob): Promise<Reply | null> {
  const ref = liveRef(job);
  const image = job.offline.subject.image === null ? undefined : job.ctx.catalog.getImage(job.offline.subject.image);
  const choice = image === undefined ? null : recommendChoice(image, job.intent.pins);
  if (ref === null || choice === null || !choice.ok) return null;
  const pinned = choice.choice.pinned;
  const tag = await hubTag(job, ref, pinned);
  if (tag === null) return null;
  const platform = platformFor(job.intent.pins.platform);
  const digest = tag.digest === null || tag.digest === undefined ? '' : `@${tag.digest}`;
  return {
    ...job.offline,
    facts: [...job.offline.facts, ...tagFacts(tag, platform, job.offline.source.date)],
    recommendation: digest === '' ? job.offline.recommendation : `FROM ${ref.name}:${pinned}${digest}  (or without the digest to follow rebuilds)`,
    source: liveSource('official-images snapshot + Docker Hub', job.ctx.clock()),
  };
}

/** The tag the answer is about, looked up on Docker Hub; null when the question names no tag. */
async function askedTag(job: LiveJob): Promise<{ ref: ImageRef; name: string; tag: HubTag | null } | null> {
  const ref = liveRef(job);
  const name = job.offline.subject.tag ?? job.intent.image?.tag ?? null;
  if (ref === null || name === null) return null;
  return { ref: { ...ref, tag: name, digest: null }, name, tag: await hubTag(job, ref, name) };
}

/** size: compressed size per platform and last push, from Docker Hub. */
export async function sizeLive(job: LiveJob): Promise<Reply | null> {
  const asked = await askedTag(job);
  if (asked === null) return null;
  const source = liveSource('Docker Hub', job.ctx.clock());
  const shown = formatImageRef(asked.ref);
  if (asked.tag === null) return { ...job.offline, summary: `\`${shown}\` does not exist on Docker Hub.`, verdict: 'bad', facts: [], source };
  const sizes = asked.tag.images.flatMap((image) => (image.size === null ? [] : [{ label: platformName(image), value: `${megabytes(image.size)} compressed` }]));
  const platform = platformFor(job.intent.pins.platform);
  const wanted = sizes.find((size) => size.label === platform) ?? sizes[0];
  const when = pushed(asked.tag);
  return {
    ...job.offline,
    summary: wanted === undefined ? `Docker Hub lists no size for \`${shown}\`.` : `\`${shown}\` is ${wanted.value} on ${wanted.label}.`,
    verdict: 'info',
    facts: [...sizes.slice(0, 10), ...(when === null ? [] : [{ label: 'Last pushed', value: when }])],
    caveats: ['Compressed (download) size; unpacked on disk it is two to three times larger.'],
    source,
  };
}

/** tag-info: the snapshot's facts plus live size and last push; a tag the snapshot lacks but Docker Hub has. */
export async function tagInfoLive(job: LiveJob): Promise<Reply | null> {
  const asked = await askedTag(job);
  if (asked === null) return null;
  const source = liveSource('official-images snapshot + Docker Hub', job.ctx.clock());
  const shown = formatImageRef(asked.ref);
  if (asked.tag === null) return { ...job.offline, summary: `\`${shown}\` does not exist on Docker Hub.`, verdict: 'bad', source };
  const inSnapshot = asked.ref.namespace !== 'library' || job.ctx.catalog.getTag(asked.ref.name, asked.name) !== undefined;
  const summary = inSnapshot ? job.offline.summary : `\`${shown}\` exists on Docker Hub but is not in the snapshot of ${job.offline.source.date}: it is newer, or no longer maintained.`;
  const facts = [...job.offline.facts, ...tagFacts(asked.tag, platformFor(job.intent.pins.platform), job.offline.source.date)];
  return { ...job.offline, summary, facts, source };
}
