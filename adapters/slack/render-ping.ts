import type { Ping, PingKind } from '../../src/watch/ping.js';
import { clip, context, LIMITS, link, mrkdwn, section, type SlackMessage } from './render-reply.js';

const KIND: Record<PingKind, string> = {
  issue: ':large_green_circle: New issue',
  pull: ':twisted_rightwards_arrows: New pull request',
  comment: ':speech_balloon: New comment',
  feedback: ':incoming_envelope: Feedback',
};

/** Mentions shown per ping: a line of 20 names is already more than a channel wants. */
const MAX_MENTIONS = 20;
const MAX_LABELS = 10;
const TITLE_MAX = 500;
/** A Slack user id (`U…`, or `W…` on Enterprise Grid): anything else never becomes `<@…>` markup. */
const USER_ID = /^[UW][A-Z0-9]{2,20}$/;

/** Slack's own date markup: each reader sees the time in their time zone. @see https://docs.slack.dev/messaging/formatting-message-text#date-formatting */
function dateOf(iso: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} {time}|${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC>`;
}

/** A GitHub login links to its profile (an app's `name[bot]` to its app page); a chat user's name stays text. */
function authorOf(ping: Ping): string {
  const login = /^([A-Za-z0-9-]{1,39})(\[bot\])?$/.exec(ping.author);
  if (ping.kind === 'feedback' || login === null) return mrkdwn(ping.author);
  const profile = login[2] === undefined ? `https://github.com/${login[1]}` : `https://github.com/apps/${login[1]}`;
  return link(profile, `@${ping.author}`);
}

function aboutLine(ping: Ping): string {
  const labels = ping.labels.slice(0, MAX_LABELS).map((label) => `\`${label.replace(/`/g, "'")}\``);
  const more = ping.labels.length > MAX_LABELS ? ` +${ping.labels.length - MAX_LABELS}` : '';
  const date = dateOf(ping.at);
  const parts = [`${KIND[ping.kind]} on \`${ping.image}\``, `by ${authorOf(ping)}`];
  if (labels.length > 0) parts.push(`${mrkdwn(labels.join(' '))}${more}`);
  if (date !== null) parts.push(date);
  return parts.join('  ·  ');
}

/** The `<@U…>` mentions of a ping's maintainers, valid ids only. */
export function mentionsOf(ping: Ping): string[] {
  return ping.mentionUserIds.filter((id) => USER_ID.test(id)).slice(0, MAX_MENTIONS).map((id) => `<@${id}>`);
}

/**
 * A ping as a channel message: the title linked to the item, what and whose it is, the start of its text, and the
 * image's maintainers mentioned. The `text` fallback (notifications) carries the mentions too.
 * @see https://docs.slack.dev/reference/methods/chat.postMessage
 */
export function renderPing(ping: Ping): SlackMessage {
  const mentions = mentionsOf(ping);
  const shortTitle = clip(ping.title, TITLE_MAX);
  const title = ping.url === null ? mrkdwn(shortTitle) : link(ping.url, shortTitle);
  // The excerpt is folded to one line (ping.ts), so one quote marker quotes all of it.
  const excerpt = ping.excerpt.trim() === '' ? [] : [section(`>${mrkdwn(ping.excerpt)}`)];
  const cc = mentions.length === 0 ? [] : [context(`:bell: ${mentions.join(' ')} (maintainers of \`${ping.image}\`)`)];
  const blocks = [section(`*${title}*`), context(aboutLine(ping)), ...excerpt, ...cc];
  const text = clip([...mentions, mrkdwn(ping.text)].join(' '), LIMITS.fallback);
  return { text, blocks };
}
