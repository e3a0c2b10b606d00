import type { ServerResponse } from 'node:http';
import { sendJson, startStandIn, type SeenRequest, type StandInServer } from './http-stand-in.js';

export interface OsvStandInOptions {
  /** Full records served by `/v1/vulns/{id}`. */
  vulns: { id: string; [field: string]: unknown }[];
  /** Ids per package: key `ecosystem|name|version` for OS packages, the bare purl for others. */
  hits: Record<string, string[]>;
  /** Ids per query per page; more get a `next_page_token` (OSV pages at 1000). */
  pageSize?: number;
  latencyMs?: number;
}

export interface OsvStandIn extends StandInServer {
  /** Every querybatch body received, parsed. */
  batches: { queries: Record<string, unknown>[] }[];
}

/** A loopback OSV API: querybatch in query order with paging and the 1000-query limit; vulns/{id}. */
export async function startOsvStandIn(options: OsvStandInOptions): Promise<OsvStandIn> {
  const batches: OsvStandIn['batches'] = [];
  const server = await startStandIn((req, res) => route(options, batches, req, res), { latencyMs: options.latencyMs ?? 0 });
  return Object.assign(server, { batches });
}

function route(options: OsvStandInOptions, batches: OsvStandIn['batches'], req: SeenRequest, res: ServerResponse): void {
  if (req.method === 'POST' && req.path === '/v1/querybatch') return querybatch(options, batches, req, res);
  const vuln = /^\/v1\/vulns\/([^/?]+)$/.exec(req.path);
  const record = vuln && options.vulns.find((candidate) => candidate.id === decodeURIComponent(vuln[1] ?? ''));
  if (record) return sendJson(res, 200, record);
  sendJson(res, 404, { code: 5, message: 'Bug not found.' });
}

function querybatch(options: OsvStandInOptions, batches: OsvStandIn['batches'], req: SeenRequest, res: ServerResponse): void {
  const body = JSON.parse(req.body) as { queries: Record<string, unknown>[] };
  batches.push(body);
  if (body.queries.length > 1000) return sendJson(res, 400, { code: 3, message: 'Too many queries.' });
  const pageSize = options.pageSize ?? 1000;
  const results = body.queries.map((query) => {
    const ids = options.hits[keyOf(query)] ?? [];
    const start = Number(query['page_token'] ?? 0);
    const page = ids.slice(start, start + pageSize);
    if (page.length === 0) return {};
    const result: Record<string, unknown> = { vulns: page.map((id) => ({ id, modified: '2026-01-01T00:00:00Z' })) };
    if (start + pageSize < ids.length) result['next_page_token'] = String(start + pageSize);
    return result;
  });
  sendJson(res, 200, { results });
}

function keyOf(query: Record<string, unknown>): string {
  const pkg = (query['package'] ?? {}) as Record<string, string>;
  return pkg['purl'] ?? `${pkg['ecosystem']}|${pkg['name']}|${String(query['version'])}`;
}
