import type { webApi } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { Logger } from '../../src/command.js';
import { describeSlackError } from './user-text.js';

// Only the fields read: who may manage a channel, and the names shown in feedback.
export const SlackUser = z.object({
  id: z.string(),
  name: z.string().catch(''),
  real_name: z.string().optional().catch(undefined),
  is_admin: z.boolean().catch(false),
  is_owner: z.boolean().catch(false),
  is_primary_owner: z.boolean().catch(false),
  profile: z.object({ display_name: z.string().optional().catch(undefined) }).optional().catch(undefined),
});
export type SlackUser = z.infer<typeof SlackUser>;

export const SlackChannel = z.object({
  id: z.string(),
  name: z.string().optional().catch(undefined),
  creator: z.string().optional().catch(undefined),
  is_im: z.boolean().catch(false),
  is_archived: z.boolean().catch(false),
});
export type SlackChannel = z.infer<typeof SlackChannel>;

/** Users and conversations as Slack describes them; null when Slack cannot say (the failure is logged). */
export interface SlackDirectory {
  user(id: string): Promise<SlackUser | null>;
  channel(id: string): Promise<SlackChannel | null>;
  /** True only when Slack answered that the bot cannot see the conversation (`channel_not_found`). */
  hidden(id: string): Promise<boolean>;
}

/** Roles and creators rarely change; a few minutes is how late a new admin may be recognised. */
const TTL_MS = 5 * 60_000;

/**
 * `users.info` and `conversations.info`, each answer kept a few minutes (concurrent asks share one call); failures
 * are not kept, so the next command asks again.
 * @see https://docs.slack.dev/reference/methods/users.info
 * @see https://docs.slack.dev/reference/methods/conversations.info
 */
export function createSlackDirectory(client: webApi.WebClient, log: Logger): SlackDirectory {
  /** Conversations Slack said the bot cannot see: private channels it is not in, DMs between people. */
  const hidden = new LRUCache<string, true>({ max: 5_000, ttl: TTL_MS });
  const lookup = async <T>(call: string, run: () => Promise<unknown>, schema: z.ZodType<T>, onError?: (code: string | undefined) => void): Promise<T | undefined> => {
    try {
      const parsed = schema.safeParse(await run());
      if (parsed.success) return parsed.data;
      log.warn({ call }, 'slack answer unreadable');
    } catch (error) {
      const described = describeSlackError(error);
      onError?.(described.error);
      log.warn({ call, ...described }, 'slack call failed');
    }
    return undefined;
  };
  const users = new LRUCache<string, SlackUser>({
    max: 5_000,
    ttl: TTL_MS,
    fetchMethod: (id) => lookup('users.info', async () => (await client.users.info({ user: id })).user, SlackUser),
  });
  const channels = new LRUCache<string, SlackChannel>({
    max: 5_000,
    ttl: TTL_MS,
    fetchMethod: (id) => {
      hidden.delete(id);
      return lookup('conversations.info', async () => (await client.conversations.info({ channel: id })).channel, SlackChannel, (code) => {
        if (code === 'channel_not_found') hidden.set(id, true);
      });
    },
  });
  return {
    user: async (id) => (await users.fetch(id)) ?? null,
    channel: async (id) => (await channels.fetch(id)) ?? null,
    hidden: async (id) => (await channels.fetch(id)) === undefined && hidden.has(id),
  };
}
