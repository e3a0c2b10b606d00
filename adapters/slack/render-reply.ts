import type { types } from '@slack/bolt';
import type { Intent } from '../../src/intent/types.js';
import type { Reply, ReplySection } from '../../src/reply.js';

type Block = types.KnownBlock;

/** A message as Slack takes it: blocks plus the `text` fallback used in notifications. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/**
 * Block Kit limits, and a budget below Slack's undocumented ~12k characters of block text per message.
 * @see https://docs.slack.dev/reference/block-kit/blocks
 * @see https://github.com/slackapi/bolt-js/issues/2867
 */
export const LIMITS = { blocks: 50, section: 3_000, header: 150, field: 2_000, fields: 10, fallback: 3_000, total: 11_000 } as const;

/** The action id of the "Share in channel" button. */
export const SHARE_ACTION = 'share_answer';

const ICON: Record<Reply['verdict'], string> = {
  good: ':white_check_mark:',
  warning: ':warning:',
  bad: ':x:',
  info: ':information_source:',
  unknown: ':grey_question:',
};

/** Escapes the three characters Slack's mrkdwn reserves; backticks stay code. @see https://docs.slack.dev/messaging/formatting-message-text */
export function mrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text to `max` characters without leaving half an entity or an open code span. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 2).replace(/&[a-z]{0,4}$/, '');
  if ((cut.match(/`/g)?.length ?? 0) % 2 === 1) cut += '`';
  return `${cut}…`;
}

/** A mrkdwn section, clipped to Slack's 3,000 characters. */
export function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(text, LIMITS.section) } };
}

/** A one-element mrkdwn context line, clipped. */
export function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: clip(text, LIMITS.field) }] };
}

function header(reply: Reply): Block {
  const title = `${ICON[reply.verdict]} ${reply.title.replace(/`/g, '')}`;
  return { type: 'header', text: { type: 'plain_text', text: clip(title, LIMITS.header), emoji: true } };
}

/** Lines joined into as few section texts as the 3,000-character limit allows. */
function chunks(lines: string[], first: string | null): string[] {
  const out: string[] = [];
  let current = first ?? '';
  for (const line of lines) {
    const next = current === '' ? line : `${current}\n${line}`;
    if (next.length <= LIMITS.section || current === '') current = next;
    else {
      out.push(current);
      current = line;
    }
  }
  if (current !== '') out.push(current);
  return out;
}

function sectionBlocks(part: ReplySection): Block[] {
  const lines = part.lines.map((line) => `• ${mrkdwn(line)}`);
  return chunks(lines, `*${mrkdwn(part.title)}*`).map(section);
}

function factBlocks(reply: Reply): Block[] {
  const fields = reply.facts.map((fact) => ({ type: 'mrkdwn' as const, text: clip(`*${mrkdwn(fact.label)}*\n${mrkdwn(fact.value)}`, LIMITS.field) }));
  const blocks: Block[] = [];
  for (let start = 0; start < fields.length; start += LIMITS.fields) {
    blocks.push({ type: 'section', fields: fields.slice(start, start + LIMITS.fields) });
  }
  return blocks;
}

function sourceLine(reply: Reply): string {
  const { label, date, live } = reply.source;
  return mrkdwn(live ? `${label}, live, ${date}` : `${label}, ${date}`);
}

/** A mrkdwn link whose URL and label cannot break out of `<url|label>`. */
export function link(url: string, label: string): string {
  return `<${url.replace(/[<>|\s]/g, encodeURIComponent)}|${mrkdwn(label).replace(/\|/g, '/')}>`;
}

function caveatBlocks(reply: Reply): Block[] {
  return chunks(reply.caveats.map((caveat) => `:warning: ${mrkdwn(caveat)}`), null).map(section);
}

function linkBlocks(reply: Reply): Block[] {
  return reply.links.length === 0 ? [] : [context(reply.links.map((item) => link(item.url, item.label)).join('  ·  '))];
}

function shareButton(value: string): Block {
  return {
    type: 'actions',
    block_id: 'share',
    elements: [{ type: 'button', action_id: SHARE_ACTION, text: { type: 'plain_text', text: 'Share in channel' }, value }],
  };
}

/** Characters of text in blocks, as Slack counts them against a message: every `text` string. */
export function textLength(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + textLength(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  let sum = 0;
  for (const [key, item] of Object.entries(value)) sum += key === 'text' && typeof item === 'string' ? item.length : textLength(item);
  return sum;
}

/** Room left in a message: parts are taken in order of importance while they fit; the rest is counted as left out. */
function room(blocks: number, chars: number) {
  let left = { blocks, chars };
  let dropped = 0;
  return {
    take(candidates: Block[]): Block[] {
      const kept: Block[] = [];
      // A list is cut at its end, never in its middle.
      for (const block of candidates) {
        const size = textLength(block);
        if (left.blocks < 1 || size > left.chars) break;
        kept.push(block);
        left = { blocks: left.blocks - 1, chars: left.chars - size };
      }
      dropped += candidates.length - kept.length;
      return kept;
    },
    dropped: () => dropped,
  };
}

const NOTE_ROOM = 200;

/**
 * The reply as Block Kit: title, verdict, facts, sections, next step, caveats, links and the data source, within
 * Slack's limits whatever the reply's length. The title, verdict, next step and source always show; then caveats,
 * facts, links and sections as room allows, with a note on what was left out. `share` is the value of a "Share in
 * channel" button, if one is wanted.
 */
export function renderReply(reply: Reply, share: string | null = null): SlackMessage {
  const top = [header(reply), ...(reply.summary.trim() === '' ? [] : [section(mrkdwn(reply.summary))])];
  const next = reply.recommendation === null ? [] : [section(`:arrow_right: ${mrkdwn(reply.recommendation)}`)];
  const bottom = [context(sourceLine(reply)), ...(share === null ? [] : [shareButton(share)])];
  const fixed = [...top, ...next, ...bottom];
  const space = room(LIMITS.blocks - fixed.length - 1, LIMITS.total - textLength(fixed) - NOTE_ROOM);
  const caveats = space.take(caveatBlocks(reply));
  const facts = space.take(factBlocks(reply));
  const links = space.take(linkBlocks(reply));
  const sections = space.take(reply.sections.flatMap(sectionBlocks));
  const left = space.dropped();
  const note = left === 0 ? [] : [context(`…and ${left} more ${left === 1 ? 'part' : 'parts'} not shown here: ask about one image or tag to see it all.`)];
  return { text: fallback(reply), blocks: [...top, ...facts, ...sections, ...note, ...next, ...caveats, ...links, ...bottom] };
}

/** The notification text: the title and the verdict. */
function fallback(reply: Reply): string {
  return clip(mrkdwn(`${reply.title}: ${reply.summary}`), LIMITS.fallback);
}

/** What a live question shows while its lookups run. */
export function renderLookingUp(intent: Intent | null): SlackMessage {
  const names = [intent?.image?.raw, intent?.other?.raw].filter((name): name is string => name !== undefined);
  const subject = names.length === 0 ? 'that' : names.map((name) => `\`${clip(name.replace(/`/g, ''), 200)}\``).join(' and ');
  const text = `:hourglass_flowing_sand: Looking up ${mrkdwn(subject)}…`;
  return { text, blocks: [context(`${text} (live data, a few seconds at most)`)] };
}

/** A one-line message: a notice to the asker. */
export function renderNotice(text: string): SlackMessage {
  return { text: mrkdwn(text), blocks: [section(mrkdwn(text))] };
}
