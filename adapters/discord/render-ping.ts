import type { APIEmbed, APIEmbedField, RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import type { Ping, PingKind } from '../../src/watch/ping.js';
import { fitEmbed } from './embed-limits.js';
import { escapeMarkdown } from './render-reply.js';

const KIND = {
  issue: { label: 'Issue', colour: 0x2e_cc_71 },
  pull: { label: 'Pull request', colour: 0x9b_59_b6 },
  comment: { label: 'Comment', colour: 0x34_98_db },
  feedback: { label: 'Feedback', colour: 0xf1_c4_0f },
} as const satisfies Record<PingKind, { label: string; colour: number }>;

/** `<@id>` mentions in a 2,000-character content, with room to spare; an image has far fewer maintainers. */
const MAX_MENTIONS = 50;
const SNOWFLAKE = /^\d{17,20}$/;
const FOOTER_PREFIX = 'baseimage · ';

/** The footer of a ping's embed: it carries the idempotency key, which `wasPosted` looks for in the history. */
export function pingFooter(key: string): string {
  return `${FOOTER_PREFIX}${key}`;
}

/**
 * The channel message for a ping: its maintainers' mentions as content (pinging them and no one else, never
 * `@everyone`), one embed, and the key as nonce with `enforce_nonce`, so Discord turns a repeated post into the
 * earlier message for a few minutes.
 * @see https://discord.com/developers/docs/resources/message#create-message
 * @see https://discord.com/developers/docs/resources/message#allowed-mentions-object
 */
export function pingMessage(ping: Ping, key: string): RESTPostAPIChannelMessageJSONBody {
  const users = [...new Set(ping.mentionUserIds)].filter((id) => SNOWFLAKE.test(id)).slice(0, MAX_MENTIONS);
  return {
    ...(users.length > 0 ? { content: users.map((id) => `<@${id}>`).join(' ') } : {}),
    embeds: [renderPingEmbed(ping, key)],
    allowed_mentions: { parse: [], users },
    nonce: key,
    enforce_nonce: true,
  };
}

/** The title links to the item; the excerpt is the description; author, labels and image are fields. */
export function renderPingEmbed(ping: Ping, key: string): APIEmbed {
  const kind = KIND[ping.kind];
  const fields: APIEmbedField[] = [
    { name: 'Image', value: escapeMarkdown(ping.image) || '—', inline: true },
    { name: ping.kind === 'feedback' ? 'From' : 'Author', value: escapeMarkdown(ping.author) || '—', inline: true },
  ];
  if (ping.labels.length > 0) fields.push({ name: 'Labels', value: escapeMarkdown(ping.labels.join(', ')), inline: true });
  const embed: APIEmbed = {
    title: escapeMarkdown(ping.title),
    color: kind.colour,
    fields,
    footer: { text: pingFooter(key) },
    author: { name: ping.repo === null ? kind.label : `${kind.label} · ${ping.repo}` },
  };
  if (ping.url !== null && /^https?:\/\/\S+$/.test(ping.url)) embed.url = ping.url;
  if (ping.excerpt !== '') embed.description = escapeMarkdown(ping.excerpt);
  const at = new Date(ping.at);
  if (!Number.isNaN(at.getTime())) embed.timestamp = at.toISOString();
  return fitEmbed(embed);
}
