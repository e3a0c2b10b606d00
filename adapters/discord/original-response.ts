import { REST, Routes } from 'discord.js';
import type { AnswerMessage } from './messages.js';

/** Edits the original response of a deferred interaction. */
export interface OriginalResponse {
  edit(applicationId: string, interactionToken: string, message: AnswerMessage): Promise<void>;
  close(): void;
}

/**
 * Interaction webhooks are not bound to the global rate limit, but @discordjs/rest counts every request other than the
 * initial callback against 50 per second: 175 deferred answers to a burst would wait 3.5 s for their edits. Edits go
 * through their own REST client, without a token (`auth: false`) and with that count out of the way; each
 * interaction token is still its own rate-limit bucket, honoured from Discord's headers.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#endpoints
 */
export function createOriginalResponse(apiUrl: string): OriginalResponse {
  const rest = new REST({ api: apiUrl, globalRequestsPerSecond: Number.MAX_SAFE_INTEGER });
  return {
    edit: async (applicationId, interactionToken, message) => {
      // No one is ever pinged by an answer (as the client's allowedMentions for everything else).
      const body = { ...message, allowed_mentions: { parse: [], replied_user: false } };
      await rest.patch(Routes.webhookMessage(applicationId, interactionToken), { body, auth: false });
    },
    close: () => {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}
