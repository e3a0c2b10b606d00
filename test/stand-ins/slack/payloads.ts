import type { SlashCommand } from '@slack/bolt';
import { BOT_USER_ID, TEAM_ID } from './slack-stand-in.js';

/** Payloads as Slack sends them (the same in Socket Mode envelopes and HTTP bodies), trimmed to what Bolt reads. */
export const USER_ID = 'U0ASKER';
export const CHANNEL_ID = 'C0GENERAL';
export const DM_CHANNEL_ID = 'D0ASKER';

let sequence = 0;

function nextTs(): string {
  sequence += 1;
  return `1763800000.${String(sequence).padStart(6, '0')}`;
}

/** `/baseimage <text>`; `extra` overrides fields, e.g. another `user_id`, `user_name` or `channel_name`. */
export function slashCommand(text: string, responseUrl: string, channel = CHANNEL_ID, extra: Partial<SlashCommand> = {}): SlashCommand {
  return {
    token: 'verification-token-deprecated-xyz',
    command: '/baseimage',
    text,
    response_url: responseUrl,
    trigger_id: '111.222.abc',
    user_id: USER_ID,
    user_name: 'asker',
    team_id: TEAM_ID,
    team_domain: 'standin',
    channel_id: channel,
    channel_name: 'general',
    api_app_id: 'A0STANDIN',
    is_enterprise_install: 'false',
    ...extra,
  };
}

function eventCallback(event: Record<string, unknown>): Record<string, unknown> {
  sequence += 1;
  return {
    token: 'verification-token-deprecated-xyz',
    team_id: TEAM_ID,
    api_app_id: 'A0STANDIN',
    type: 'event_callback',
    event_id: `Ev${sequence}`,
    event_time: 1763800000,
    authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    event,
  };
}

/** An @mention in a channel; `thread_ts` when written inside a thread. */
export function mention(text: string, options: { channel?: string; ts?: string; thread_ts?: string; user?: string } = {}): Record<string, unknown> {
  const ts = options.ts ?? nextTs();
  const event: Record<string, unknown> = { type: 'app_mention', user: options.user ?? USER_ID, text: `<@${BOT_USER_ID}> ${text}`, ts, channel: options.channel ?? CHANNEL_ID, event_ts: ts };
  if (options.thread_ts !== undefined) event.thread_ts = options.thread_ts;
  return eventCallback(event);
}

/** A direct message to the bot (message.im). */
export function directMessage(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = nextTs();
  return eventCallback({ type: 'message', channel_type: 'im', channel: DM_CHANNEL_ID, user: USER_ID, text, ts, event_ts: ts, ...extra });
}

/** A click on a button of an ephemeral message: no `message`, only the container and a fresh response_url. */
export function buttonClick(actionId: string, value: unknown, responseUrl: string, channel = CHANNEL_ID): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: USER_ID, username: 'asker', team_id: TEAM_ID },
    api_app_id: 'A0STANDIN',
    token: 'verification-token-deprecated-xyz',
    container: { type: 'message', message_ts: '1763800000.999999', channel_id: channel, is_ephemeral: true },
    trigger_id: '111.222.def',
    team: { id: TEAM_ID, domain: 'standin' },
    channel: { id: channel, name: 'general' },
    response_url: responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: 'share', text: { type: 'plain_text', text: 'Share in channel' }, value, action_ts: '1763800001.000001' }],
  };
}
