/**
 * Gateway payloads as Discord sends them, trimmed to what discord.js 14 reads (chat-platforms.md §3.2, §3.3).
 * @see https://discord.com/developers/docs/events/gateway-events
 */

export const IDS = {
  application: '1400000000000000001',
  bot: '1400000000000000002',
  guild: '1400000000000000003',
  channel: '1400000000000000004',
  user: '1400000000000000005',
  command: '1400000000000000006',
} as const;

const JOINED = '2026-01-01T00:00:00.000Z';
/** Send Messages, Embed Links, Read Message History, View Channel, Use Application Commands. */
const PERMISSIONS = '2147601408';

export const BOT_USER = { id: IDS.bot, username: 'baseimage', discriminator: '0000', global_name: null, avatar: null, bot: true };
export const ASKER = { id: IDS.user, username: 'asker', discriminator: '0', global_name: 'Asker', avatar: null };

let sequence = 1_500_000_000_000_000_000n;

/** A new snowflake-shaped id. */
export function snowflake(): string {
  sequence += 1n;
  return sequence.toString();
}

export function readyPayload(sessionId: string, resumeUrl: string) {
  return {
    v: 10,
    user: BOT_USER,
    guilds: [{ id: IDS.guild, unavailable: true }],
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard: [0, 1],
    application: { id: IDS.application, flags: 0 },
  };
}

export function guildCreatePayload() {
  return {
    id: IDS.guild,
    name: 'stand-in guild',
    icon: null,
    owner_id: IDS.user,
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: JOINED,
    features: [],
    roles: [{ id: IDS.guild, name: '@everyone', permissions: PERMISSIONS, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: [{ id: IDS.channel, type: 0, name: 'general', guild_id: IDS.guild, position: 0, permission_overwrites: [], nsfw: false, parent_id: null }],
    members: [{ user: BOT_USER, roles: [], joined_at: JOINED, deaf: false, mute: false, flags: 0 }],
    threads: [],
    emojis: [],
    stickers: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export type OptionValues = Record<string, string>;

function interactionBase(type: number, data: object) {
  return {
    id: snowflake(),
    application_id: IDS.application,
    type,
    token: `aW50ZXJhY3Rpb246${snowflake()}`,
    version: 1,
    data,
    guild_id: IDS.guild,
    channel_id: IDS.channel,
    channel: { id: IDS.channel, type: 0, guild_id: IDS.guild, name: 'general' },
    member: { user: ASKER, roles: [], permissions: PERMISSIONS, joined_at: JOINED, deaf: false, mute: false, flags: 0 },
    app_permissions: PERMISSIONS,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': IDS.guild },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

function commandData(subcommand: string, options: OptionValues, focused: string | null) {
  const values = Object.entries(options).map(([name, value]) => ({ type: 3, name, value, ...(name === focused ? { focused: true } : {}) }));
  return { id: IDS.command, name: 'baseimage', type: 1, options: [{ type: 1, name: subcommand, options: values }] };
}

/** `/baseimage <subcommand> name:value …` */
export function commandInteraction(subcommand: string, options: OptionValues = {}) {
  return interactionBase(2, commandData(subcommand, options, null));
}

/** Typing in option `focused` of `/baseimage <subcommand>`; the other options as filled so far. */
export function autocompleteInteraction(subcommand: string, options: OptionValues, focused: string) {
  return interactionBase(4, commandData(subcommand, options, focused));
}

/** A click on a button of an (ephemeral) message the bot sent. */
export function buttonInteraction(customId: string) {
  const message = messagePayload({ author: BOT_USER, content: '', flags: 64 });
  return { ...interactionBase(3, { custom_id: customId, component_type: 2 }), message };
}

/** A message as the REST API returns it and MESSAGE_CREATE carries it. */
export function messagePayload(parts: { author: object; content?: string; embeds?: unknown[]; components?: unknown[]; flags?: number; mentions?: object[]; message_reference?: unknown }) {
  return {
    id: snowflake(),
    channel_id: IDS.channel,
    type: parts.message_reference === undefined ? 0 : 19,
    author: parts.author,
    content: parts.content ?? '',
    embeds: parts.embeds ?? [],
    components: parts.components ?? [],
    attachments: [],
    mentions: parts.mentions ?? [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: parts.flags ?? 0,
    ...(parts.message_reference === undefined ? {} : { message_reference: parts.message_reference }),
  };
}

/** A message in the guild channel that mentions the bot (or not), from the asker or another bot. */
export function mentionMessage(content: string, author: object = ASKER) {
  const mentions = content.includes(`<@${IDS.bot}>`) || content.includes(`<@!${IDS.bot}>`) ? [BOT_USER] : [];
  return { ...messagePayload({ author, content, mentions }), guild_id: IDS.guild, member: { roles: [], joined_at: JOINED, deaf: false, mute: false, flags: 0 } };
}
