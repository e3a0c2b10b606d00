/**
 * `npm run bench:slack`: 200 concurrent `/baseimage` commands while every upstream (Hub, registry, OSV) takes 1 s per
 * request, in Socket Mode and in HTTP mode. Slack's side (the Slack stand-in) and the upstream stand-ins run in a
 * worker thread with their own event loop, so acknowledgements are timed as Slack would see them, not behind the
 * app's own work. Reports how many were acknowledged, acknowledgement latency (target p99 < 100 ms; Slack allows
 * 3 s) and the time until each final answer.
 */
import { once } from 'node:events';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { startSlack } from '../adapters/slack/create-slack-app.js';
import { loadConfig } from '../src/config/load-config.js';
import { createContext } from '../src/create-context.js';
import { createAgent } from '../src/http/create-http.js';
import { createLogger } from '../src/log/create-logger.js';
import { createHttpSender } from '../test/stand-ins/slack/http-sender.js';
import { slashCommand } from '../test/stand-ins/slack/payloads.js';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, startSlackStandIn, type SlackStandIn } from '../test/stand-ins/slack/slack-stand-in.js';
import { startUpstreams } from '../test/stand-ins/upstreams.js';

const COMMANDS = 200;
const UPSTREAM_MS = 1_000;
const QUESTIONS = [
  'is bitnami/python official?',
  'is python:3.13-slim clean?',
  'what tags does python 3.13 have?',
  'how big is python:3.13-slim?',
  'where do I report a bug in postgres?',
] as const;

type Mode = 'socket' | 'http';

interface Row {
  mode: Mode;
  acked: number;
  ack: number[];
  final: number[];
  live: number;
  violations: number;
}

interface SlackSide {
  env: Record<string, string>;
  apiUrl: string;
}

/** Sends one command; resolves with its ack latency, or null when it was not acknowledged. */
type Send = (fields: ReturnType<typeof slashCommand>) => Promise<{ ms: number; answered: boolean } | null>;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

/** Slack's side, in the worker: the stand-ins, and the batch of commands when the app is up. */
async function slackSide(): Promise<void> {
  const port = parentPort!;
  const [upstreams, stand] = await Promise.all([startUpstreams(UPSTREAM_MS), startSlackStandIn()]);
  port.on('message', (message: { run?: Mode; appPort?: number | null; close?: true }) => {
    if (message.close) void Promise.all([stand.close(), upstreams.close()]).then(() => port.close());
    else if (message.run) void drive(message.run, message.appPort ?? null, stand).then((row) => port.postMessage({ row }));
  });
  port.postMessage({ env: upstreams.env, apiUrl: stand.apiUrl } satisfies SlackSide);
}

function sender(mode: Mode, appPort: number | null, stand: SlackStandIn): Send {
  const http = createHttpSender(`http://127.0.0.1:${appPort ?? 0}`, SIGNING_SECRET, stand.violations);
  return async (fields) => {
    if (mode === 'socket') {
      const ack = await stand.socket.send('slash_commands', fields).catch(() => null);
      return ack && { ms: ack.ms, answered: !JSON.stringify(ack.payload).includes('Looking up') };
    }
    const response = await http.command({ ...fields });
    return response.status === 200 ? { ms: response.ms, answered: !response.body.includes('Looking up') } : null;
  };
}

async function drive(mode: Mode, appPort: number | null, stand: SlackStandIn): Promise<Row> {
  if (mode === 'socket') await stand.socket.connected();
  const send = sender(mode, appPort, stand);
  // A running bot: code paths warm, nothing about these questions cached.
  await send(slashCommand('help', stand.responseUrl()));
  await send(slashCommand('is joe/app official?', stand.responseUrl()));
  return measure(mode, stand, send);
}

async function measure(mode: Mode, stand: SlackStandIn, send: Send): Promise<Row> {
  const violationsBefore = stand.violations.length;
  const started = performance.now();
  const commands = Array.from({ length: COMMANDS }, (_, i) => {
    const url = stand.responseUrl();
    return { id: url.split('/').pop() ?? '', fields: slashCommand(QUESTIONS[i % QUESTIONS.length]!, url) };
  });
  const acks = await Promise.all(commands.map((command) => send(command.fields)));
  const pending = commands.filter((_, i) => acks[i] !== null && acks[i]?.answered !== true).map((command) => command.id);
  const until = performance.now() + 10_000;
  while (pending.some((id) => !stand.responses.some((r) => r.id === id)) && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
  const finals = pending.map((id) => stand.responses.find((r) => r.id === id));
  const answeredInAck = acks.flatMap((ack) => (ack?.answered === true ? [ack.ms] : []));
  return {
    mode,
    acked: acks.filter((ack) => ack !== null).length,
    ack: acks.flatMap((ack) => (ack === null ? [] : [ack.ms])).sort((a, b) => a - b),
    final: [...answeredInAck, ...finals.flatMap((r) => (r === undefined ? [] : [r.at - started]))].sort((a, b) => a - b),
    live: finals.filter((r) => JSON.stringify(r?.body.blocks ?? '').includes(', live, ')).length,
    violations: stand.violations.length - violationsBefore,
  };
}

/** The app's side, on the main thread: started per mode against the worker's stand-ins. */
async function run(mode: Mode, worker: Worker, side: SlackSide): Promise<Row> {
  const env = { ...side.env, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: side.apiUrl, BASEIMAGE_LOG_LEVEL: 'silent' };
  const config = loadConfig(mode === 'socket' ? { ...env, SLACK_APP_TOKEN: APP_TOKEN } : { ...env, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0' });
  const ctx = createContext(config, createLogger('silent'), { dispatcher: createAgent(2_500) });
  const slack = await startSlack(ctx, config.slack!, { host: '127.0.0.1', retries: 0 });
  worker.postMessage({ run: mode, appPort: slack.port });
  const [{ row }] = (await once(worker, 'message')) as [{ row: Row }];
  await slack.stop();
  await ctx.sources?.close();
  return row;
}

function print(rows: Row[]): void {
  const ms = (value: number) => `${Math.round(value)} ms`.padStart(9);
  console.log(`${COMMANDS} concurrent /baseimage commands, every upstream request delayed ${UPSTREAM_MS} ms (${QUESTIONS.length} questions, round-robin)`);
  console.log('mode     acked      ack p50  ack p95  ack p99  ack max    final p50  final p99  final max   live answers  violations');
  for (const row of rows) {
    console.log(
      `${row.mode.padEnd(8)} ${`${row.acked}/${COMMANDS}`.padEnd(9)} ${ms(percentile(row.ack, 0.5))}${ms(percentile(row.ack, 0.95))}${ms(percentile(row.ack, 0.99))}${ms(row.ack.at(-1) ?? Number.NaN)}  ` +
        `${ms(percentile(row.final, 0.5))}  ${ms(percentile(row.final, 0.99))}  ${ms(row.final.at(-1) ?? Number.NaN)}   ${String(row.live).padStart(12)}  ${String(row.violations).padStart(10)}`,
    );
  }
  console.log('final: from sending the batch to the answer (the ack itself for snapshot-only questions, else the response_url replacement).');
}

async function main(): Promise<void> {
  // tsx's loader does not reach a worker's entry file on Node 20: the worker loads this file through tsx's API.
  const self = JSON.stringify(import.meta.url);
  const worker = new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${self}, ${self}));`, { eval: true });
  const [side] = (await once(worker, 'message')) as [SlackSide];
  const rows = [await run('socket', worker, side), await run('http', worker, side)];
  print(rows);
  worker.postMessage({ close: true });
}

if (isMainThread) await main();
else await slackSide();
