import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Reply } from '../../src/reply.js';
import type { Answer } from './answer.js';
import { NOTICES, sharedBy, type NoticeCode } from './notices.js';
import { renderEmbed, renderShortEmbed } from './render-reply.js';
import type { ShareStore } from './share-store.js';

export interface AnswerMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
}

/** An ephemeral answer: the embed and a Share button; an apology is short and has no button. */
export function answerMessage(answer: Answer, shares: ShareStore): AnswerMessage {
  if (answer.failed) return { embeds: [renderShortEmbed(answer.reply)], components: [] };
  return { embeds: [renderEmbed(answer.reply)], components: [shareRow(shares.put(answer.reply))] };
}

function shareRow(customId: string): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Share', custom_id: customId }],
  };
}

/** The visible copy of an answer someone shared. */
export function sharedMessage(reply: Reply, userId: string): { content: string; embeds: APIEmbed[] } {
  return { content: sharedBy(userId), embeds: [renderEmbed(reply)] };
}

export function noticeText(code: NoticeCode): string {
  return NOTICES[code];
}
