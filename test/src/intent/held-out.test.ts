import { describe, expect, it } from 'vitest';
import { testContext } from '../../helpers/context.js';
import { describeScore, readHeldOut, scoreHeldOut } from '../../helpers/held-out.js';

/**
 * Held-out questions: written from real phrasings (docker-library issue titles, Q&A sites, chat) before the parser's
 * source or its tuning set was read. Never edit an expectation to match the parser's output.
 */
const QUESTIONS = readHeldOut('held-out.json');
const MIN_ACCURACY = 0.9;

describe('held-out intent questions, through the real answer path', () => {
  it('has the 120 questions it was built with', () => {
    expect(QUESTIONS).toHaveLength(120);
  });

  it(`gets intent and image both right on at least ${MIN_ACCURACY * 100}% of them`, () => {
    const score = scoreHeldOut(testContext(), QUESTIONS);

    console.log(describeScore('held-out', score));
    expect(score.both / score.total).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });
});
