import { cvssBaseScore, severityOf, type Severity } from './cvss.js';
import type { PackageQuery } from './ecosystem.js';
import type { OsvVuln } from './schema.js';

export interface Finding {
  id: string;
  /** Source package name for OS packages (what OSV is asked about), package name otherwise. */
  package: string;
  installed: string;
  fixed: string | null;
  severity: Severity;
  /** CVSS base score computed from the vector; null when no scorable vector exists. */
  score: number | null;
  url: string;
}

/** Vectors OSV scores by, best first: v3.x, then v2 (v4 is not scored here, see cvss.ts). */
const SCORED_TYPES = ['CVSS_V3', 'CVSS_V2'] as const;

/** The CVE ids a record stands for: itself, `upstream`, `aliases`. */
export function cvesOf(vuln: OsvVuln): string[] {
  const ids = [vuln.id, ...vuln.upstream, ...vuln.aliases].map((id) => /CVE-\d{4}-\d+$/.exec(id)?.[0]).filter((id): id is string => Boolean(id));
  return [...new Set(ids)];
}

/** The highest base score among the record's own vectors (top level and per affected package); null when none. */
export function ownScore(vuln: OsvVuln): number | null {
  const vectors = [...vuln.severity, ...vuln.affected.flatMap((affected) => affected.severity ?? [])];
  let best: number | null = null;
  for (const type of SCORED_TYPES) {
    for (const vector of vectors.filter((entry) => entry.type === type)) {
      const score = cvssBaseScore(vector.score);
      if (score !== null && (best === null || score > best)) best = score;
    }
    if (best !== null) return best;
  }
  return best;
}

/** The first version that fixes `query`'s package according to the record; null when none is known. */
export function fixedVersion(vuln: OsvVuln, query: PackageQuery): string | null {
  for (const affected of vuln.affected) {
    const pkg = affected.package;
    const ecosystemMatches = !pkg?.ecosystem || pkg.ecosystem === query.ecosystem || pkg.ecosystem.toLowerCase() === query.ecosystem;
    if (!ecosystemMatches || (pkg?.name && pkg.name !== query.name && !query.name.endsWith(`/${pkg.name}`))) continue;
    for (const range of affected.ranges ?? []) {
      const fixed = range.events.find((event) => event.fixed)?.fixed;
      if (fixed) return fixed;
    }
  }
  return null;
}

/**
 * Drops advisories (DSA, DLA, USN…) whose CVEs all have a per-CVE record for the same package (DEBIAN-CVE-…, CVE-…),
 * so one flaw is counted once.
 */
export function withoutDuplicateAdvisories(vulns: readonly OsvVuln[]): OsvVuln[] {
  const perCve = new Set(vulns.filter((vuln) => isPerCveRecord(vuln)).flatMap(cvesOf));
  return vulns.filter((vuln) => {
    if (isPerCveRecord(vuln)) return true;
    const cves = cvesOf(vuln);
    return cves.length === 0 || !cves.every((cve) => perCve.has(cve));
  });
}

function isPerCveRecord(vuln: OsvVuln): boolean {
  const cves = cvesOf(vuln);
  return cves.length === 1 && vuln.id.endsWith(cves[0] ?? '\u0000');
}

export function toFinding(vuln: OsvVuln, query: PackageQuery, score: number | null): Finding {
  return {
    id: vuln.id,
    package: query.name,
    installed: query.version,
    fixed: fixedVersion(vuln, query),
    severity: severityOf(score),
    score,
    url: `https://osv.dev/vulnerability/${encodeURIComponent(vuln.id)}`,
  };
}
