import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Reply } from '../../src/reply.js';
import { replyJson } from './render-reply.js';

/** Questions answered at once; reading pauses while this many wait on live lookups. */
const IN_FLIGHT = 16;

/** In a question line, a literal `\n` stands for a newline (pasted Dockerfiles); `\\n` stays as it is. */
export function unescapeLine(line: string): string {
  return line.replace(/\\(\\|n)/g, (_all, what: string) => (what === 'n' ? '\n' : '\\'));
}

export interface JsonLinesOptions {
  /** Let live lookups finish after the input ends, instead of answering what is pending from the snapshot. */
  wait: boolean;
}

/**
 * Reads questions one per line and writes one JSON object per line, in input order; stdout carries nothing else.
 * When the input ends, pending live lookups are cancelled (unless `wait`): every question still gets its answer,
 * from the snapshot, and the process can exit at once.
 */
export async function answerJsonLines(
  answer: (text: string, signal: AbortSignal) => Promise<Reply>,
  input: Readable,
  output: Writable,
  options: JsonLinesOptions = { wait: false },
): Promise<void> {
  const controller = new AbortController();
  const inFlight: Promise<unknown>[] = [];
  let written: Promise<void> = Promise.resolve();
  for await (const line of createInterface({ input, terminal: false, crlfDelay: Infinity })) {
    const reply = answer(unescapeLine(line), controller.signal);
    written = written.then(async () => write(output, `${JSON.stringify(replyJson(await reply))}\n`));
    inFlight.push(reply);
    if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
  }
  if (!options.wait) controller.abort();
  await written;
}

async function write(output: Writable, text: string): Promise<void> {
  if (!output.write(text)) await new Promise((resolve) => output.once('drain', resolve));
}
