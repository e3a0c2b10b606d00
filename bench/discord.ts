/**
 * `npm run bench:discord`: autocomplete latency over the whole catalog (every prefix of every image name, generated
 * typos, synonyms, references and tags of every image), then 200 concurrent `/baseimage` commands through discord.js
 * and the Discord stand-in while every upstream takes 1 s: every initial response must come within Discord's 3 s.
 * The stand-ins run in a worker thread (this same file), so that only the bot's work is on the measured event loop.
 */
import { isMainThread, parentPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { startDiscord } from '../adapters/discord/create-discord-client.js';
import { complete, type Completion } from '../src/autocomplete/complete.js';
import type { CommandContext } from '../src/command.js';
import type { Config } from '../src/config/schema.js';
import { loadConfig } from '../src/config/load-config.js';
import { createContext } from '../src/create-context.js';
import { createLogger } from '../src/log/create-logger.js';
import { until, startDiscordStandIn, type DiscordStandIn } from '../test/stand-ins/discord/discord-stand-in.js';
import type { InteractionRecord } from '../test/stand-ins/discord/ledger.js';
import { startUpstreams } from '../test/stand-ins/upstreams.js';

const UPSTREAM_LATENCY_MS = 1_000;
const CONCURRENT = 200;
const DEADLINE_MS = 3_000;
const ROUNDS = 3;

type DiscordConfig = NonNullable<Config['discord']>;

type Call = [Completion, string, string];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

function row(label: string, times: number[], unit = 'ms', digits = 3): string {
  const sorted = [...times].sort((a, b) => a - b);
  const cell = (value: number) => `${value.toFixed(digits)} ${unit}`.padStart(12);
  return `${label.padEnd(34)} ${String(sorted.length).padStart(7)} ${cell(percentile(sorted, 0.5))} ${cell(percentile(sorted, 0.99))} ${cell(sorted.at(-1) ?? 0)}`;
}

/** Typos people make: two letters swapped, one dropped, one doubled, one replaced by its keyboard neighbour. */
function typos(name: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < name.length - 1; i += 1) {
    out.push(name.slice(0, i) + (name[i + 1] ?? '') + (name[i] ?? '') + name.slice(i + 2));
    out.push(name.slice(0, i) + name.slice(i + 1));
    out.push(name.slice(0, i) + (name[i] ?? '') + name.slice(i));
  }
  return out;
}

/** Every autocomplete call the benchmark makes, by kind. */
function workload(ctx: CommandContext): Record<string, Call[]> {
  const names = ctx.catalog.names();
  const calls: Record<string, Call[]> = { 'image: every name prefix': [], 'image: typos': [], 'image: synonyms': [], 'reference: name:tag prefixes': [], 'tag/version/variant: every image': [] };
  for (const name of names) {
    for (let end = 0; end <= name.length; end += 1) calls['image: every name prefix']?.push(['image', name.slice(0, end), '']);
    for (const typo of typos(name)) calls['image: typos']?.push(['image', typo, '']);
    const tags = ctx.catalog.getImage(name)?.tags ?? [];
    for (const tag of tags.slice(0, 3)) {
      for (let end = 0; end <= Math.min(tag.tag.length, 6); end += 1) calls['reference: name:tag prefixes']?.push(['reference', `${name}:${tag.tag.slice(0, end)}`, '']);
    }
    for (const kind of ['tag', 'version', 'variant'] as const) {
      calls['tag/version/variant: every image']?.push([kind, '', name], [kind, tags[0]?.tag.slice(0, 2) ?? '', name]);
    }
  }
  for (const word of ctx.lexicon.words.keys()) calls['image: synonyms']?.push(['image', word, '']);
  return calls;
}

function benchAutocomplete(ctx: CommandContext): void {
  const calls = workload(ctx);
  console.log(`autocomplete, pure and in memory: ${ctx.catalog.names().length} images, ${ROUNDS} rounds after a warm-up`);
  console.log(`${'kind'.padEnd(34)} ${'calls'.padStart(7)} ${'p50'.padStart(12)} ${'p99'.padStart(12)} ${'max'.padStart(12)}`);
  const all: number[] = [];
  let most = 0;
  for (const [label, list] of Object.entries(calls)) {
    for (const [kind, typed, image] of list) complete(ctx.catalog, ctx.lexicon, kind, typed, image);
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [kind, typed, image] of list) {
        const started = performance.now();
        const choices = complete(ctx.catalog, ctx.lexicon, kind, typed, image);
        times.push(performance.now() - started);
        most = Math.max(most, choices.length);
      }
    }
    all.push(...times);
    console.log(row(label, times));
  }
  console.log(row('all', all));
  console.log(`most choices in one answer: ${most} (Discord allows 25)\n`);
}

/** A realistic mix: mostly questions that go live, some that never do. */
const COMMANDS: [string, Record<string, string>][] = [
  ['clean', { image: 'python:3.13-slim' }],
  ['official', { image: 'bitnami/python' }],
  ['compare', { a: 'python:3.13', b: 'python:3.13-slim' }],
  ['recommend', { image: 'python' }],
  ['tags', { image: 'nginx' }],
  ['size', { image: 'python:3.13' }],
  ['ask', { question: 'is nginx:1.31 clean?' }],
  ['report', { image: 'redis' }],
];

/** What the stand-in thread reports of one interaction. */
interface Outcome {
  type: number;
  initialMs: number;
  editMs: number | null;
}

type Request = { kind: 'autocomplete'; typed: string[] } | { kind: 'commands'; count: number } | { kind: 'one-by-one'; count: number } | { kind: 'close' };
type Report = { outcomes: Outcome[]; violations: string[]; tookMs: number };

/**
 * Discord and the upstreams run in a worker thread, as they run elsewhere in production: the bot's event loop is
 * then measured alone, and the stand-ins' own work does not delay its responses.
 */
async function standInThread(port: MessagePort): Promise<void> {
  const upstreams = await startUpstreams(UPSTREAM_LATENCY_MS);
  const discord = await startDiscordStandIn();
  port.postMessage({ config: discord.config, env: upstreams.env });
  port.on('message', async (request: Request) => {
    if (request.kind === 'close') {
      await Promise.all([discord.close(), upstreams.close()]);
      port.close();
      return;
    }
    const started = performance.now();
    const records = request.kind === 'one-by-one' ? await oneByOne(discord, request.count) : burst(discord, request);
    await until(() => (records.every(answered) ? true : null), 30_000);
    port.postMessage({ outcomes: records.map(outcome), violations: discord.violations, tookMs: performance.now() - started } satisfies Report);
  });
}

function command(discord: DiscordStandIn, i: number): InteractionRecord {
  return discord.command(...(COMMANDS[i % COMMANDS.length] ?? ['help', {}]));
}

function burst(discord: DiscordStandIn, request: Extract<Request, { kind: 'autocomplete' | 'commands' }>): InteractionRecord[] {
  if (request.kind === 'autocomplete') return request.typed.map((typed) => discord.autocomplete('recommend', { image: typed }, 'image'));
  return Array.from({ length: request.count }, (_, i) => command(discord, i));
}

/** Each command after the previous one's initial response: latency without a queue. */
async function oneByOne(discord: DiscordStandIn, count: number): Promise<InteractionRecord[]> {
  const records: InteractionRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const record = command(discord, i);
    records.push(record);
    await until(() => record.initial);
  }
  return records;
}

function answered(record: InteractionRecord): boolean {
  return record.initial !== null && (record.initial.body.type !== 5 || record.edits.length > 0);
}

function outcome(record: InteractionRecord): Outcome {
  return { type: record.initial?.body.type ?? 0, initialMs: record.initial?.afterMs ?? Number.POSITIVE_INFINITY, editMs: record.edits[0]?.afterMs ?? null };
}

function ask(worker: Worker, request: Request): Promise<Report> {
  return new Promise((resolve) => {
    worker.once('message', resolve);
    worker.postMessage(request);
  });
}

async function benchConcurrent(): Promise<void> {
  // A worker does not inherit tsx's loader on Node 20: register it there, then load this file.
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: 'stand-ins' });
  const { config, env } = await new Promise<{ config: DiscordConfig; env: Record<string, string> }>((resolve) => worker.once('message', resolve));
  const ctx = createContext(loadConfig({ ...env, BASEIMAGE_LOG_LEVEL: 'silent' }), createLogger('silent'));
  const bot = await startDiscord(ctx, config);
  try {
    const typed = Array.from({ length: CONCURRENT }, (_, i) => ctx.catalog.names()[i % ctx.catalog.names().length]?.slice(0, 1 + (i % 4)) ?? 'py');
    await ask(worker, { kind: 'autocomplete', typed });
    const autocomplete = await ask(worker, { kind: 'autocomplete', typed });
    // The burst first, on an empty cache; one at a time afterwards, on whatever the burst left cached.
    const commands = await ask(worker, { kind: 'commands', count: CONCURRENT });
    const single = await ask(worker, { kind: 'one-by-one', count: 40 });
    report(commands, autocomplete, single);
  } finally {
    await bot.stop();
    await ctx.sources?.close();
    worker.postMessage({ kind: 'close' } satisfies Request);
  }
}

function report(commands: Report, autocomplete: Report, single: Report): void {
  const deferred = commands.outcomes.filter((item) => item.type === 5);
  const initial = commands.outcomes.map((item) => item.initialMs);
  console.log(`${CONCURRENT} concurrent interactions through discord.js; Discord and the upstreams (each request ${UPSTREAM_LATENCY_MS} ms) in another thread`);
  console.log(`${'measure'.padEnd(34)} ${'count'.padStart(7)} ${'p50'.padStart(12)} ${'p99'.padStart(12)} ${'max'.padStart(12)}`);
  console.log(row('one command at a time, initial', single.outcomes.map((item) => item.initialMs), 'ms', 1));
  console.log(row('autocomplete burst, initial', autocomplete.outcomes.map((item) => item.initialMs), 'ms', 1));
  console.log(row('command burst, initial', initial, 'ms', 1));
  console.log(row('  of which deferrals', deferred.map((item) => item.initialMs), 'ms', 1));
  console.log(row('  edit with the answer', deferred.map((item) => item.editMs ?? Number.POSITIVE_INFINITY), 'ms', 0));
  const late = [commands, autocomplete, single].flatMap((part) => part.outcomes).filter((item) => item.initialMs > DEADLINE_MS).length;
  const violations = [...new Set([commands, autocomplete, single].flatMap((part) => part.violations))];
  console.log(`deferred ${deferred.length}, answered at once ${commands.outcomes.length - deferred.length}; all ${CONCURRENT} answered in ${commands.tookMs.toFixed(0)} ms`);
  console.log(`initial responses after 3 s: ${late}; stand-in rule violations: ${violations.length}`);
  if (late > 0 || violations.length > 0) process.exitCode = 1;
}

if (isMainThread) {
  benchAutocomplete(createContext(loadConfig({ BASEIMAGE_OFFLINE: '1', BASEIMAGE_LOG_LEVEL: 'silent' }), createLogger('silent')));
  await benchConcurrent();
} else if (workerData === 'stand-ins' && parentPort !== null) {
  await standInThread(parentPort);
}
