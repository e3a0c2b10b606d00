import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Reply } from '../../src/reply.js';
import { replyJson } from './render-reply.js';

/** In a question line, a literal `\n` stands for a newline (pasted Dockerfiles); `\\n` stays as it is. */
export function unescapeLine(line: string): string {
  return line.replace(/\\(\\|n)/g, (_all, what: string) => (what === 'n' ? '\n' : '\\'));
}

/** Reads questions one per line and writes one JSON object per line, in order; stdout carries nothing else. */
export async function answerJsonLines(answer: (text: string) => Promise<Reply>, input: Readable, output: Writable): Promise<void> {
  const lines = createInterface({ input, terminal: false, crlfDelay: Infinity });
  for await (const line of lines) {
    const reply = await answer(unescapeLine(line));
    const ready = output.write(`${JSON.stringify(replyJson(reply))}\n`);
    if (!ready) await new Promise((resolve) => output.once('drain', resolve));
  }
}
