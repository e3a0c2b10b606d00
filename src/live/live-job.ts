import type { CommandContext } from '../command.js';
import type { Intent } from '../intent/types.js';
import type { Reply } from '../reply.js';
import type { Sources } from '../sources/create-sources.js';

/** What a live answer works from: the question, the snapshot's answer to it, the clients and the deadline. */
export interface LiveJob {
  ctx: CommandContext;
  sources: Sources;
  intent: Intent;
  offline: Reply;
  signal: AbortSignal;
}
