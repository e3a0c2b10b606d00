/**
 * The `rel="next"` target of a `Link` header, or null on the last page.
 * @see https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api
 */
export function nextLink(header: string | undefined): string | null {
  if (header === undefined) return null;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;(.*)/.exec(part.trim());
    if (match && /\brel="?([^"]*\s)?next(\s[^"]*)?"?/.test(match[2] ?? '')) return match[1] ?? null;
  }
  return null;
}
