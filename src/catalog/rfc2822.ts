import type { CatalogError } from './types.js';

/** One `Key: value` field, continuation lines folded in, with the 1-based line of its key. */
export interface Field {
  key: string;
  value: string;
  line: number;
}

/** A run of fields between blank lines; `line` is where its first field stands. */
export interface Paragraph {
  line: number;
  fields: Field[];
}

export type CatalogResult<T> = { ok: true; value: T } | { ok: false; error: CatalogError };

const FIELD_LINE = /^([^\s:]+):(.*)$/;
const COMMENT_LINE = /^\s*#/;

/**
 * Splits a library file into paragraphs, bashbrew's way: comment lines go first (so they may sit between
 * fields), blank lines separate paragraphs, a line starting with whitespace continues the previous field.
 * @see https://github.com/docker-library/bashbrew/blob/master/manifest/rfc2822.go
 */
export function splitParagraphs(file: string, text: string): CatalogResult<Paragraph[]> {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (COMMENT_LINE.test(raw)) continue;
    if (raw.trim() === '') {
      current = null;
      continue;
    }
    if (/^[ \t]/.test(raw)) {
      const previous = current?.fields.at(-1);
      if (!previous) return failure(file, line, 'continuation line with no previous field');
      previous.value = `${previous.value} ${raw.trim()}`.trim();
      continue;
    }
    const match = FIELD_LINE.exec(raw);
    if (!match) return failure(file, line, `expected "Key: value", got "${raw.trim().slice(0, 60)}"`);
    if (!current) {
      current = { line, fields: [] };
      paragraphs.push(current);
    }
    current.fields.push({ key: match[1] ?? '', value: (match[2] ?? '').trim(), line });
  }
  return { ok: true, value: paragraphs };
}

/** A comma-separated list, items trimmed, empty items (a trailing comma) dropped. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function failure(file: string, line: number, message: string): { ok: false; error: CatalogError } {
  return { ok: false, error: { file, line, message } };
}
