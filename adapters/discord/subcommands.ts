import { ask } from '../../commands/ask.js';
import { buildIntent } from '../../commands/build-intent.js';
import { clean } from '../../commands/clean.js';
import { compare } from '../../commands/compare.js';
import { feedback } from '../../commands/feedback.js';
import { help } from '../../commands/help.js';
import { linkGithub } from '../../commands/link-github.js';
import { official } from '../../commands/official.js';
import { propose } from '../../commands/propose.js';
import { recommend } from '../../commands/recommend.js';
import { report } from '../../commands/report.js';
import { search } from '../../commands/search.js';
import { size } from '../../commands/size.js';
import { tags } from '../../commands/tags.js';
import { unwatch } from '../../commands/unwatch.js';
import { watch } from '../../commands/watch.js';
import { watching } from '../../commands/watching.js';
import type { Completion } from '../../src/autocomplete/complete.js';
import type { Command, CommandContext } from '../../src/command.js';
import { planQuestion } from '../../src/core.js';
import type { IntentName } from '../../src/intent/types.js';
import { needsLiveLookup } from '../../src/live/answer-question.js';

/** One string option of a subcommand; its name is the key of the command's input. */
export interface OptionSpec {
  name: string;
  description: string;
  required: boolean;
  complete: Completion | null;
  maxLength: number;
}

export type Options = Record<string, string>;

/** A `/baseimage` subcommand: a command from `commands/`, its options, and whether it may wait on live lookups. */
export interface Subcommand {
  command: Command<unknown>;
  /** Discord's description (at most 100 characters), where the command's own is longer. */
  description?: string;
  options: readonly OptionSpec[];
  /** Decided before any lookup starts, so the interaction can be deferred at once. */
  live(ctx: CommandContext, options: Options): boolean;
}

function option(name: string, description: string, complete: Completion | null, required = true, maxLength = 200): OptionSpec {
  return { name, description, required, complete, maxLength };
}

const reference = (name = 'image', description = 'An image or tag, e.g. python:3.13-slim or bitnami/redis') => option(name, description, 'reference');
const image = (required = true) => option('image', 'An official image, e.g. python, postgres or node', 'image', required);
const version = () => option('version', 'A version, e.g. 3.13 or 22', 'version', false, 40);
const variant = () => option('variant', 'A variant, e.g. slim, alpine or full', 'variant', false, 40);
const platform = () => option('platform', 'A platform, e.g. linux/arm64 (default linux/amd64)', null, false, 40);

/** Live when the core would look up this intent (live sources configured); never otherwise. */
function liveAs(intent: IntentName): Subcommand['live'] {
  return (ctx) => needsLiveLookup(ctx, buildIntent(ctx, intent, {}));
}

function never(): boolean {
  return false;
}

/** The input is validated by `runCommand` against the command's own schema, so its type is not needed here. */
function sub<I>(command: Command<I>, options: readonly OptionSpec[], live: Subcommand['live'], description?: string): Subcommand {
  return { command: command as unknown as Command<unknown>, options, live, ...(description === undefined ? {} : { description }) };
}

const FILTERS = 'Optional: issues, pulls, comments, +label:bug, -label:wontfix (default: all three, any label)';

/** Every `/baseimage` subcommand, in the order Discord lists them; adding one is one line here. */
export const SUBCOMMANDS: readonly Subcommand[] = [
  sub(ask, [option('question', 'Your question, e.g. which base for node 22, slim or alpine?', null, true, 6_000)], (ctx, options) => planQuestion(ctx, options.question ?? '').live),
  sub(official, [reference('image', 'An image, e.g. python or bitnami/redis')], liveAs('official-check')),
  sub(clean, [reference(), platform()], liveAs('vuln-check')),
  sub(recommend, [image(), version(), variant()], liveAs('recommend-variant')),
  sub(compare, [reference('a', 'The first image or tag, e.g. python:3.13'), reference('b', 'The second, e.g. python:3.13-slim')], liveAs('compare-tags')),
  sub(tags, [image(), version()], liveAs('tag-info')),
  sub(size, [reference()], liveAs('size')),
  sub(report, [image(false)], never),
  sub(search, [option('query', 'A keyword or category, e.g. database or web server', null)], never),
  sub(propose, [], never),
  sub(help, [], never),
  sub(feedback, [image(), option('text', 'What is wrong or missing, e.g. pip is missing from python:3.14-slim', null, true, 4_000)], never, 'Give feedback on an image: kept, routed to its tracker, shared with channels watching it'),
  sub(watch, [image(), option('filters', FILTERS, null, false, 500)], never, 'Post an image’s new issues, pull requests, comments and feedback here (Manage Channels)'),
  sub(unwatch, [image()], never),
  sub(watching, [], never),
  sub(linkGithub, [option('handle', 'Your GitHub username, e.g. tianon: pings about images you maintain mention you', null, true, 40)], never),
];

export function findSubcommand(name: string | null): Subcommand | undefined {
  return SUBCOMMANDS.find((entry) => entry.command.name === name);
}
