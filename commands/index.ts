import { helpReply } from '../src/advice/help.js';
import type { Command, CommandContext } from '../src/command.js';
import type { Reply } from '../src/reply.js';
import { ask } from './ask.js';
import { clean } from './clean.js';
import { compare } from './compare.js';
import { feedback } from './feedback.js';
import { help } from './help.js';
import { linkGithub } from './link-github.js';
import { official } from './official.js';
import { propose } from './propose.js';
import { recommend } from './recommend.js';
import { report } from './report.js';
import { review } from './review.js';
import { search } from './search.js';
import { size } from './size.js';
import { tags } from './tags.js';
import { unwatch } from './unwatch.js';
import { watch } from './watch.js';
import { watching } from './watching.js';

/** Every command, listed explicitly: adapters expose these and nothing else. */
export const commands = [ask, official, clean, recommend, compare, tags, size, report, propose, search, review, help, feedback, watch, unwatch, watching, linkGithub] as const;
export type CommandName = (typeof commands)[number]['name'];

export function findCommand(name: string): Command<unknown> | undefined {
  return commands.find((command) => command.name === name) as Command<unknown> | undefined;
}

/** Validates raw input against the command's schema; a problem becomes a short reply, not an exception. */
export async function runCommand(ctx: CommandContext, command: Command<unknown>, raw: unknown): Promise<Reply> {
  const parsed = command.input.safeParse(raw);
  if (!parsed.success) {
    const problem = parsed.error.issues[0];
    const where = problem?.path.length ? `${problem.path.join('.')}: ` : '';
    return helpReply(ctx.catalog, 'unknown', 'en', `${where}${problem?.message ?? 'that input is not valid'}.`);
  }
  return command.run(ctx, parsed.data);
}

