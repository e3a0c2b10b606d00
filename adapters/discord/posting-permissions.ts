import { PermissionFlagsBits, type PermissionsBitField } from 'discord.js';

/**
 * What the bot needs in a watched channel: to see it, post, embed, and read its own recent posts back (the
 * duplicate check after a lost answer).
 * @see https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags
 */
export const POSTING_PERMISSIONS = [
  ['View Channel', PermissionFlagsBits.ViewChannel],
  ['Send Messages', PermissionFlagsBits.SendMessages],
  ['Embed Links', PermissionFlagsBits.EmbedLinks],
  ['Read Message History', PermissionFlagsBits.ReadMessageHistory],
] as const;

/** The names of the posting permissions the bot lacks, from an interaction's `app_permissions`; none when absent. */
export function missingPostingPermissions(appPermissions: Readonly<PermissionsBitField> | null): string[] {
  if (appPermissions === null) return [];
  return POSTING_PERMISSIONS.filter(([, bit]) => !appPermissions.has(bit)).map(([name]) => name);
}
