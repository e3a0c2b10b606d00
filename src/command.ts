import type { z } from 'zod';
import type { Catalog } from './catalog/types.js';
import type { CompiledLexicon } from './intent/lexicon.js';
import type { Sources } from './sources/create-sources.js';
import type { Reply } from './reply.js';

/** Minimal structured logger: static message plus data (style.md rule 12). */
export interface Logger {
  debug(data: object, message: string): void;
  info(data: object, message: string): void;
  warn(data: object, message: string): void;
  error(data: object, message: string): void;
}

/** What a command may use: injected, so tests pass fakes and nothing reads globals. */
export interface CommandContext {
  catalog: Catalog;
  lexicon: CompiledLexicon;
  /** Live Docker Hub, registry and scan clients; null when offline (answers come from the snapshot). */
  sources: Sources | null;
  clock: () => Date;
  log: Logger;
  signal?: AbortSignal;
}

/** One platform-neutral command: validated input in, Reply out. */
export interface Command<I> {
  name: string;
  description: string;
  input: z.ZodType<I>;
  run(ctx: CommandContext, input: I): Promise<Reply>;
}
