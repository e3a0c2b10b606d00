import type { AckFn, App, RespondArguments, RespondFn, webApi } from '@slack/bolt';
import type { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { channelCommandOf, type TypedCommand } from '../../commands/channel-text.js';
import { findCommand, runCommand } from '../../commands/index.js';
import type { CommandContext } from '../../src/command.js';
import { planQuestion, safely, type Plan } from '../../src/core.js';
import type { Reply } from '../../src/reply.js';
import type { AckFirst } from './ack-first.js';
import { commandCaller, eventCaller } from './caller.js';
import { asksSlackFirst, cannotPostThere, CHECKING_TEXT, runChannelCommand } from './channel-commands.js';
import type { SlackDirectory } from './directory.js';
import { asksForHelp, fromSlackText } from './incoming-text.js';
import { renderLookingUp, renderNotice, renderReply, SHARE_ACTION, type SlackMessage } from './render-reply.js';
import type { ShareStore } from './share-store.js';
import { readShareValue } from './share-store.js';
import { describeSlackError, USER_TEXT } from './user-text.js';

/** The slash command, as in manifest.yml. */
export const COMMAND = '/baseimage';

export interface SlackDeps {
  ctx: CommandContext;
  shares: ShareStore;
  /** Users and channels, for channel commands: who may manage a channel, and names events do not carry. */
  directory: SlackDirectory;
  /** Messages already answered (`channel:ts`): Slack redelivers events, and one message may arrive as two events. */
  seen: LRUCache<string, true>;
  /** Keeps a listener's work until it ends, so that stopping can wait for answers under way. */
  track(work: Promise<void>): Promise<void>;
  /** Holds the work after an ack until the commands arriving with it are acknowledged too. */
  acks: AckFirst;
}

// Only the fields used are read; anything else in a payload is ignored, and a payload without them is dropped.
const Command = z.object({
  text: z.string().catch(''),
  response_url: z.string().min(1),
  user_id: z.string().catch(''),
  user_name: z.string().catch(''),
  channel_id: z.string().catch(''),
  channel_name: z.string().optional().catch(undefined),
});
type CommandFields = z.infer<typeof Command>;
const Mention = z.object({ channel: z.string().min(1), user: z.string().min(1), ts: z.string().min(1), thread_ts: z.string().optional(), text: z.string().catch('') });
const DirectMessage = Mention.extend({
  channel_type: z.literal('im'),
  subtype: z.undefined().optional(),
  bot_id: z.undefined().optional(),
});
const ShareAction = z.object({ value: z.string() });

type Where = { channel: string; thread_ts?: string | undefined };
type Ack = AckFn<string | RespondArguments>;

export function registerListeners(app: App, deps: SlackDeps): void {
  app.command(COMMAND, ({ command, ack, respond }) => deps.track(onCommand(deps, command, ack, respond)));
  app.event('app_mention', ({ event, client }) => deps.track(onMention(deps, event, client)));
  app.message(({ message, client }) => deps.track(onDirectMessage(deps, message, client)));
  app.action({ type: 'block_actions', action_id: SHARE_ACTION }, ({ ack, action, respond }) =>
    deps.track(onShare(deps, action, ack, respond)),
  );
  app.error(async (error) => deps.ctx.log.error(describeSlackError(error), 'slack listener failed'));
}

/** Help for an empty question or `help`; otherwise the core's plan. A parser crash becomes the apology. */
function planFor(ctx: CommandContext, question: string): Plan {
  const help = findCommand('help');
  if (asksForHelp(question) && help !== undefined) return { intent: null, live: false, answer: () => runCommand(ctx, help, {}) };
  try {
    return planQuestion(ctx, question);
  } catch (error) {
    return { intent: null, live: false, answer: () => Promise.reject(error) };
  }
}

function answer(ctx: CommandContext, plan: Plan): Promise<Reply> {
  return safely(ctx, () => plan.answer());
}

/** An ephemeral answer with its "Share in channel" button (none for apologies and "not sure" answers). */
function ephemeralAnswer(deps: SlackDeps, reply: Reply, question: string): RespondArguments {
  const share = reply.subject.intent === 'unknown' ? null : deps.shares.put(reply, question);
  return { response_type: 'ephemeral', ...renderReply(reply, share) };
}

/** `/baseimage …`: acknowledged at once; a live answer replaces its "looking up" message through response_url. */
async function onCommand(deps: SlackDeps, payload: unknown, ack: Ack, respond: RespondFn): Promise<void> {
  deps.acks.arrived();
  const command = Command.safeParse(payload);
  if (!command.success) {
    deps.ctx.log.warn({ kind: 'slash_command' }, 'slack payload unreadable');
    await ack({ response_type: 'ephemeral', ...renderNotice(USER_TEXT.command_unreadable) });
    return;
  }
  const question = fromSlackText(command.data.text);
  const typed = channelCommandOf(question);
  if (typed !== null) {
    await onChannelCommand(deps, command.data, typed, ack, respond);
    return;
  }
  const plan = planFor(deps.ctx, question);
  if (!plan.live) {
    await ack(ephemeralAnswer(deps, await answer(deps.ctx, plan), question));
    return;
  }
  await ack({ response_type: 'ephemeral', ...renderLookingUp(plan.intent) });
  // Commands come in bursts: the others arriving with this one are acknowledged before its lookups start.
  await deps.acks.afterAcks();
  const reply = await answer(deps.ctx, plan);
  await attempt(deps, 'response_url', () => respond({ ...ephemeralAnswer(deps, reply, question), replace_original: true }));
}

/**
 * `/baseimage watch …`, `feedback …` and the other channel commands: answered in the acknowledgement, except watch
 * and unwatch, whose permission check asks Slack first: those show a note at once and replace it with the answer.
 * Channel replies have no share button: they are about this channel's settings, or thank the one who gave feedback.
 */
async function onChannelCommand(deps: SlackDeps, fields: CommandFields, typed: TypedCommand, ack: Ack, respond: RespondFn): Promise<void> {
  const caller = commandCaller(deps.directory, fields);
  if (caller === null) {
    deps.ctx.log.warn({ kind: 'slash_command' }, 'slack payload unreadable');
    await ack({ response_type: 'ephemeral', ...renderNotice(USER_TEXT.command_unreadable) });
    return;
  }
  if (!asksSlackFirst(typed)) {
    await ack({ response_type: 'ephemeral', ...renderReply(await runChannelCommand(deps.ctx, typed, caller)) });
    return;
  }
  await ack({ response_type: 'ephemeral', ...renderNotice(CHECKING_TEXT) });
  await deps.acks.afterAcks();
  const message = (await cannotPostThere(deps.directory, typed, caller.channelId))
    ? renderNotice(USER_TEXT.cannot_post_here)
    : renderReply(await runChannelCommand(deps.ctx, typed, caller));
  await attempt(deps, 'response_url', () => respond({ response_type: 'ephemeral', replace_original: true, ...message }));
}

/** An @mention in a channel: answered in a thread under it (or in the thread it was written in). */
async function onMention(deps: SlackDeps, payload: unknown, client: webApi.WebClient): Promise<void> {
  const event = Mention.safeParse(payload);
  if (!event.success) {
    deps.ctx.log.warn({ kind: 'app_mention' }, 'slack payload unreadable');
    return;
  }
  const { channel, user, ts, thread_ts, text } = event.data;
  if (!firstDelivery(deps, channel, ts)) return;
  await answerInConversation(deps, client, { channel, thread_ts: thread_ts ?? ts }, user, fromSlackText(text));
}

/** A direct message (the App Home messages tab): answered in the DM, in its thread if it was written in one. */
async function onDirectMessage(deps: SlackDeps, payload: unknown, client: webApi.WebClient): Promise<void> {
  const message = DirectMessage.safeParse(payload);
  if (!message.success) return; // edits, joins, bots' messages and other channels' messages are not questions
  const { channel, user, ts, thread_ts, text } = message.data;
  if (!firstDelivery(deps, channel, ts)) return;
  await answerInConversation(deps, client, { channel, thread_ts }, user, fromSlackText(text));
}

function firstDelivery(deps: SlackDeps, channel: string, ts: string): boolean {
  const key = `${channel}:${ts}`;
  if (deps.seen.has(key)) return false;
  deps.seen.set(key, true);
  return true;
}

/**
 * Posts the answer; a live one first posts "looking up" and then replaces it with chat.update. A channel command
 * is answered once its Slack lookups are done (a few calls at most, usually cached): no placeholder for those.
 */
async function answerInConversation(deps: SlackDeps, client: webApi.WebClient, where: Where, userId: string, question: string): Promise<void> {
  const typed = channelCommandOf(question);
  if (typed !== null) {
    const caller = await eventCaller(deps.directory, userId, where.channel);
    await post(deps, client, where, renderReply(await runChannelCommand(deps.ctx, typed, caller)));
    return;
  }
  const plan = planFor(deps.ctx, question);
  if (!plan.live) {
    await post(deps, client, where, renderReply(await answer(deps.ctx, plan)));
    return;
  }
  const placeholder = await post(deps, client, where, renderLookingUp(plan.intent));
  const message = renderReply(await answer(deps.ctx, plan));
  if (placeholder === null) await post(deps, client, where, message);
  else await attempt(deps, 'chat.update', () => client.chat.update({ ...placeholder, ...message }));
}

async function post(deps: SlackDeps, client: webApi.WebClient, where: Where, message: SlackMessage): Promise<{ channel: string; ts: string } | null> {
  const posted = await attempt(deps, 'chat.postMessage', () =>
    client.chat.postMessage({ ...where, ...message, unfurl_links: false, unfurl_media: false }),
  );
  if (posted === null || posted.ts === undefined) return null;
  return { channel: posted.channel ?? where.channel, ts: posted.ts };
}

/** "Share in channel": posts the stored answer visibly where it was asked, then removes the ephemeral copy. */
async function onShare(deps: SlackDeps, payload: unknown, ack: () => Promise<void>, respond: RespondFn): Promise<void> {
  deps.acks.arrived();
  await ack();
  await deps.acks.afterAcks();
  const action = ShareAction.safeParse(payload);
  const value = action.success ? readShareValue(action.data.value) : null;
  if (value === null) {
    deps.ctx.log.warn({ kind: 'block_actions' }, 'slack payload unreadable');
    await attempt(deps, 'response_url', () => respond({ response_type: 'ephemeral', replace_original: false, ...renderNotice(USER_TEXT.button_unreadable) }));
    return;
  }
  const reply = deps.shares.get(value.k) ?? (value.q === undefined ? undefined : await answer(deps.ctx, planFor(deps.ctx, value.q)));
  if (reply === undefined) {
    await attempt(deps, 'response_url', () => respond({ response_type: 'ephemeral', replace_original: false, ...renderNotice(USER_TEXT.share_expired) }));
    return;
  }
  // A response_url posts where the command was typed, even in a channel or DM the bot is not a member of.
  const shared = await attempt(deps, 'response_url', () => respond({ response_type: 'in_channel', replace_original: false, ...renderReply(reply) }));
  if (shared !== null) await attempt(deps, 'response_url', () => respond({ delete_original: true }));
}

/** Runs one Slack call; a failure is logged once (codes only) and becomes null. */
async function attempt<T>(deps: SlackDeps, call: string, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    deps.ctx.log.warn({ call, ...describeSlackError(error) }, 'slack call failed');
    return null;
  }
}
