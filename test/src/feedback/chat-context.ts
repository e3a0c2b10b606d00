import { findCommand, runCommand } from '../../../commands/index.js';
import type { Caller, CommandContext } from '../../../src/command.js';
import { createMemoryStores } from '../../../src/storage/memory/create-memory-stores.js';
import type { Stores } from '../../../src/storage/types.js';
import { testContext } from '../../helpers/context.js';

/** A chat caller in Slack channel C1 (#builds), a manager of it unless said otherwise. */
export function caller(parts: Partial<Omit<Caller, 'canManageChannel'>> & { manager?: boolean } = {}): Caller {
  const { manager = true, ...rest } = parts;
  return { platform: 'slack', userId: 'U1', userName: 'ana', channelId: 'C1', channelName: 'builds', canManageChannel: async () => manager, ...rest };
}

/** The real catalog with memory stores and a caller. */
export function chatContext(who: Caller = caller(), stores: Stores = createMemoryStores()): CommandContext & { stores: Stores } {
  return { ...testContext(), caller: who, stores };
}

/** Runs a command by name through its input schema, as the adapters do. */
export async function runNamed(ctx: CommandContext, name: string, input: unknown) {
  const command = findCommand(name);
  if (command === undefined) throw new Error(`no command ${name}`);
  return runCommand(ctx, command, input);
}
