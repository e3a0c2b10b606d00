import type { SeenRequest } from '../http-stand-in.js';
import { ERRORS } from './ledger.js';
import { BOT_USER, CHANNELS, messagePayload, type ChannelAccess } from './payloads.js';
import type { RestState, RouteResult } from './rest.js';
import { createMessageProblems, pingedUsers, pingsEveryone, type CreateMessageBody } from './rules.js';

/**
 * Discord returns the earlier message for a repeated nonce "in the past few minutes" (not documented more exactly);
 * the stand-in keeps it for the five minutes baseimage's delivery protocol relies on.
 */
export const NONCE_WINDOW_MS = 5 * 60_000;

/** A message object as `GET /channels/{id}/messages` returns it: without the nonce, which only its creation echoes. */
export type MessageObject = ReturnType<typeof messagePayload>;

/** A message in a channel, with what the stand-in knows about its creation. */
export interface StoredMessage {
  message: MessageObject;
  body: CreateMessageBody;
  nonce: string | null;
  /** Epoch ms on the stand-in's clock. */
  createdAt: number;
  /** The users it notified (content mentions let through by `allowed_mentions`). */
  pinged: string[];
  pingedEveryone: boolean;
}

export interface Channel {
  id: string;
  name: string;
  access: ChannelAccess;
  /** Oldest first. */
  messages: StoredMessage[];
}

export function guildChannels(): Map<string, Channel> {
  return new Map(CHANNELS.map((channel) => [channel.id, { ...channel, messages: [] }]));
}

/**
 * `POST /channels/{id}/messages`: 404 for a channel that does not exist, 403 where the bot may not see or post,
 * and with `enforce_nonce` the earlier message (not a new one) for a nonce the bot used in the channel within the window.
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export function createMessage(state: RestState, request: SeenRequest, channelId: string): RouteResult {
  const channel = state.channels.get(channelId);
  if (channel === undefined) return ERRORS.unknownChannel;
  if (channel.access === 'hidden') return ERRORS.missingAccess;
  if (channel.access === 'read-only') return ERRORS.missingPermissions;
  const body = JSON.parse(request.body) as CreateMessageBody;
  const problems = createMessageProblems(body);
  if (problems.length > 0) {
    const error = problems.length === 1 && problems[0] === 'empty message' ? ERRORS.emptyMessage : ERRORS.invalidBody;
    return state.ledger.breach(error, `channel message: ${problems.join('; ')}`);
  }
  const stored = (body.enforce_nonce === true ? sameNonce(channel, body, state.now()) : undefined) ?? store(state, channel, body);
  if (state.loseAnswers > 0) {
    state.loseAnswers -= 1;
    return 'lost';
  }
  return { status: 200, body: stored.nonce === null ? stored.message : { ...stored.message, nonce: stored.nonce } };
}

function sameNonce(channel: Channel, body: CreateMessageBody, now: number): StoredMessage | undefined {
  if (body.nonce === undefined) return undefined;
  const nonce = String(body.nonce);
  return channel.messages.find((stored) => stored.nonce === nonce && now - stored.createdAt < NONCE_WINDOW_MS);
}

function store(state: RestState, channel: Channel, body: CreateMessageBody): StoredMessage {
  const pinged = pingedUsers(body);
  const mentions = pinged.map((id) => ({ id, username: `user-${id}`, discriminator: '0', global_name: null, avatar: null }));
  const message = { ...messagePayload({ ...body, author: BOT_USER, channel_id: channel.id, mentions }), timestamp: new Date(state.now()).toISOString() };
  const stored: StoredMessage = { message, body, nonce: body.nonce === undefined ? null : String(body.nonce), createdAt: state.now(), pinged, pingedEveryone: pingsEveryone(body) };
  channel.messages.push(stored);
  state.channelMessages.push(body);
  return stored;
}

/** Messages by someone else, so that the bot's are further back in the history. */
export function addChatter(channel: Channel, count: number, now: number, author: object): void {
  for (let i = 0; i < count; i++) {
    const message = { ...messagePayload({ author, channel_id: channel.id, content: `chatter ${i}` }), timestamp: new Date(now).toISOString() };
    channel.messages.push({ message, body: { content: message.content }, nonce: null, createdAt: now, pinged: [], pingedEveryone: false });
  }
}

/**
 * `GET /channels/{id}/messages`: newest first, `limit` 1 to 100 (default 50), `before` a message id; empty without
 * Read Message History, as Discord answers.
 * @see https://discord.com/developers/docs/resources/message#get-channel-messages
 */
export function listMessages(state: RestState, request: SeenRequest, channelId: string): RouteResult {
  const channel = state.channels.get(channelId);
  if (channel === undefined) return ERRORS.unknownChannel;
  if (channel.access === 'hidden') return ERRORS.missingAccess;
  const query = new URL(request.path, 'http://stand-in').searchParams;
  const limit = Number(query.get('limit') ?? 50);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return state.ledger.breach(ERRORS.invalidBody, `channel messages: limit ${query.get('limit')} (1 to 100)`);
  if (channel.access === 'no-history') return { status: 200, body: [] };
  const before = query.get('before');
  const older = channel.messages.filter((stored) => before === null || BigInt(stored.message.id) < BigInt(before));
  return { status: 200, body: older.reverse().slice(0, limit).map((stored) => stored.message) };
}
