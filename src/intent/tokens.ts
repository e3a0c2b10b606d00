/** One word of the message: as typed, lower-cased, and where it starts in the normalised text. */
export interface Token {
  raw: string;
  lower: string;
  start: number;
  /**
   * The word sits in a run of text mixing ASCII with look-alike letters (`eclipsе-temurin` with a Cyrillic `е`,
   * `pythın`): it must never count as an image name.
   */
  spoofed: boolean;
}

// Words as image references and versions write them: letters, digits and . _ - / : @ inside.
const WORD = /[a-z0-9][a-z0-9._\-/:@]*/gi;
const TRAILING = /[._\-/:@]+$/;

// Letters other than ASCII and the CJK scripts, where look-alikes of Latin letters live (Cyrillic, Greek, ı, ɑ…).
const LOOKALIKE = /[^\p{ASCII}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{P}\p{S}\s]/u;
const CHUNK = /\S+/g;

/** Splits text into words, dropping punctuation at the ends of each (`python:3.13?` → `python:3.13`). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const chunk of text.matchAll(CHUNK)) {
    const spoofed = LOOKALIKE.test(chunk[0]);
    for (const found of chunk[0].matchAll(WORD)) {
      const raw = found[0].replace(TRAILING, '');
      if (raw !== '') tokens.push({ raw, lower: raw.toLowerCase(), start: chunk.index + found.index, spoofed });
    }
  }
  return tokens;
}

const VERSION = /^v?(\d+(?:\.\d+){0,2}(?:u\d+)?)$/;

/** `3.13`, `22`, `v18`, `8u402` → the version; anything else → null. */
export function versionOf(word: string): string | null {
  const found = VERSION.exec(word);
  return found === null ? null : (found[1] ?? null);
}
