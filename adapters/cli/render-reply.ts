import type { Reply } from '../../src/reply.js';

export interface RenderOptions {
  color: boolean;
}

const ICON: Record<Reply['verdict'], string> = { good: '✔', warning: '!', bad: '✖', info: '•', unknown: '?' };

function style(code: string, text: string, options: RenderOptions): string {
  return options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/** Plain text for a terminal: verdict first, then facts, sections, next step, caveats, links and the source. */
export function renderReply(reply: Reply, options: RenderOptions = { color: false }): string {
  const lines = [style('1', `${ICON[reply.verdict]} ${reply.title}`, options), reply.summary];
  for (const fact of reply.facts) lines.push(`  ${style('2', `${fact.label}:`, options)} ${fact.value}`);
  for (const section of reply.sections) {
    lines.push(`  ${style('1', section.title, options)}`);
    for (const line of section.lines) lines.push(`    - ${line}`);
  }
  if (reply.recommendation !== null) lines.push(style('36', `→ ${reply.recommendation}`, options));
  for (const caveat of reply.caveats) lines.push(style('33', `! ${caveat}`, options));
  for (const link of reply.links) lines.push(`  ${link.label}: ${link.url}`);
  const when = reply.source.live ? `live, ${reply.source.date}` : reply.source.date;
  lines.push(style('2', `— ${reply.source.label}, ${when}`, options));
  return lines.join('\n');
}

/** One JSON object: the Reply plus what it is about (`intent`, `image`, `tag`, …) at the top level. */
export function replyJson(reply: Reply): Record<string, unknown> {
  const { subject, ...rest } = reply;
  return { ...rest, ...subject };
}
