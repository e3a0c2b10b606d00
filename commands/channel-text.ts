import type { Command } from '../src/command.js';
import { feedback } from './feedback.js';
import { linkGithub } from './link-github.js';
import { unwatch } from './unwatch.js';
import { watch } from './watch.js';
import { watching } from './watching.js';

/** A channel command typed as text, with its raw input (validated later by `runCommand`). */
export interface TypedCommand {
  command: Command<unknown>;
  input: Record<string, string>;
}

type Split = (rest: string) => Record<string, string>;

/** The first word and the rest, trimmed. */
function firstWord(text: string): [string, string] {
  const match = /^(\S*)\s*([\s\S]*)$/.exec(text.trim());
  return [match?.[1] ?? '', match?.[2]?.trim() ?? ''];
}

/** `feedback python pip is missing`, also `feedback on python: …` and `feedback for python - …`. */
const splitFeedback: Split = (rest) => {
  const [word, after] = firstWord(rest);
  const [image, text] = /^(?:on|for|about)$/i.test(word) ? firstWord(after) : [word, after];
  return { image: image.replace(/[:,]$/, ''), text: text.replace(/^[:\-–—]\s*/, '') };
};

const splitWatch: Split = (rest) => {
  const [image, filters] = firstWord(rest);
  const input: Record<string, string> = { image };
  if (filters !== '') input.filters = filters;
  return input;
};

/** The words that start a channel command, each with how the rest of the text becomes its input. */
const TYPED: [RegExp, Command<unknown>, Split][] = [
  [/^feedback$/i, feedback as Command<unknown>, splitFeedback],
  [/^watch$/i, watch as Command<unknown>, splitWatch],
  [/^unwatch$/i, unwatch as Command<unknown>, (rest) => ({ image: firstWord(rest)[0] })],
  [/^watching\??$/i, watching as Command<unknown>, () => ({})],
  [/^link[-_]?github$/i, linkGithub as Command<unknown>, (rest) => ({ handle: firstWord(rest)[0] })],
];

/**
 * The channel command a message starts with (`watch python issues +label:bug`, `feedback postgres …`,
 * `unwatch python`, `watching`, `link-github tianon`), or null for a question. Chat adapters without structured
 * options (Slack's `/baseimage …`, mentions, the terminal) run these instead of parsing a question.
 */
export function channelCommandOf(text: string): TypedCommand | null {
  const [word, rest] = firstWord(text);
  for (const [pattern, command, split] of TYPED) {
    if (pattern.test(word)) return { command, input: split(rest) };
  }
  return null;
}
