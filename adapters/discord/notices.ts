/** Every fixed line the Discord adapter says itself, by code: the one table from codes to user text. */
export const NOTICES = {
  share_expired: 'This answer has expired: ask again.',
  unknown_command: 'I do not know that command: try `/baseimage help`.',
  unknown_button: 'That button no longer does anything: ask again.',
  manage_by_slash: 'Watching is changed with the slash command, where Discord tells me your permissions: `/baseimage watch` or `/baseimage unwatch`.',
} as const satisfies Record<string, string>;

export type NoticeCode = keyof typeof NOTICES;

/** Who shared an answer, shown above it (no one is notified: replies allow no mentions). */
export function sharedBy(userId: string): string {
  return `Shared by <@${userId}>`;
}

/** A watch in a channel where the bot could not post its pings. */
export function cannotPostHere(missing: readonly string[]): string {
  return `I could not post pings in this channel: give baseimage ${missing.join(', ')} here (channel settings → Permissions), then run \`/baseimage watch\` again.`;
}
