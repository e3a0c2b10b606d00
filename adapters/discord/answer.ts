import type { CommandContext } from '../../src/command.js';
import { safely } from '../../src/core.js';
import type { Reply } from '../../src/reply.js';

/** A reply, and whether it is the apology for an internal error (shown short, without a Share button). */
export interface Answer {
  reply: Reply;
  failed: boolean;
}

/** Runs an answer through the core's `safely`: never rejects; an unexpected error is one log line and an apology. */
export async function answerSafely(ctx: CommandContext, run: () => Promise<Reply>): Promise<Answer> {
  let failed = false;
  const reply = await safely(ctx, async () => {
    try {
      return await run();
    } catch (error) {
      failed = true;
      throw error;
    }
  });
  return { reply, failed };
}

/** The value if the promise settles within `ms`, else undefined (the promise keeps running). */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What may be logged about a failed Discord call: never its URL, which holds the interaction token. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields: Record<string, unknown> = { name: error.name, message: error.message };
  if ('code' in error) fields.code = error.code;
  if ('status' in error) fields.status = error.status;
  return fields;
}
