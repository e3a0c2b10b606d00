import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startDiscord, type DiscordBot, type DiscordOptions } from '../../../adapters/discord/create-discord-client.js';
import type { CommandContext } from '../../../src/command.js';
import { recordingLogger, testContext, type RecordedLog } from '../../helpers/context.js';
import { startDiscordStandIn, type DiscordStandIn } from '../../stand-ins/discord/discord-stand-in.js';

export interface Harness {
  discord: DiscordStandIn;
  bot: DiscordBot;
  log: RecordedLog;
  ctx: CommandContext;
  close(): Promise<void>;
}

/** The Discord stand-in and the real bot logged in to it, on a context of the caller's choice (offline by default). */
export async function startHarness(makeContext: (log: RecordedLog) => CommandContext = (log) => testContext(log), options: DiscordOptions = {}): Promise<Harness> {
  const discord = await startDiscordStandIn();
  const log = recordingLogger();
  const ctx = makeContext(log);
  const bot = await startDiscord(ctx, discord.config, options);
  return {
    discord,
    bot,
    log,
    ctx,
    close: async () => {
      await bot.stop();
      await discord.close();
    },
  };
}

/**
 * One harness for a test file: started before its tests, closed after them; after each test the stand-in must have
 * seen no breach of Discord's rules. Returns a getter, valid from the first test on.
 */
export function useHarness(makeContext?: (log: RecordedLog) => CommandContext, options: DiscordOptions = {}): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(makeContext, options);
  });
  afterAll(async () => {
    await harness?.close();
  });
  afterEach(() => {
    expect(harness?.discord.violations).toEqual([]);
  });
  return () => {
    if (harness === undefined) throw new Error('the Discord harness is not started yet');
    return harness;
  };
}
