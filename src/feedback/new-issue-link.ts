/** Longest prefilled link: browsers and GitHub take more, but chat clients and proxies cut long URLs. */
export const MAX_LINK = 2000;
const MAX_TITLE = 120;

/**
 * `https://github.com/<o>/<r>/issues/new?title=…&body=…`, percent-encoded, at most MAX_LINK characters: the title is
 * the text's first line (shortened), the body the text (cut to fit) and a footer naming the image.
 * @see https://docs.github.com/en/issues/tracking-your-work-with-issues/using-issues/creating-an-issue#creating-an-issue-from-a-url-query
 */
export function newIssueLink(repo: string, image: string, text: string): string {
  const base = `https://github.com/${repo}/issues/new?title=`;
  const title = shorten(text.split('\n')[0]?.trim() || `${image} feedback`, MAX_TITLE);
  const footer = `\n\n---\nImage: \`${image}\` (Docker Official Image). Sent through baseimage.`;
  const head = `${base}${encodeURIComponent(title)}&body=`;
  let body = text.trim();
  while (body.length > 0 && head.length + encodeURIComponent(`${body}${footer}`).length > MAX_LINK) {
    body = shorten(body, Math.floor(body.length * 0.8));
  }
  return `${head}${encodeURIComponent(`${body}${footer}`)}`;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${[...text].slice(0, Math.max(0, max - 1)).join('')}…`;
}
