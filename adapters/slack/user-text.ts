/** What can go wrong in the Slack adapter itself, as opposed to in an answer (the core's apology covers those). */
export type SlackProblem = 'share_expired' | 'button_unreadable' | 'command_unreadable' | 'cannot_post_here';

/** The one table from the adapter's problem codes to what the asker reads. */
export const USER_TEXT = {
  share_expired: 'That answer is no longer available to share. Ask again, then share the new answer.',
  button_unreadable: 'I could not read that button. Ask your question again.',
  command_unreadable: 'I could not read that command. Try `/baseimage help`.',
  cannot_post_here: 'I cannot post in this conversation, so I cannot watch for it. In a private channel, invite me first (`/invite @baseimage`) and run `watch` again; direct messages between people cannot be watched.',
} as const satisfies Record<SlackProblem, string>;

/** A failed Slack call for a log line: names and codes only, never a token, URL or message text. */
export function describeSlackError(error: unknown): { name: string; code?: string; error?: string; status?: number } {
  if (typeof error !== 'object' || error === null) return { name: typeof error };
  const { name, code, data, statusCode } = error as { name?: unknown; code?: unknown; data?: { error?: unknown }; statusCode?: unknown };
  return {
    name: typeof name === 'string' ? name : 'Error',
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof data?.error === 'string' ? { error: data.error } : {}),
    ...(typeof statusCode === 'number' ? { status: statusCode } : {}),
  };
}
