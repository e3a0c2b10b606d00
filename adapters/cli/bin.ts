#!/usr/bin/env -S node --optimize-for-size
import { parseArgs } from 'node:util';
import { findCommand, runCommand } from '../../commands/index.js';
import type { CommandContext } from '../../src/command.js';
import { createContext } from '../../src/create-context.js';
import { loadConfig } from '../../src/config/load-config.js';
import { safely } from '../../src/core.js';
import { BotError } from '../../src/errors.js';
import { answerJsonLines } from './json-lines.js';
import { renderReply, replyJson } from './render-reply.js';
import { chatInTerminal } from './terminal-chat.js';
import { lineAnswerer } from './answer-line.js';
import { USAGE, commandInput, type Flags } from './usage.js';

function usageError(message: string): never {
  process.stderr.write(`baseimage: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, wait: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, version: { type: 'string' }, variant: { type: 'string' }, platform: { type: 'string' } },
    });
  } catch (error) {
    usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const ctx = createContext(loadConfig());
  try {
    await run(ctx, positionals, values);
  } finally {
    await ctx.sources?.close();
  }
}

async function run(ctx: CommandContext, positionals: string[], values: Flags): Promise<void> {
  const [name, ...rest] = positionals;
  if (name === undefined) {
    await chatInTerminal(ctx);
    return;
  }
  const command = findCommand(name);
  if (command === undefined) usageError(`unknown command "${name}"`);
  if (name === 'ask' && rest.length === 0) {
    if (!values.json) usageError('ask needs a question, or --json to read questions from standard input');
    await answerJsonLines(lineAnswerer(ctx), process.stdin, process.stdout, { wait: values.wait === true });
    return;
  }
  const input = commandInput(name, rest, values);
  const reply = await safely(ctx, () => runCommand(ctx, command, input));
  process.stdout.write(values.json ? `${JSON.stringify(replyJson(reply))}\n` : `${renderReply(reply, { color: process.stdout.isTTY === true })}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof BotError ? error.message : String(error);
  process.stderr.write(`baseimage: ${message}\n`);
  process.exitCode = error instanceof BotError && error.code === 'config_invalid' ? 2 : 1;
});
