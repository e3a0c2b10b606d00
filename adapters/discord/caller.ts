import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import type { Caller } from '../../src/command.js';

/**
 * Who ran a command and in which channel; managing the channel's subscriptions takes the Manage Channels permission
 * there (resolved by Discord into the interaction's member permissions).
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
export function callerOf(interaction: ChatInputCommandInteraction): Caller {
  const channel = interaction.channel;
  return {
    platform: 'discord',
    userId: interaction.user.id,
    userName: interaction.user.username,
    channelId: interaction.channelId,
    ...(channel !== null && 'name' in channel && typeof channel.name === 'string' ? { channelName: channel.name } : {}),
    canManageChannel: async () => interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
  };
}
