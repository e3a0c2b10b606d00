/** One word of the message: as typed, lower-cased, and where it starts in the normalised text. */
export interface Token {
  raw: string;
  lower: string;
  start: number;
}

// Words as image references and versions write them: letters, digits and . _ - / : @ inside.
const WORD = /[a-z0-9][a-z0-9._\-/:@]*/gi;
const TRAILING = /[._\-/:@]+$/;

/** Splits text into words, dropping punctuation at the ends of each (`python:3.13?` → `python:3.13`). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const found of text.matchAll(WORD)) {
    const raw = found[0].replace(TRAILING, '');
    if (raw !== '') tokens.push({ raw, lower: raw.toLowerCase(), start: found.index });
  }
  return tokens;
}

const VERSION = /^v?(\d+(?:\.\d+){0,2}(?:u\d+)?)$/;

/** `3.13`, `22`, `v18`, `8u402` → the version; anything else → null. */
export function versionOf(word: string): string | null {
  const found = VERSION.exec(word);
  return found === null ? null : (found[1] ?? null);
}
