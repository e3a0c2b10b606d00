/**
 * `npm run bench:live`: live answers against the loopback stand-ins with 50 ms added to every request.
 * Reports cold answer time against the critical path (dependent round trips × 50 ms), warm p99, and the upstream
 * requests 1,000 concurrent identical vuln-check questions cause.
 */
import { loadConfig } from '../src/config/load-config.js';
import { askText } from '../src/core.js';
import { createContext } from '../src/create-context.js';
import { createLogger } from '../src/log/create-logger.js';
import type { CommandContext } from '../src/command.js';
import { createAgent } from '../src/http/create-http.js';
import { startUpstreams, type Upstreams } from '../test/stand-ins/upstreams.js';

const LATENCY_MS = 50;
const COLD_RUNS = 5;
const WARM_RUNS = 2_000;
const CONCURRENT = 1_000;

const QUESTIONS = {
  'official-check': 'is bitnami/python official?',
  'vuln-check': 'is python:3.13-slim clean?',
  'compare-tags': 'compare python:3.13 vs python:3.13-slim',
} as const;

/** Each request's place in the chain of dependent round trips the protocol imposes (upstream-apis.md §2). */
function level(upstreams: Upstreams, origin: string, path: string, method: string, authorized: boolean): string {
  if (origin === upstreams.hub.url) return 'hub';
  if (origin === upstreams.registry.tokenServer.url) return 'token';
  if (origin === upstreams.registry.blobHost.url) return 'cdn blob';
  if (origin === upstreams.osv.url) {
    if (method === 'POST') return path.includes('page') ? 'querybatch page' : 'querybatch';
    return /\/vulns\/CVE-/.test(path) ? 'upstream vulns' : 'vulns';
  }
  if (!authorized) return 'challenge';
  if (/\/blobs\//.test(path)) return 'blob redirect';
  return /manifests\/sha256:/.test(path) ? 'attestation manifest' : 'index';
}

function seen(upstreams: Upstreams): { level: string; key: string }[] {
  const servers = [upstreams.hub, upstreams.registry.registry, upstreams.registry.tokenServer, upstreams.registry.blobHost, upstreams.osv];
  return servers.flatMap((server) =>
    server.requests.map((request) => ({
      level: level(upstreams, server.url, request.path, request.method, request.authorization !== undefined),
      key: `${request.authorization === undefined ? '' : 'authorized '}${request.method} ${server.url}${request.path}${request.method === 'POST' ? ` ${request.body}` : ''}`,
    })),
  );
}

/** Dependent round trips: the registry/OSV chain's levels one after another; Docker Hub's calls run beside it. */
function criticalPath(levels: string[]): number {
  const chain = new Set(levels.filter((name) => name !== 'hub')).size;
  return Math.max(chain, levels.includes('hub') ? 1 : 0);
}

function reset(upstreams: Upstreams): void {
  for (const server of [upstreams.hub, upstreams.registry.registry, upstreams.registry.tokenServer, upstreams.registry.blobHost, upstreams.osv]) {
    server.requests.length = 0;
  }
}

/** A process that is already running (its connections open, code warm) but has an empty cache. */
function context(upstreams: Upstreams): CommandContext {
  return createContext(loadConfig({ ...upstreams.env, BASEIMAGE_LOG_LEVEL: 'silent' }), createLogger('silent'), { dispatcher: agent });
}

const agent = createAgent(2_000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

async function cold(upstreams: Upstreams): Promise<void> {
  console.log(`cold answers, ${LATENCY_MS} ms added to every upstream request (median of ${COLD_RUNS}; empty cache each run, connections kept as in a running bot):`);
  await askText(context(upstreams), 'is python:3.12-slim clean?');
  console.log('intent            levels  critical path   cold answer   ratio   live');
  for (const [intent, question] of Object.entries(QUESTIONS)) {
    const times: number[] = [];
    let levels = 0;
    let live = true;
    for (let run = 0; run < COLD_RUNS; run += 1) {
      const ctx = context(upstreams);
      reset(upstreams);
      const started = performance.now();
      const { reply } = await askText(ctx, question);
      times.push(performance.now() - started);
      levels = criticalPath(seen(upstreams).map((request) => request.level));
      live &&= reply.source.live;
      await ctx.sources?.close();
    }
    times.sort((a, b) => a - b);
    const median = percentile(times, 0.5);
    const path = levels * LATENCY_MS;
    console.log(`${intent.padEnd(17)} ${String(levels).padStart(6)} ${`${path} ms`.padStart(14)} ${`${median.toFixed(0)} ms`.padStart(13)} ${(median / path).toFixed(2).padStart(7)}   ${live}`);
  }
}

async function warm(upstreams: Upstreams): Promise<void> {
  const ctx = context(upstreams);
  console.log(`\nwarm answers (cached), ${WARM_RUNS} each:`);
  console.log('intent                 p50 ms   p99 ms');
  for (const [intent, question] of Object.entries(QUESTIONS)) {
    await askText(ctx, question);
    const times: number[] = [];
    for (let run = 0; run < WARM_RUNS; run += 1) {
      const started = performance.now();
      await askText(ctx, question);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`${intent.padEnd(20)} ${percentile(times, 0.5).toFixed(3).padStart(8)} ${percentile(times, 0.99).toFixed(3).padStart(8)}`);
  }
  await ctx.sources?.close();
}

async function concurrent(upstreams: Upstreams): Promise<void> {
  const ctx = context(upstreams);
  reset(upstreams);
  const started = performance.now();
  const replies = await Promise.all(Array.from({ length: CONCURRENT }, () => askText(ctx, QUESTIONS['vuln-check'])));
  const took = performance.now() - started;
  const requests = seen(upstreams);
  const perResource = new Map<string, number>();
  for (const request of requests) perResource.set(request.key, (perResource.get(request.key) ?? 0) + 1);
  const live = replies.filter((answer) => answer.reply.source.live).length;
  console.log(`\n${CONCURRENT} concurrent identical vuln-check questions: ${live} live answers in ${took.toFixed(0)} ms`);
  console.log(`upstream requests: ${requests.length} for ${perResource.size} resources; most requests for one resource: ${Math.max(...perResource.values())}`);
  await ctx.sources?.close();
}

const upstreams = await startUpstreams(LATENCY_MS);
try {
  await cold(upstreams);
  await warm(upstreams);
  await concurrent(upstreams);
} finally {
  await Promise.all([upstreams.close(), agent.close()]);
}
