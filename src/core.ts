import { randomUUID } from 'node:crypto';
import { answerIntent } from './advice/answer-intent.js';
import { helpReply } from './advice/help.js';
import type { Catalog } from './catalog/types.js';
import type { CommandContext } from './command.js';
import { buildLexicon, type CompiledLexicon } from './intent/lexicon.js';
import { parseIntent } from './intent/parse-intent.js';
import type { Intent, IntentError } from './intent/types.js';
import { answerQuestion, needsLiveLookup } from './live/answer-question.js';
import type { Reply } from './reply.js';
import { asBotError } from './errors.js';

/** Text for the asker's own input problems: one table, used by every front end. */
const INPUT_PROBLEMS: Record<IntentError, string> = {
  empty: 'Ask me something about a Docker Official Image.',
  too_long: 'That message is too long for me to read: ask about one image, or paste just the Dockerfile.',
  unreadable: 'I could not read that message.',
};

/** The lexicon for a catalog: names and categories, compiled once. */
export function lexiconFor(catalog: Catalog): CompiledLexicon {
  return buildLexicon(catalog.names(), catalog.categories());
}

/** Answers free text from the snapshot alone: parse the intent, answer it; input problems get a short help. */
export function answerText(ctx: CommandContext, text: string): { intent: Intent | null; reply: Reply } {
  const parsed = parseIntent(text, ctx.lexicon);
  if (!parsed.ok) return { intent: null, reply: helpReply(ctx.catalog, 'unknown', 'en', INPUT_PROBLEMS[parsed.error]) };
  return { intent: parsed.value, reply: answerIntent(ctx.catalog, parsed.value) };
}

/** A question understood but not yet answered: adapters show "looking up…" first when `live` is true. */
export interface Plan {
  intent: Intent | null;
  /** Answering may wait on the network (a live lookup with a deadline). */
  live: boolean;
  answer(): Promise<Reply>;
}

/** Parses free text and says whether its answer needs live lookups, before any lookup starts. */
export function planQuestion(ctx: CommandContext, text: string): Plan {
  const parsed = parseIntent(text, ctx.lexicon);
  if (!parsed.ok) {
    const reply = helpReply(ctx.catalog, 'unknown', 'en', INPUT_PROBLEMS[parsed.error]);
    return { intent: null, live: false, answer: async () => reply };
  }
  const intent = parsed.value;
  return { intent, live: needsLiveLookup(ctx, intent), answer: () => answerQuestion(ctx, intent) };
}

/** Answers free text with live data where the question needs it and the upstreams answer in time. */
export async function askText(ctx: CommandContext, text: string): Promise<{ intent: Intent | null; reply: Reply }> {
  const plan = planQuestion(ctx, text);
  return { intent: plan.intent, reply: await plan.answer() };
}

/** The apology for an unexpected failure: short, with a reference id that matches one log line. */
export function internalErrorReply(ctx: CommandContext, reference: string): Reply {
  return {
    ...helpReply(ctx.catalog, 'unknown', 'en'),
    title: 'Something went wrong',
    summary: `Sorry, something went wrong on my side (reference ${reference}). Please try again.`,
    sections: [],
    verdict: 'unknown',
  };
}

/** Runs an answer; anything unexpected is logged once with a reference id and becomes an apology. */
export async function safely(ctx: CommandContext, run: () => Reply | Promise<Reply>): Promise<Reply> {
  try {
    return await run();
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    ctx.log.error({ reference, error: asBotError(error) }, 'answer failed');
    return internalErrorReply(ctx, reference);
  }
}
