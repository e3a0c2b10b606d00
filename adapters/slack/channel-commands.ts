import type { TypedCommand } from '../../commands/channel-text.js';
import { runCommand } from '../../commands/index.js';
import type { Caller, CommandContext } from '../../src/command.js';
import { safely } from '../../src/core.js';
import type { Reply } from '../../src/reply.js';
import type { SlackDirectory } from './directory.js';

/** Commands that ask Slack who the caller is before answering: acknowledged first, answered through response_url. */
const ASK_SLACK = new Set(['watch', 'unwatch']);

/** What a slash command shows while the permission check runs. */
export const CHECKING_TEXT = 'Checking that you can change what this channel watches…';

export function asksSlackFirst(typed: TypedCommand): boolean {
  return ASK_SLACK.has(typed.command.name);
}

/** Runs a channel command (watch, unwatch, watching, feedback, link-github) for the caller; a crash becomes the apology. */
export function runChannelCommand(ctx: CommandContext, typed: TypedCommand, caller: Caller): Promise<Reply> {
  const withCaller = { ...ctx, caller };
  return safely(withCaller, () => runCommand(withCaller, typed.command, typed.input));
}

/**
 * Whether `watch` is asked where the bot could never post: a private channel it was not invited to, or a direct
 * message between people. Slack hides both from the bot (`conversations.info` cannot find them), so a watch there
 * would only collect refused pings.
 */
export async function cannotPostThere(directory: SlackDirectory, typed: TypedCommand, channelId: string): Promise<boolean> {
  return typed.command.name === 'watch' && (await directory.hidden(channelId));
}
