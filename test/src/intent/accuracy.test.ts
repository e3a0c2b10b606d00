import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIntent } from '../../../src/intent/parse-intent.js';
import type { Intent } from '../../../src/intent/types.js';
import { realLexicon } from './lexicon-fixture.js';

interface Question {
  text: string;
  intent: string;
  image: string | null;
}

const questions = JSON.parse(
  readFileSync(new URL('../../fixtures/intent/questions.json', import.meta.url), 'utf8'),
) as Question[];
const lexicon = realLexicon();

function imageOf(intent: Intent): string | null {
  return intent.image === null ? null : (intent.image.official ?? intent.image.raw);
}

describe('parseIntent on real phrasings', () => {
  it('gets intent and image both right on at least 90% of the question set', () => {
    const misses: string[] = [];

    for (const question of questions) {
      const result = parseIntent(question.text, lexicon);
      const got = result.ok ? { intent: result.value.name, image: imageOf(result.value) } : { intent: result.error, image: null };
      if (got.intent !== question.intent || got.image !== question.image) {
        misses.push(`${JSON.stringify(question.text)}: want ${question.intent}/${question.image}, got ${got.intent}/${got.image}`);
      }
    }

    const accuracy = 1 - misses.length / questions.length;
    console.info(`intent accuracy ${(accuracy * 100).toFixed(1)}% on ${questions.length} questions; misses:\n${misses.join('\n')}`);
    expect(questions.length).toBeGreaterThanOrEqual(200);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
