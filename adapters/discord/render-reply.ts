import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { DataSource, Reply, SeverityCounts, Verdict } from '../../src/reply.js';
import { fitEmbed } from './embed-limits.js';

const VERDICT_COLOUR = {
  good: 0x2e_cc_71,
  warning: 0xf1_c4_0f,
  bad: 0xe7_4c_3c,
  info: 0x34_98_db,
  unknown: 0x95_a5_a6,
} as const satisfies Record<Verdict, number>;

/** Facts this short sit side by side; longer ones get the full width. */
const INLINE_MAX = 40;

/** The worst severity found sets the colour of a vulnerability answer. */
const SEVERITY_COLOUR = [
  ['critical', 0x99_2d_22],
  ['high', 0xe7_4c_3c],
  ['medium', 0xe6_7e_22],
  ['low', 0xf1_c4_0f],
] as const satisfies readonly (readonly [keyof SeverityCounts, number])[];

/** One embed for a Reply: verdict first, facts and sections as fields, links kept, source and date in the footer. */
export function renderEmbed(reply: Reply): APIEmbed {
  const fields: APIEmbedField[] = [
    ...reply.facts.map((fact) => ({ name: escapeMarkdown(fact.label), value: escapeMarkdown(fact.value) || '—', inline: fact.value.length <= INLINE_MAX })),
    ...reply.sections.map((section) => ({ name: escapeMarkdown(section.title), value: bullets(section.lines) })),
  ];
  const links = reply.links.length === 0 ? [] : [{ name: 'Links', value: reply.links.map(maskedLink).join('\n') }];
  return fitEmbed(
    { title: escapeMarkdown(reply.title), description: description(reply), color: colourOf(reply), fields, footer: { text: footerText(reply.source) } },
    links,
  );
}

/** The short form, for an apology: the title, the one line with its reference id, the source. */
export function renderShortEmbed(reply: Reply): APIEmbed {
  return fitEmbed({ title: escapeMarkdown(reply.title), description: escapeMarkdown(reply.summary), color: colourOf(reply), footer: { text: footerText(reply.source) } });
}

function description(reply: Reply): string {
  const parts = [`**${escapeMarkdown(reply.summary)}**`];
  if (reply.recommendation !== null) parts.push(`**Next:** ${escapeMarkdown(reply.recommendation)}`);
  if (reply.caveats.length > 0) parts.push(reply.caveats.map((caveat) => `⚠ ${escapeMarkdown(caveat)}`).join('\n'));
  return parts.join('\n\n');
}

function bullets(lines: readonly string[]): string {
  return lines.length === 0 ? '—' : lines.map((line) => `• ${escapeMarkdown(line)}`).join('\n');
}

function maskedLink(link: Reply['links'][number]): string {
  return `[${escapeMarkdown(link.label.replace(/[[\]]/g, ''))}](${link.url.replace(/[()\s]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
}

export function colourOf(reply: Reply): number {
  const counts = reply.subject.vulnerabilities;
  if (counts === undefined || counts === null) return VERDICT_COLOUR[reply.verdict];
  for (const [severity, colour] of SEVERITY_COLOUR) if (counts[severity] > 0) return colour;
  return VERDICT_COLOUR.good;
}

/** `official-images 37079fb · 2026-08-21`, or `Docker Hub + OSV · live, 2026-11-23 14:02 UTC`. */
export function footerText(source: DataSource): string {
  if (!source.live) return `${source.label} · ${source.date.slice(0, 10)}`;
  const at = new Date(source.date);
  const when = Number.isNaN(at.getTime()) ? source.date : `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `${source.label} · live, ${when}`;
}

/**
 * Reply text may quote code with backticks and nothing else: everything Discord would read as markdown outside the
 * backticks is escaped, so an image name with `_` or a `>` at a line's start shows as written.
 * @see https://support.discord.com/hc/en-us/articles/210298617
 */
export function escapeMarkdown(text: string): string {
  const inline = text
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[\\*_~|[\]<]/g, '\\$&')))
    .join('');
  return inline.replace(/^(\s*)([>#-])/gm, '$1\\$2');
}
