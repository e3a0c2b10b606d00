/**
 * A message's text as the asker typed it: Slack's mention, channel and link markup resolved, its three escaped
 * characters restored (`&&` and `>` matter in a pasted Dockerfile), code fences on lines of their own.
 * @see https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
export function fromSlackText(text: string): string {
  return text
    .replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, '$1')
    .replace(/<((?:https?|mailto):[^|>]*)\|([^>]*)>/g, '$2')
    .replace(/<((?:https?|mailto):[^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    // Slack sends a code block as ```FROM x…```, fences on the same lines as the code: give them lines of their own.
    .replace(/[ \t]*```[ \t]*/g, '\n```\n')
    .trim();
}

/** Whether the text asks for help rather than asking a question: empty, or `help` alone. */
export function asksForHelp(text: string): boolean {
  return /^(?:help|\?|)$/i.test(text.trim());
}
