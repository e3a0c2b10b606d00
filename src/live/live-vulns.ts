import { FAQ_CVES } from '../advice/live-needed.js';
import { describeRelease } from '../advice/describe.js';
import type { Catalog } from '../catalog/types.js';
import { formatImageRef } from '../image-ref/format-image-ref.js';
import { parseImageRef } from '../image-ref/parse-image-ref.js';
import type { ImageRef } from '../image-ref/types.js';
import { platformFor } from '../advice/platforms.js';
import type { Fact, Reply, SeverityCounts } from '../reply.js';
import type { ScanOutcome, VulnerabilityReport } from '../sources/scan/vulnerabilities.js';
import type { LiveJob } from './live-job.js';
import { liveSource } from './live-source.js';

const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'] as const;
const TOP_FINDINGS = 5;

/** The reference a live lookup should use: the official image and tag the answer is about, or the one given. */
export function liveRef(job: Pick<LiveJob, 'intent' | 'offline'>): ImageRef | null {
  const { image, tag } = job.offline.subject;
  const mention = job.intent.image;
  if (mention?.official != null || (image !== null && mention?.match === 'typo')) {
    const parsed = image === null ? null : parseImageRef(tag === null ? image : `${image}:${tag}`);
    return parsed?.ok ? parsed.value : null;
  }
  return mention?.ref ?? null;
}

export function countsText(counts: SeverityCounts): string {
  return SEVERITIES.map((severity) => `${counts[severity]} ${severity}`).join(', ');
}

function distroOf(catalog: Catalog, ref: ImageRef): string {
  const info = ref.namespace === 'library' && ref.tag !== null ? catalog.getTag(ref.name, ref.tag) : undefined;
  return (info === undefined ? null : describeRelease(info)) ?? 'the distribution';
}

function findingFacts(report: VulnerabilityReport): Fact[] {
  return report.findings.slice(0, TOP_FINDINGS).map((finding) => ({
    label: `${finding.id.replace(/^DEBIAN-(?=CVE-)/, '')} (${finding.severity}${finding.score === null ? '' : ` ${finding.score.toFixed(1)}`})`,
    value: `${finding.package} ${finding.installed}, ${finding.fixed === null ? 'no fix yet' : `fixed in ${finding.fixed}`}`,
  }));
}

function scanned(job: LiveJob, ref: ImageRef, report: VulnerabilityReport): Reply {
  const total = report.findings.length;
  const distro = distroOf(job.ctx.catalog, ref);
  const unfixed = total === 0 ? '' : ` — ${report.unfixed} of the ${total} have no fix in ${distro} yet`;
  const summary = total === 0
    ? `${report.platform}: no known vulnerabilities in the ${report.packages} packages of its SBOM.`
    : `${report.platform}: ${countsText(report.counts)}${unfixed}.`;
  const facts = [
    ...findingFacts(report),
    { label: 'Packages', value: `${report.packages} in the SBOM` },
    { label: 'SBOM', value: `${report.sbomDate?.slice(0, 10) ?? 'undated'}, from the image's attestation (${report.digest.slice(0, 19)}…)` },
  ];
  const caveats = total === 0 ? [] : [
    `Official images are rebuilt when ${distro} ships fixes: findings with no fixed package wait on the distribution, not on the image.`,
  ];
  if (total > TOP_FINDINGS) caveats.push(`${total - TOP_FINDINGS} more findings not shown.`);
  return {
    ...job.offline,
    title: `${formatImageRef(ref)}: vulnerabilities`,
    summary,
    verdict: report.counts.critical > 0 ? 'bad' : report.counts.high > 0 ? 'warning' : 'good',
    facts,
    recommendation: report.unfixed < total ? 'Some findings have fixes: pull the tag again after its next rebuild, or bump your pinned digest.' : null,
    links: [...report.findings.slice(0, 3).map((finding) => ({ label: finding.id, url: finding.url })), { label: 'FAQ: why scanners report CVEs in official images', url: FAQ_CVES }],
    caveats,
    source: liveSource('Docker Hub registry + OSV', job.ctx.clock()),
    subject: { ...job.offline.subject, vulnerabilities: { ...report.counts }, platform: report.platform },
  };
}

function notScanned(job: LiveJob, ref: ImageRef, outcome: Exclude<ScanOutcome, VulnerabilityReport> | null, platform: string): Reply {
  const name = formatImageRef(ref);
  const summaries = {
    no_sbom: `No SBOM is published for \`${name}\` on ${platform}, so I cannot count its vulnerabilities without pulling it.`,
    no_platform: `\`${name}\` has no ${platform} image.`,
    not_allowed: outcome?.status === 'not_allowed' ? outcome.message : '',
    missing: `\`${name}\` does not exist on Docker Hub.`,
  } as const;
  const facts = outcome?.status === 'no_platform' ? [{ label: 'Platforms', value: outcome.available.join(', ') }] : [];
  return {
    ...job.offline,
    summary: summaries[outcome === null ? 'missing' : outcome.status],
    verdict: outcome === null ? 'bad' : 'unknown',
    facts,
    recommendation: outcome?.status === 'no_sbom' ? `Scan it yourself: \`docker scout cves ${name}\`` : null,
    caveats: [],
    source: liveSource('Docker Hub registry', job.ctx.clock()),
    subject: { ...job.offline.subject, vulnerabilities: null, platform },
  };
}

/** Docker Scout's counts for the same image, when the operator turned Scout on; nothing if it has none. */
async function scoutFact(job: LiveJob, ref: ImageRef, digest: string): Promise<Fact[]> {
  if (job.sources.scout === null) return [];
  try {
    const summary = await job.sources.scout.getSummary(ref.repository, digest, { signal: job.signal });
    if (summary === null || !('counts' in summary) || summary.counts === null) return [];
    const { critical, high, medium, low, unspecified } = summary.counts;
    return [{ label: 'Docker Scout (as Docker Hub shows it)', value: `${critical} critical, ${high} high, ${medium} medium, ${low} low, ${unspecified} unspecified` }];
  } catch (error) {
    job.ctx.log.info({ repository: ref.repository, error }, 'scout summary unavailable');
    return [];
  }
}

/** vuln-check from the image's SBOM attestation and OSV (and Docker Scout's summary when enabled). */
export async function vulnLive(job: LiveJob): Promise<Reply | null> {
  const ref = liveRef(job);
  if (ref === null) return null;
  const platform = platformFor(job.intent.pins.platform);
  const outcome = await job.sources.vulnerabilities.scan(ref, platform, { signal: job.signal });
  if (outcome?.status !== 'scanned') return notScanned(job, ref, outcome, platform);
  const answer = scanned(job, ref, outcome);
  const scout = await scoutFact(job, ref, outcome.digest);
  return scout.length === 0 ? answer : { ...answer, facts: [...answer.facts, ...scout] };
}

