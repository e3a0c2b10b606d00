import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerText } from '../../../src/core.js';
import { testContext } from '../../helpers/context.js';

/**
 * Held-out questions: written from real phrasings (docker-library issue titles, Q&A sites, chat) before the parser's
 * source or its tuning set was read. Never edit an expectation to match the parser's output.
 */
interface HeldOutQuestion {
  text: string;
  intent: string;
  image: string | null;
  source: string;
}

const QUESTIONS: HeldOutQuestion[] = JSON.parse(
  readFileSync(new URL('../../fixtures/intent/held-out.json', import.meta.url), 'utf8'),
);

const MIN_ACCURACY = 0.9;

const short = (text: string) => JSON.stringify(text.length > 90 ? `${text.slice(0, 87)}...` : text);

describe('held-out intent questions, through the real answer path', () => {
  it('has the 120 questions it was built with', () => {
    expect(QUESTIONS).toHaveLength(120);
  });

  it(`gets intent and image both right on at least ${MIN_ACCURACY * 100}% of them`, () => {
    const ctx = testContext();
    const misses: string[] = [];
    for (const q of QUESTIONS) {
      const { reply } = answerText(ctx, q.text);
      const got = { intent: reply.subject.intent, image: reply.subject.image };
      if (got.intent !== q.intent || got.image !== q.image) {
        misses.push(
          `${short(q.text)} [${q.source}]\n    expected ${q.intent} / ${String(q.image)}` +
            `  got ${got.intent} / ${String(got.image)}`,
        );
      }
    }
    const accuracy = (QUESTIONS.length - misses.length) / QUESTIONS.length;
    console.log(
      `held-out accuracy (intent + image): ${QUESTIONS.length - misses.length}/${QUESTIONS.length} = ` +
        `${accuracy.toFixed(3)}\n${misses.length} misses:\n  ${misses.join('\n  ')}`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });
});
