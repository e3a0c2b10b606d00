import { sendJson, startStandIn, type StandInServer } from './http-stand-in.js';

export interface ScoutStandInSummary {
  sbomState: 'INDEXED' | 'INDEXING';
  vulnerabilityReport: { critical: number; high: number; medium: number; low: number; unspecified: number; total: number } | null;
}

/**
 * Docker Scout's GraphQL `imageSummariesByDigest` on loopback: a summary per known digest of `repository`
 * (Scout's `repoName`, e.g. `python`), FORBIDDEN for the digests listed as such, an empty list for any other.
 */
export function startScoutStandIn(summaries: Record<string, ScoutStandInSummary | 'forbidden' | 'broken'>, repository = 'python'): Promise<StandInServer> {
  return startStandIn((req, res) => {
    const { variables } = JSON.parse(req.body) as { variables: { v2: string[]; v3?: { repoName?: string } } };
    const digest = variables.v2[0] ?? '';
    const found = variables.v3?.repoName === repository ? summaries[digest] : undefined;
    if (found === 'forbidden') return sendJson(res, 200, { data: null, errors: [{ message: 'forbidden', extensions: { code: 'FORBIDDEN', status: 'FORBIDDEN' } }] });
    if (found === 'broken') return sendJson(res, 200, { errors: [{ message: 'x', extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', status: 'INTERNAL' } }] });
    const list = found === undefined ? [] : [{ digest, ...found }];
    sendJson(res, 200, { data: { imageSummariesByDigest: list }, extensions: { correlation_id: 'x' } });
  });
}
