import { ask } from '../../commands/ask.js';
import { channelCommandOf } from '../../commands/channel-text.js';
import { runCommand } from '../../commands/index.js';
import type { CommandContext } from '../../src/command.js';
import { safely } from '../../src/core.js';
import type { Reply } from '../../src/reply.js';

/**
 * One typed line answered: a channel command (`watch python`, `feedback …`) runs as that command, which in the
 * terminal says it needs a chat channel; anything else is a question.
 */
export function lineAnswerer(ctx: CommandContext): (text: string, signal?: AbortSignal) => Promise<Reply> {
  return (text, signal) => {
    const scoped = signal === undefined ? ctx : { ...ctx, signal };
    const typed = channelCommandOf(text);
    return safely(scoped, () => (typed === null ? ask.run(scoped, { question: text }) : runCommand(scoped, typed.command, typed.input)));
  };
}
