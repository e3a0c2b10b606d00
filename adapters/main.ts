import { ask } from '../commands/ask.js';
import type { CommandContext } from '../src/command.js';
import { loadConfig } from '../src/config/load-config.js';
import type { Config } from '../src/config/schema.js';
import { createContext } from '../src/create-context.js';
import { safely } from '../src/core.js';
import { BotError } from '../src/errors.js';
import { terminalChat } from './cli/terminal-chat.js';
import { startDiscord } from './discord/create-discord-client.js';
import { startSlack } from './slack/create-slack-app.js';

interface Running {
  stop(): Promise<void>;
}

/** Starts every configured chat platform; none when neither Slack nor Discord is set. */
async function startChats(ctx: CommandContext, config: Config): Promise<Running[]> {
  const running: Running[] = [];
  if (config.slack !== null) running.push(await startSlack(ctx, config.slack, { libraryDebug: config.logLevel === 'debug' }));
  if (config.discord !== null) running.push(await startDiscord(ctx, config.discord));
  return running;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/** The composition root: the chat platforms that are configured, or the terminal chat when none is. */
async function main(): Promise<void> {
  const config = loadConfig();
  const ctx = createContext(config);
  try {
    const running = await startChats(ctx, config);
    if (running.length === 0) {
      const answer = (text: string) => safely(ctx, () => ask.run(ctx, { question: text }));
      await terminalChat(answer, { input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
      return;
    }
    await untilSignal();
    ctx.log.info({}, 'stopping');
    await Promise.all(running.map((chat) => chat.stop()));
  } finally {
    await ctx.sources?.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`baseimage: ${error instanceof BotError ? error.message : String(error)}\n`);
  process.exitCode = error instanceof BotError && error.code === 'config_invalid' ? 2 : 1;
});
