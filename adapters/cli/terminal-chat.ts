import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CommandContext } from '../../src/command.js';
import type { Reply } from '../../src/reply.js';
import { lineAnswerer } from './answer-line.js';
import { renderReply } from './render-reply.js';

export interface ChatStreams {
  input: Readable;
  output: Writable;
  /** A terminal gets a prompt and colours; a pipe gets plain answers. */
  interactive: boolean;
}

/** Prompt, answer, repeat; ends at the end of input. Each piped line is one question. */
export async function terminalChat(answer: (text: string) => Promise<Reply>, streams: ChatStreams): Promise<void> {
  const lines = createInterface({ input: streams.input, terminal: streams.interactive, output: streams.interactive ? streams.output : undefined });
  const prompt = (): void => {
    if (streams.interactive) streams.output.write('baseimage> ');
  };
  if (streams.interactive) streams.output.write('Ask about Docker Official Images ("help" for examples, Ctrl-D to quit).\n');
  prompt();
  for await (const line of lines) {
    if (line.trim() !== '') {
      const reply = await answer(line);
      streams.output.write(`${renderReply(reply, { color: streams.interactive })}\n\n`);
    }
    prompt();
  }
}

/** The terminal chat on this process's standard input and output (`npm start` without a chat platform, `npx baseimage`). */
export function chatInTerminal(ctx: CommandContext): Promise<void> {
  return terminalChat(lineAnswerer(ctx), { input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
}
