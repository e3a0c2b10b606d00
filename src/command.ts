import type { z } from 'zod';
import type { Catalog } from './catalog/types.js';
import type { CompiledLexicon } from './intent/lexicon.js';
import type { Sources } from './sources/create-sources.js';
import type { Reply } from './reply.js';
import type { Platform, Stores } from './storage/types.js';

/** Minimal structured logger: static message plus data (style.md rule 12). */
export interface Logger {
  debug(data: object, message: string): void;
  info(data: object, message: string): void;
  warn(data: object, message: string): void;
  error(data: object, message: string): void;
}

/**
 * Who runs a command, and where: filled by each chat adapter from its payload. The terminal chat has no caller,
 * so channel commands (watch, unwatch, watching, link-github, feedback) answer that they need a chat channel.
 */
export interface Caller {
  platform: Platform;
  userId: string;
  userName: string;
  channelId: string;
  channelName?: string;
  /**
   * Whether the caller may manage the channel's subscriptions. Slack: a workspace admin or owner (`users.info`) or
   * the channel's creator (`conversations.info`); Discord: the Manage Channels permission in that channel.
   */
  canManageChannel(): Promise<boolean>;
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
  /** The chat user and channel; absent in the terminal chat. */
  caller?: Caller;
  /** Feedback, subscriptions, user links and the outbox; absent where nothing is kept. */
  stores?: Stores;
}

/** One platform-neutral command: validated input in, Reply out. */
export interface Command<I> {
  name: string;
  description: string;
  input: z.ZodType<I>;
  run(ctx: CommandContext, input: I): Promise<Reply>;
}
