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
  /** A second text channel, where the bot may post and read history as in `channel`. */
  newsChannel: '1400000000000000007',
  /** A channel the bot cannot see (a permission overwrite denies it View Channel): 403 Missing Access. */
  hiddenChannel: '1400000000000000008',
  /** A channel the bot can see but not post in: 403 Missing Permissions. */
  readOnlyChannel: '1400000000000000009',
  /** A channel the bot can post in but whose history it cannot read: the history comes back empty. */
  noHistoryChannel: '1400000000000000010',
  /** A channel that does not exist (deleted): 404 Unknown Channel. */
  goneChannel: '1400000000000000011',
  /** A second member, who maintains images. */
  maintainer: '1400000000000000012',
} as const;

const JOINED = '2026-01-01T00:00:00.000Z';

/** Permission bits as Discord sends them: decimal strings of a bitfield. @see https://discord.com/developers/docs/topics/permissions */
export const PERMISSION = {
  manageChannels: 1n << 4n,
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  embedLinks: 1n << 14n,
  attachFiles: 1n << 15n,
  readMessageHistory: 1n << 16n,
  useApplicationCommands: 1n << 31n,
} as const;

/** A member's or the bot's permissions in a channel, as the `permissions` string of a payload. */
export function permissions(...bits: bigint[]): string {
  let field = 0n;
  for (const bit of bits) field |= bit;
  return field.toString();
}

/** Send Messages, Embed Links, Attach Files, Read Message History, View Channel, Use Application Commands. */
const PERMISSIONS = permissions(
  PERMISSION.sendMessages,
  PERMISSION.embedLinks,
  PERMISSION.attachFiles,
  PERMISSION.readMessageHistory,
  PERMISSION.viewChannel,
  PERMISSION.useApplicationCommands,
);
/** A member's permissions by default: no Manage Channels. */
export const MEMBER_PERMISSIONS = PERMISSIONS;
/** A member who may manage channels (and so change what a channel watches). */
export const MANAGER_PERMISSIONS = permissions(BigInt(PERMISSIONS), PERMISSION.manageChannels);

/** What the bot may do in a channel, as the stand-in's REST side enforces it. */
export type ChannelAccess = 'full' | 'hidden' | 'read-only' | 'no-history';

/** The guild's text channels; `goneChannel` is in none of them. */
export const CHANNELS: readonly { id: string; name: string; access: ChannelAccess }[] = [
  { id: IDS.channel, name: 'general', access: 'full' },
  { id: IDS.newsChannel, name: 'docker-news', access: 'full' },
  { id: IDS.hiddenChannel, name: 'moderators', access: 'hidden' },
  { id: IDS.readOnlyChannel, name: 'announcements', access: 'read-only' },
  { id: IDS.noHistoryChannel, name: 'drop-box', access: 'no-history' },
];

/** The permission overwrites that give the bot each channel's access. */
const DENIED: Record<ChannelAccess, bigint> = {
  full: 0n,
  hidden: PERMISSION.viewChannel,
  'read-only': PERMISSION.sendMessages,
  'no-history': PERMISSION.readMessageHistory,
};

/** The bot's permissions in a channel, as the interaction's `app_permissions`. */
export function appPermissionsIn(channelId: string): string {
  const access = CHANNELS.find((channel) => channel.id === channelId)?.access ?? 'full';
  return (BigInt(PERMISSIONS) & ~DENIED[access]).toString();
}

export const BOT_USER = { id: IDS.bot, username: 'baseimage', discriminator: '0000', global_name: null, avatar: null, bot: true };
export const ASKER = { id: IDS.user, username: 'asker', discriminator: '0', global_name: 'Asker', avatar: null };
export const MAINTAINER = { id: IDS.maintainer, username: 'maintainer', discriminator: '0', global_name: 'Maintainer', avatar: null };

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
    channels: CHANNELS.map((channel, position) => ({
      id: channel.id,
      type: 0,
      name: channel.name,
      guild_id: IDS.guild,
      position,
      permission_overwrites: DENIED[channel.access] === 0n ? [] : [{ id: IDS.bot, type: 1, allow: '0', deny: DENIED[channel.access].toString() }],
      nsfw: false,
      parent_id: null,
    })),
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

/** Who sends an interaction, from where, with which permissions (defaults: the asker, in `general`, no Manage Channels). */
export interface Sender {
  user?: object;
  channelId?: string;
  /** The member's permissions in the channel (`member.permissions`). */
  permissions?: string;
  /** The bot's permissions in the channel (`app_permissions`); by default those of the channel's access. */
  appPermissions?: string;
}

function interactionBase(type: number, data: object, sender: Sender = {}) {
  const channelId = sender.channelId ?? IDS.channel;
  const name = CHANNELS.find((channel) => channel.id === channelId)?.name ?? 'unknown';
  return {
    id: snowflake(),
    application_id: IDS.application,
    type,
    token: `aW50ZXJhY3Rpb246${snowflake()}`,
    version: 1,
    data,
    guild_id: IDS.guild,
    channel_id: channelId,
    channel: { id: channelId, type: 0, guild_id: IDS.guild, name },
    member: { user: sender.user ?? ASKER, roles: [], permissions: sender.permissions ?? MEMBER_PERMISSIONS, joined_at: JOINED, deaf: false, mute: false, flags: 0 },
    app_permissions: sender.appPermissions ?? appPermissionsIn(channelId),
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
export function commandInteraction(subcommand: string, options: OptionValues = {}, sender: Sender = {}) {
  return interactionBase(2, commandData(subcommand, options, null), sender);
}

/** Typing in option `focused` of `/baseimage <subcommand>`; the other options as filled so far. */
export function autocompleteInteraction(subcommand: string, options: OptionValues, focused: string, sender: Sender = {}) {
  return interactionBase(4, commandData(subcommand, options, focused), sender);
}

/** A click on a button of an (ephemeral) message the bot sent. */
export function buttonInteraction(customId: string) {
  const message = messagePayload({ author: BOT_USER, content: '', flags: 64 });
  return { ...interactionBase(3, { custom_id: customId, component_type: 2 }), message };
}

/** A message as the REST API returns it and MESSAGE_CREATE carries it. */
export function messagePayload(parts: { author: object; channel_id?: string; content?: string; embeds?: unknown[]; components?: unknown[]; flags?: number; mentions?: object[]; message_reference?: unknown }) {
  return {
    id: snowflake(),
    channel_id: parts.channel_id ?? IDS.channel,
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
