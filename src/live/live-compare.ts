import { comparedTags } from '../advice/answer-intent.js';
import { imageTag } from '../advice/describe.js';
import { megabytes } from '../advice/sizes.js';
import type { TagInfo } from '../catalog/types.js';
import { parseImageRef } from '../image-ref/parse-image-ref.js';
import type { Reply, ReplySection } from '../reply.js';
import { sizeForPlatform } from '../sources/docker-hub/client.js';
import type { ScanOutcome } from '../sources/scan/vulnerabilities.js';
import type { LiveJob } from './live-job.js';
import { liveSource } from './live-source.js';
import { platformFor } from '../advice/platforms.js';
import { countsText } from './live-vulns.js';

interface Side {
  info: TagInfo;
  size: number | null;
  scan: ScanOutcome | null;
}

async function lookUp(job: LiveJob, info: TagInfo, platform: string): Promise<Side> {
  const parsed = parseImageRef(imageTag(info.image, info.tag));
  if (!parsed.ok) return { info, size: null, scan: null };
  const options = { signal: job.signal };
  const [tag, scan] = await Promise.all([
    job.sources.hub.getTag('library', info.image, info.tag, options),
    job.sources.vulnerabilities.scan(parsed.value, platform, options),
  ]);
  return { info, size: tag === null ? null : sizeForPlatform(tag, platform), scan };
}

function section(side: Side): ReplySection {
  const lines = [`size: ${side.size === null ? 'unknown' : `${megabytes(side.size)} compressed`}`];
  if (side.scan?.status === 'scanned') {
    lines.push(`packages: ${side.scan.packages}`, `vulnerabilities: ${countsText(side.scan.counts)}`);
  } else {
    lines.push('packages and vulnerabilities: no published SBOM');
  }
  return { title: `\`${imageTag(side.info.image, side.info.tag)}\``, lines };
}

function total(side: Side): number | null {
  return side.scan?.status === 'scanned' ? side.scan.findings.length : null;
}

function differences(a: Side, b: Side): string[] {
  const out: string[] = [];
  if (a.size !== null && b.size !== null && b.size > 0) {
    out.push(`\`${a.info.tag}\` is ${(a.size / b.size).toFixed(1)}× the size of \`${b.info.tag}\` (${megabytes(a.size)} vs ${megabytes(b.size)})`);
  }
  if (a.scan?.status === 'scanned' && b.scan?.status === 'scanned') {
    out.push(`${a.scan.packages} vs ${b.scan.packages} packages`, `${total(a)} vs ${total(b)} known vulnerabilities`);
  }
  return out;
}

/** compare-tags: live size on one platform, package count and vulnerability counts side by side. */
export async function compareLive(job: LiveJob): Promise<Reply | null> {
  const tags = comparedTags(job.ctx.catalog, job.intent);
  if (!tags.ok) return null;
  const platform = platformFor(job.intent.pins.platform);
  const [a, b] = await Promise.all([lookUp(job, tags.a, platform), lookUp(job, tags.b, platform)]);
  const diff = differences(a, b);
  return {
    ...job.offline,
    summary: diff.length === 0 ? job.offline.summary : `${platform}: ${diff.join('; ')}.`,
    sections: [section(a), section(b), ...job.offline.sections.map((side) => ({ ...side, title: `${side.title} (snapshot)` }))].slice(0, 4),
    caveats: job.offline.caveats.filter((caveat) => !caveat.includes('live')),
    source: liveSource('Docker Hub + OSV', job.ctx.clock()),
    subject: { ...job.offline.subject, platform },
  };
}
