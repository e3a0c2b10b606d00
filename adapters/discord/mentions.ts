import type { Message } from 'discord.js';
import type { CommandContext } from '../../src/command.js';
import { planQuestion } from '../../src/core.js';
import { answerSafely, describeError } from './answer.js';
import { renderEmbed, renderShortEmbed } from './render-reply.js';

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
  const answer = await answerSafely(ctx, () => {
    const plan = planQuestion(ctx, text);
    if (plan.live) showTyping(ctx, message);
    return plan.answer();
  });
  const embed = answer.failed ? renderShortEmbed(answer.reply) : renderEmbed(answer.reply);
  await message.reply({ embeds: [embed] });
}

/** "baseimage is typing…" while live lookups run; a failure here only costs the indicator. */
function showTyping(ctx: CommandContext, message: Message): void {
  if (!('sendTyping' in message.channel)) return;
  message.channel.sendTyping().catch((error: unknown) => ctx.log.warn({ error: describeError(error) }, 'discord typing indicator failed'));
}
