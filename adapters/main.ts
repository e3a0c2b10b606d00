import { ask } from '../commands/ask.js';
import { loadConfig } from '../src/config/load-config.js';
import { createContext } from '../src/create-context.js';
import { safely } from '../src/core.js';
import { BotError } from '../src/errors.js';
import { terminalChat } from './cli/terminal-chat.js';

/** The composition root: starts every configured front end; the terminal chat when no chat platform is set. */
async function main(): Promise<void> {
  const config = loadConfig();
  const ctx = createContext(config);
  const answer = (text: string) => safely(ctx, () => ask.run(ctx, { question: text }));
  try {
    await terminalChat(answer, { input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
  } finally {
    await ctx.sources?.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`baseimage: ${error instanceof BotError ? error.message : String(error)}\n`);
  process.exitCode = error instanceof BotError && error.code === 'config_invalid' ? 2 : 1;
});
