import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIntent } from '../../../src/intent/parse-intent.js';
import { INTENT_ERRORS, INTENTS } from '../../../src/intent/types.js';
import { realLexicon } from './lexicon-fixture.js';

const lexicon = realLexicon();
const HOMOGLYPHS: Readonly<Record<string, string>> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і' };

const noisyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom('python', ':', '3.13', '-slim', ' vs ', 'FROM ', '\n', 'RUN x', '\ufffd', '\u0000', '漏洞', 'CVE-2024-1', 'is ', 'official', '?', '/'), {
    maxLength: 30,
  }).map((parts) => parts.join('')),
);

/** An official name with at least one letter swapped for a look-alike from another script. */
const homoglyphName = fc
  .tuple(fc.constantFrom(...lexicon.names.filter((name) => /[acepoxyi]/.test(name))), fc.nat())
  .map(([name, seed]) => {
    const positions = [...name].flatMap((letter, index) => (HOMOGLYPHS[letter] === undefined ? [] : [index]));
    const swap = positions[seed % positions.length] ?? 0;
    const spoofed = [...name].map((letter, index) => (index === swap ? (HOMOGLYPHS[letter] ?? letter) : letter)).join('');
    return { name, spoofed };
  });

describe('parseIntent (properties)', () => {
  it('never throws and always lands on a known intent or a known error', () => {
    fc.assert(
      fc.property(noisyText, (text) => {
        const result = parseIntent(text, lexicon);

        if (result.ok) expect(INTENTS).toContain(result.value.name);
        else expect(INTENT_ERRORS).toContain(result.error);
      }),
      { numRuns: 1500 },
    );
  });

  it('calls blank text empty', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\n', '\t', '\r', '\u00a0', '\u2003'), { minLength: 0, maxLength: 50 }), (parts) => {
        expect(parseIntent(parts.join(''), lexicon)).toEqual({ ok: false, error: 'empty' });
      }),
    );
  });

  it('never resolves a homoglyph-laden name as an official image', () => {
    fc.assert(
      fc.property(homoglyphName, fc.constantFrom('is X official?', 'X:latest size', 'X slim or full', 'FROM X\nRUN a'), ({ name, spoofed }, template) => {
        const result = parseIntent(template.replace('X', spoofed), lexicon);

        if (!result.ok) return;
        expect(result.value.image?.official ?? null).not.toBe(name);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects prose over 100 000 characters and still reviews a long Dockerfile', () => {
    fc.assert(
      fc.property(fc.constantFrom('is python slim ok? ', 'FROM node:22\nRUN echo hi\n', '漏洞 ', 'x'), (unit) => {
        const text = unit.repeat(Math.ceil(120_000 / unit.length));

        const result = parseIntent(text, lexicon);

        expect(result.ok ? result.value.name : result.error).toMatch(/too_long|review-dockerfile/);
      }),
      { numRuns: 8 },
    );
  });

  it('parses 100 KB messages without losing the question in the first lines', () => {
    const text = `is python:3.13-slim clean?\n${'lorem ipsum dolor '.repeat(5_500)}`;

    const result = parseIntent(text, lexicon);

    expect(result).toMatchObject({ ok: true, value: { name: 'vuln-check', image: { official: 'python' } } });
  });
});
