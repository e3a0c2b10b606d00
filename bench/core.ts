/**
 * `npm run bench`: answers a fixed mixed set of questions from the snapshot and prints throughput, per-intent
 * latency, peak RSS and the time from process start to the first answer of the built CLI.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ask } from '../commands/ask.js';
import { findPackageRoot } from '../src/catalog/load-bundled.js';
import { createLogger } from '../src/log/create-logger.js';
import { createContext } from '../src/create-context.js';
import { loadConfig } from '../src/config/load-config.js';

const root = findPackageRoot(fileURLToPath(import.meta.url));
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5_000);

interface Question {
  text: string;
  intent: string;
}

/** Messages people should not send, answered in the same run and reported apart. */
const BAD_INPUTS = [
  '',
  'lorem ipsum '.repeat(9_000),
  `FROM python:3.13\n${'RUN echo hi\n'.repeat(9_000)}`,
  '\u0000\u0001\u001b[2J\u0007 is python official?',
  'is руthon official?',
  'is ../../etc/passwd official?',
  'is http://169.254.169.254/latest clean?',
  'is localhost:5000/x official?',
  `is ${'a'.repeat(300)} official?`,
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

function questions(): Question[] {
  const path = join(root, 'test', 'fixtures', 'intent', 'questions.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Question[];
}

async function throughput(): Promise<void> {
  const ctx = createContext(loadConfig({ BASEIMAGE_OFFLINE: '1' }), createLogger('silent'));
  const set = [...questions().map((question) => question.text), ...BAD_INPUTS];
  const samples = new Map<string, number[]>();
  for (const text of set) await ask.run(ctx, { question: text });
  let answered = 0;
  const started = performance.now();
  while (performance.now() - started < DURATION_MS) {
    for (const text of set) {
      const before = performance.now();
      const reply = await ask.run(ctx, { question: text });
      const took = performance.now() - before;
      const group = BAD_INPUTS.includes(text) ? 'bad input' : reply.subject.intent;
      const list = samples.get(group) ?? [];
      list.push(took);
      samples.set(group, list);
      answered += 1;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`questions answered: ${answered} in ${seconds.toFixed(1)} s → ${Math.round(answered / seconds)} questions/s (one process)`);
  console.log('\nlatency per intent (ms):');
  console.log('intent               count      p50      p99      max');
  for (const [intent, list] of [...samples.entries()].sort()) {
    list.sort((a, b) => a - b);
    const row = [intent.padEnd(18), String(list.length).padStart(7), ...[0.5, 0.99, 1].map((p) => percentile(list, p).toFixed(3).padStart(8))];
    console.log(row.join(' '));
  }
  const all = [...samples.values()].flat().sort((a, b) => a - b);
  console.log(`all                ${String(all.length).padStart(7)} ${percentile(all, 0.5).toFixed(3).padStart(8)} ${percentile(all, 0.99).toFixed(3).padStart(8)} ${percentile(all, 1).toFixed(3).padStart(8)}`);
  console.log(`\npeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
}

/** Spawns the built CLI and times process start to the first byte of its answer. */
function firstAnswer(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const env = { ...process.env, BASEIMAGE_OFFLINE: '1' };
    const child = spawn(process.execPath, ['--optimize-for-size', 'dist/adapters/cli/bin.js', 'ask', 'which python tag should I use?', '--json'], { cwd: root, env });
    child.stdout.once('data', () => resolve(performance.now() - started));
    child.on('error', reject);
    child.on('close', (code) => code === 0 || reject(new Error(`cli exited ${code}`)));
  });
}

async function startup(): Promise<void> {
  const runs: number[] = [];
  for (let i = 0; i < 10; i += 1) runs.push(await firstAnswer());
  runs.sort((a, b) => a - b);
  console.log(`process start → first answer (built CLI, 10 runs): median ${percentile(runs, 0.5).toFixed(0)} ms, max ${percentile(runs, 1).toFixed(0)} ms`);
}

await startup();
await throughput();
