import type { Caller } from '../../src/command.js';
import type { SlackDirectory } from './directory.js';

/** Slack's stand-ins for a conversation's name in slash commands where it has none to give. */
const NOT_A_NAME = new Set(['directmessage', 'privategroup']);

/** A direct message with the bot: `D…` ids. @see https://docs.slack.dev/reference/objects/conversation-object */
function isDirectMessage(channelId: string): boolean {
  return channelId.startsWith('D');
}

/**
 * Whether the user may change what the channel watches: a workspace admin or owner, the channel's creator, or
 * anyone in their direct messages with the bot. A Slack call that fails counts as no (the directory logs it).
 */
export async function canManageChannel(directory: SlackDirectory, userId: string, channelId: string): Promise<boolean> {
  if (isDirectMessage(channelId)) return true;
  const user = await directory.user(userId);
  if (user !== null && (user.is_admin || user.is_owner || user.is_primary_owner)) return true;
  const channel = await directory.channel(channelId);
  return channel !== null && (channel.is_im || channel.creator === userId);
}

function callerOf(directory: SlackDirectory, userId: string, userName: string, channelId: string, channelName: string | undefined): Caller {
  return {
    platform: 'slack',
    userId,
    userName,
    channelId,
    ...(channelName === undefined || channelName === '' || NOT_A_NAME.has(channelName) ? {} : { channelName }),
    canManageChannel: () => canManageChannel(directory, userId, channelId),
  };
}

/** The caller of a slash command, from its own fields; null when it names no user or channel. */
export function commandCaller(directory: SlackDirectory, fields: { user_id: string; user_name: string; channel_id: string; channel_name?: string | undefined }): Caller | null {
  if (fields.user_id === '' || fields.channel_id === '') return null;
  return callerOf(directory, fields.user_id, fields.user_name || fields.user_id, fields.channel_id, fields.channel_name);
}

/** The caller of a mention or direct message: events carry ids only, so names come from the directory (cached). */
export async function eventCaller(directory: SlackDirectory, userId: string, channelId: string): Promise<Caller> {
  const [user, channel] = await Promise.all([directory.user(userId), isDirectMessage(channelId) ? null : directory.channel(channelId)]);
  const userName = user?.profile?.display_name || user?.real_name || user?.name || userId;
  return callerOf(directory, userId, userName, channelId, channel?.name);
}
