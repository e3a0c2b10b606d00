import type { Message } from 'discord.js';
import { channelCommandOf, type TypedCommand } from '../../commands/channel-text.js';
import { runCommand } from '../../commands/index.js';
import type { CommandContext } from '../../src/command.js';
import { planQuestion } from '../../src/core.js';
import { answerSafely, describeError, type Answer } from './answer.js';
import { messageCaller } from './caller.js';
import { NOTICES } from './notices.js';
import { renderEmbed, renderShortEmbed } from './render-reply.js';

/** Changing what a channel watches needs the caller's permissions, which Discord resolves only for interactions. */
const SLASH_ONLY = new Set(['watch', 'unwatch']);

/** Whether the message names the bot in its text (`<@id>` or the older `<@!id>`), not just as a reply's ping. */
export function mentionsBot(content: string, botId: string): boolean {
  return content.includes(`<@${botId}>`) || content.includes(`<@!${botId}>`);
}

/** The question without the bot's mentions. */
export function withoutMentions(content: string, botId: string): string {
  return content.replaceAll(`<@!${botId}>`, ' ').replaceAll(`<@${botId}>`, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Answers a message that mentions the bot with a reply to it, visible in the channel. Mentions carry their content
 * without the privileged Message Content intent.
 * @see https://discord.com/developers/docs/events/gateway#message-content-intent
 */
export async function handleMention(ctx: CommandContext, message: Message, botId: string): Promise<void> {
  if (message.author.bot || !mentionsBot(message.content, botId)) return;
  const text = withoutMentions(message.content, botId);
  const typed = channelCommandOf(text);
  if (typed !== null && SLASH_ONLY.has(typed.command.name)) {
    await message.reply({ content: NOTICES.manage_by_slash });
    return;
  }
  const answer = typed === null ? await answerQuestion(ctx, message, text) : await answerChannelCommand(ctx, message, typed);
  const embed = answer.failed ? renderShortEmbed(answer.reply) : renderEmbed(answer.reply);
  await message.reply({ embeds: [embed] });
}

function answerQuestion(ctx: CommandContext, message: Message, text: string): Promise<Answer> {
  return answerSafely(ctx, () => {
    const plan = planQuestion(ctx, text);
    if (plan.live) showTyping(ctx, message);
    return plan.answer();
  });
}

/** `@baseimage feedback python …`, `watching`, `link-github …`: run for the message's author in its channel. */
function answerChannelCommand(ctx: CommandContext, message: Message, typed: TypedCommand): Promise<Answer> {
  const withCaller = { ...ctx, caller: messageCaller(message) };
  return answerSafely(withCaller, () => runCommand(withCaller, typed.command, typed.input));
}

/** "baseimage is typing…" while live lookups run; a failure here only costs the indicator. */
function showTyping(ctx: CommandContext, message: Message): void {
  if (!('sendTyping' in message.channel)) return;
  message.channel.sendTyping().catch((error: unknown) => ctx.log.warn({ error: describeError(error) }, 'discord typing indicator failed'));
}
