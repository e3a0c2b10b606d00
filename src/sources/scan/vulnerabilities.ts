import type { Cache } from '../../cache/cached.js';
import { TTL } from '../../cache/namespaces.js';
import type { CallOptions } from '../../http/create-http.js';
import type { ImageRef } from '../../image-ref/types.js';
import { ONLY_DOCKER_HUB_MESSAGE } from '../registry/allowed-registries.js';
import type { RegistryClient, Sbom } from '../registry/client.js';
import { findPlatform, formatPlatform } from '../registry/platforms.js';
import type { OsvClient } from './client.js';
import type { Severity } from './cvss.js';
import { imageOsOf, packageQueryFor, type PackageQuery } from './ecosystem.js';
import { cvesOf, ownScore, toFinding, withoutDuplicateAdvisories, type Finding } from './findings.js';
import type { OsvVuln } from './schema.js';

export interface VulnerabilityReport {
  status: 'scanned';
  platform: string;
  /** The platform image the SBOM describes. */
  digest: string;
  sbomDate: string | null;
  /** Packages in the SBOM (the container entry and the OS entry not counted). */
  packages: number;
  counts: Record<Severity, number>;
  /** Worst first. */
  findings: Finding[];
  /** Findings with no fixed version yet. */
  unfixed: number;
  source: 'osv';
}

/** Why there is nothing to assess without pulling the image (upstream-apis.md §5.4). */
export type ScanOutcome =
  | VulnerabilityReport
  | { status: 'no_sbom'; platform: string; digest: string | null; reason: 'no_attestation' | 'no_spdx' | 'single_platform' }
  | { status: 'no_platform'; platform: string; available: string[] }
  | { status: 'not_allowed'; message: string };

const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'unknown'];

/**
 * The vulnerability pipeline: tag → index → platform image → attestation → SPDX SBOM → OSV querybatch (all pages) →
 * vulns/{id} in parallel → the CVE records Debian advisories point at (`upstream`), in parallel. Reports are cached
 * for an hour per attestation (the SBOM never changes; OSV's data does).
 */
export class VulnerabilityScanner {
  private readonly registryFor: (ref: ImageRef) => RegistryClient | null;
  private readonly osv: OsvClient;
  private readonly cache: Cache;

  constructor(registryFor: (ref: ImageRef) => RegistryClient | null, osv: OsvClient, cache: Cache) {
    this.registryFor = registryFor;
    this.osv = osv;
    this.cache = cache;
  }

  /** The report for `ref` on `platform` (`linux/amd64`); null when the image or tag does not exist. */
  async scan(ref: ImageRef, platform: string, options: CallOptions = {}): Promise<ScanOutcome | null> {
    const registry = this.registryFor(ref);
    if (!registry) return { status: 'not_allowed', message: ONLY_DOCKER_HUB_MESSAGE };
    const images = await registry.getPlatforms(ref.repository, ref.digest ?? ref.tag ?? 'latest', options);
    if (!images) return null;
    if (images.length === 1 && images[0]?.platform === null) return { status: 'no_sbom', platform, digest: images[0].digest, reason: 'single_platform' };
    const image = findPlatform(images, platform);
    if (!image) return { status: 'no_platform', platform, available: images.map((entry) => formatPlatform(entry.platform)) };
    const attestation = image.attestationDigest;
    const name = formatPlatform(image.platform);
    if (!attestation) return { status: 'no_sbom', platform: name, digest: image.digest, reason: 'no_attestation' };
    const spec = { namespace: 'scan-report', key: `${ref.registry}/${ref.repository}@${attestation}`, ttlMs: TTL.vulnerability } as const;
    return this.cache.cached(spec, () => this.report(registry, ref.repository, attestation, name, image.digest), options.signal);
  }

  private async report(registry: RegistryClient, repository: string, attestation: string, platform: string, digest: string): Promise<ScanOutcome> {
    const sbom = await registry.getSbom(repository, attestation);
    if (!sbom) return { status: 'no_sbom', platform, digest, reason: 'no_spdx' };
    const findings = await this.findingsFor(sbom);
    const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
    for (const finding of findings) counts[finding.severity]++;
    return {
      status: 'scanned',
      platform,
      digest,
      sbomDate: sbom.created,
      packages: sbom.packages.filter((pkg) => pkg.purpose !== 'CONTAINER' && pkg.purpose !== 'OPERATING-SYSTEM' && !pkg.purl?.startsWith('pkg:oci/')).length,
      counts,
      findings,
      unfixed: findings.filter((finding) => finding.fixed === null).length,
      source: 'osv',
    };
  }

  private async findingsFor(sbom: Sbom): Promise<Finding[]> {
    const queries = uniqueQueries(sbom);
    const ids = await this.osv.queryBatch(queries.map((query) => query.query));
    const records = await this.records([...new Set(ids.flat())]);
    const cveScores = await this.upstreamScores([...records.values()]);
    const findings: Finding[] = [];
    for (const [index, query] of queries.entries()) {
      const vulns = (ids[index] ?? []).map((id) => records.get(id)).filter((vuln): vuln is OsvVuln => Boolean(vuln) && !vuln?.withdrawn);
      for (const vuln of withoutDuplicateAdvisories(vulns)) findings.push(toFinding(vuln, query, scoreOf(vuln, cveScores)));
    }
    return findings.sort(worstFirst);
  }

  /** Every record, fetched in parallel; ids OSV no longer knows are left out. */
  private async records(ids: readonly string[]): Promise<Map<string, OsvVuln>> {
    const records = await Promise.all(ids.map((id) => this.osv.getVuln(id)));
    return new Map(records.filter((vuln): vuln is OsvVuln => vuln !== null).map((vuln) => [vuln.id, vuln]));
  }

  /** Scores of the CVE records named by records that carry no CVSS themselves (Debian DSA/DLA/DEBIAN-CVE). */
  private async upstreamScores(records: readonly OsvVuln[]): Promise<Map<string, number>> {
    const wanted = new Set(records.filter((vuln) => ownScore(vuln) === null).flatMap((vuln) => cvesOf(vuln).filter((cve) => cve !== vuln.id)));
    const fetched = await this.records([...wanted]);
    const scores = new Map<string, number>();
    for (const [id, vuln] of fetched) {
      const score = ownScore(vuln);
      if (score !== null) scores.set(id, score);
    }
    return scores;
  }
}

function uniqueQueries(sbom: Sbom): PackageQuery[] {
  const os = imageOsOf(sbom.packages);
  const byKey = new Map<string, PackageQuery>();
  for (const pkg of sbom.packages) {
    const query = packageQueryFor(pkg, os);
    if (query) byKey.set(`${query.ecosystem}|${query.name}|${query.version}`, query);
  }
  return [...byKey.values()];
}

function scoreOf(vuln: OsvVuln, cveScores: ReadonlyMap<string, number>): number | null {
  const own = ownScore(vuln);
  if (own !== null) return own;
  const upstream = cvesOf(vuln).map((cve) => cveScores.get(cve)).filter((score): score is number => score !== undefined);
  return upstream.length > 0 ? Math.max(...upstream) : null;
}

function worstFirst(a: Finding, b: Finding): number {
  const bySeverity = SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity);
  return bySeverity || (b.score ?? 0) - (a.score ?? 0) || a.package.localeCompare(b.package) || a.id.localeCompare(b.id);
}
