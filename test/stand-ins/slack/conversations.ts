/**
 * The stand-in's workspace: users, conversations, the bot's membership and scopes, and the messages it posted, with
 * Slack's rules for who sees what (chat-platforms.md §2.6). Answers have the shapes of Slack's reference pages:
 * @see https://docs.slack.dev/reference/methods/users.info
 * @see https://docs.slack.dev/reference/methods/conversations.info
 * @see https://docs.slack.dev/reference/methods/conversations.history
 */

type Answer = Record<string, unknown>;

export interface StandInUser {
  name: string;
  real_name?: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
}

/** A conversation; ids not registered are public channels (`C…`) or DMs with the bot (`D…`), others unknown. */
export interface StandInChannel {
  name?: string;
  creator?: string;
  is_archived?: boolean;
  is_private?: boolean;
  is_im?: boolean;
  /** The other member of a DM. */
  user?: string;
  /** Deleted: every method answers `channel_not_found`. */
  deleted?: boolean;
  /** A DM between people, not with the bot: hidden from it like a private channel it is not in. */
  between_people?: boolean;
}

export interface PostedMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text?: unknown;
  blocks?: unknown;
  metadata?: unknown;
  updates: number;
}

export interface Workspace {
  users: Map<string, StandInUser>;
  channels: Map<string, StandInChannel>;
  /** Public and private channels the bot is in (DMs with it always). */
  members: Set<string>;
  /** The bot token's scopes: a method without its scope answers `missing_scope`. */
  scopes: Set<string>;
  messages: PostedMessage[];
}

type Conversation = StandInChannel & { id: string; kind: 'public' | 'private' | 'im' };

const READ_SCOPE = { public: 'channels:read', private: 'groups:read', im: 'im:read' } as const;
const HISTORY_SCOPE = { public: 'channels:history', private: 'groups:history', im: 'im:history' } as const;
const HISTORY_MAX = 999;

export function missingScope(workspace: Workspace, needed: string): Answer | null {
  if (workspace.scopes.has(needed)) return null;
  return { ok: false, error: 'missing_scope', needed, provided: [...workspace.scopes].join(',') };
}

function isMember(workspace: Workspace, conversation: Conversation): boolean {
  return conversation.kind === 'im' || workspace.members.has(conversation.id);
}

/** The conversation as the bot sees it: a private channel it is not in does not exist for it. */
export function conversationOf(workspace: Workspace, id: string): Conversation | null {
  const known = workspace.channels.get(id) ?? (id.startsWith('C') ? { name: id.toLowerCase() } : id.startsWith('D') ? { is_im: true } : undefined);
  if (known === undefined || known.deleted === true || known.between_people === true) return null;
  const conversation: Conversation = { id, ...known, kind: known.is_im === true ? 'im' : known.is_private === true ? 'private' : 'public' };
  if (conversation.kind === 'private' && !isMember(workspace, conversation)) return null;
  return conversation;
}

/** Why chat.postMessage may not post there, or null. `chat:write.public` opens public channels the bot is not in. */
export function postRefusal(workspace: Workspace, channelId: string): Answer | null {
  const conversation = conversationOf(workspace, channelId);
  if (conversation === null) return { ok: false, error: 'channel_not_found' };
  if (conversation.is_archived === true) return { ok: false, error: 'is_archived' };
  if (isMember(workspace, conversation)) return null;
  return conversation.kind === 'public' && workspace.scopes.has('chat:write.public') ? null : { ok: false, error: 'not_in_channel' };
}

export function usersInfo(workspace: Workspace, args: Answer): Answer {
  const refused = missingScope(workspace, 'users:read');
  if (refused !== null) return refused;
  const id = String(args.user ?? '');
  const user = workspace.users.get(id);
  if (user === undefined) return { ok: false, error: 'user_not_found' };
  const realName = user.real_name ?? user.name;
  return {
    ok: true,
    user: {
      id,
      team_id: 'T0001',
      name: user.name,
      deleted: false,
      real_name: realName,
      tz: 'Europe/Amsterdam',
      profile: { real_name: realName, display_name: user.name, team: 'T0001' },
      is_admin: user.is_admin ?? false,
      is_owner: user.is_owner ?? false,
      is_primary_owner: user.is_primary_owner ?? false,
      is_restricted: false,
      is_ultra_restricted: false,
      is_bot: false,
      is_app_user: false,
      updated: 1763800000,
    },
  };
}

export function conversationsInfo(workspace: Workspace, args: Answer): Answer {
  const conversation = conversationOf(workspace, String(args.channel ?? ''));
  if (conversation === null) return { ok: false, error: 'channel_not_found' };
  const refused = missingScope(workspace, READ_SCOPE[conversation.kind]);
  if (refused !== null) return refused;
  if (conversation.kind === 'im') {
    return { ok: true, channel: { id: conversation.id, created: 1763800000, is_im: true, is_org_shared: false, user: conversation.user ?? 'U0ASKER', is_user_deleted: false, priority: 0 } };
  }
  const channel = {
    id: conversation.id,
    name: conversation.name ?? conversation.id.toLowerCase(),
    is_channel: conversation.kind === 'public',
    is_group: conversation.kind === 'private',
    is_im: false,
    is_mpim: false,
    is_private: conversation.kind === 'private',
    created: 1763800000,
    is_archived: conversation.is_archived ?? false,
    is_general: false,
    is_shared: false,
    is_ext_shared: false,
    is_org_shared: false,
    is_member: isMember(workspace, conversation),
    creator: conversation.creator ?? 'U0FOUNDER',
    topic: { value: '', creator: '', last_set: 0 },
    purpose: { value: '', creator: '', last_set: 0 },
  };
  return { ok: true, channel };
}

/** Slack's cursors are opaque; its own are base64 of `next_ts:<ts>`. */
function cursorOf(ts: string): string {
  return Buffer.from(`next_ts:${ts}`).toString('base64');
}

function tsOfCursor(cursor: string): string | null {
  const decoded = Buffer.from(cursor, 'base64').toString('utf8');
  return decoded.startsWith('next_ts:') ? decoded.slice(8) : null;
}

/** Top-level messages, newest first, after `oldest` (exclusive), `limit` per page; metadata only when asked for all. */
export function conversationsHistory(workspace: Workspace, args: Answer): Answer {
  const conversation = conversationOf(workspace, String(args.channel ?? ''));
  if (conversation === null) return { ok: false, error: 'channel_not_found' };
  const refused = missingScope(workspace, HISTORY_SCOPE[conversation.kind]);
  if (refused !== null) return refused;
  if (!isMember(workspace, conversation)) return { ok: false, error: 'not_in_channel' };
  const oldest = Number(args.oldest ?? 0);
  const limit = Math.min(Math.max(Number(args.limit ?? 100) || 100, 1), HISTORY_MAX);
  const startTs = typeof args.cursor === 'string' && args.cursor !== '' ? tsOfCursor(args.cursor) : null;
  if (typeof args.cursor === 'string' && args.cursor !== '' && startTs === null) return { ok: false, error: 'invalid_cursor' };
  const all = workspace.messages
    .filter((m) => m.channel === conversation.id && (m.thread_ts === undefined || m.thread_ts === m.ts) && Number(m.ts) > oldest)
    .filter((m) => startTs === null || Number(m.ts) <= Number(startTs))
    .sort((a, b) => Number(b.ts) - Number(a.ts));
  const page = all.slice(0, limit);
  const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true' || args.include_all_metadata === '1';
  const messages = page.map((m) => ({
    type: 'message',
    text: m.text,
    user: 'U0BOT',
    bot_id: 'B0BOT',
    app_id: 'A0STANDIN',
    ts: m.ts,
    team: 'T0001',
    ...(m.blocks === undefined ? {} : { blocks: m.blocks }),
    ...(withMetadata && m.metadata !== undefined ? { metadata: m.metadata } : {}),
  }));
  const next = all[limit];
  return {
    ok: true,
    messages,
    has_more: next !== undefined,
    pin_count: 0,
    channel_actions_ts: null,
    channel_actions_count: 0,
    ...(next === undefined ? {} : { response_metadata: { next_cursor: cursorOf(next.ts) } }),
  };
}
