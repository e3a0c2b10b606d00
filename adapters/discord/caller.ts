import { PermissionFlagsBits, type ChatInputCommandInteraction, type Message, type User } from 'discord.js';
import type { Caller } from '../../src/command.js';

/** The caller on Discord: the user, and the channel with its name when it has one (threads and text channels). */
function discordCaller(user: User, channelId: string, channel: unknown, canManageChannel: () => Promise<boolean>): Caller {
  const name = typeof channel === 'object' && channel !== null && 'name' in channel ? channel.name : null;
  return {
    platform: 'discord',
    userId: user.id,
    userName: user.username,
    channelId,
    ...(typeof name === 'string' ? { channelName: name } : {}),
    canManageChannel,
  };
}

/**
 * Who ran a command and in which channel; managing the channel's subscriptions takes the Manage Channels permission
 * there (resolved by Discord into the interaction's member permissions).
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
export function callerOf(interaction: ChatInputCommandInteraction): Caller {
  return discordCaller(interaction.user, interaction.channelId, interaction.channel, async () => interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false);
}

/**
 * The author of a message that mentions the bot. A message carries no resolved permissions, so it never manages
 * the channel: watch and unwatch are slash commands only.
 */
export function messageCaller(message: Message): Caller {
  return discordCaller(message.author, message.channelId, message.channel, async () => false);
}
