import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/command.js';
import { answerText } from '../../src/core.js';
import { testContext } from './context.js';

/** A question of a held-out set: written from real phrasings before the parser or its tuning set was read. */
export interface HeldOutQuestion {
  text: string;
  intent: string;
  image: string | null;
  source: string;
}

export interface HeldOutScore {
  total: number;
  both: number;
  intent: number;
  image: number;
  misses: string[];
}

export function readHeldOut(file: string): HeldOutQuestion[] {
  return JSON.parse(readFileSync(new URL(`../fixtures/intent/${file}`, import.meta.url), 'utf8')) as HeldOutQuestion[];
}

const short = (text: string) => JSON.stringify(text.length > 90 ? `${text.slice(0, 87)}...` : text);

/** Runs every question through the real answer path and scores intent and image, alone and together. */
export function scoreHeldOut(ctx: CommandContext, questions: readonly HeldOutQuestion[]): HeldOutScore {
  const score: HeldOutScore = { total: questions.length, both: 0, intent: 0, image: 0, misses: [] };
  for (const question of questions) {
    const { subject } = answerText(ctx, question.text).reply;
    const intentOk = subject.intent === question.intent;
    const imageOk = subject.image === question.image;
    score.intent += Number(intentOk);
    score.image += Number(imageOk);
    score.both += Number(intentOk && imageOk);
    if (intentOk && imageOk) continue;
    const kind = !intentOk && !imageOk ? 'intent+image' : !intentOk ? 'intent' : 'image';
    score.misses.push(
      `[${kind}] ${short(question.text)} [${question.source}]\n    expected ${question.intent} / ${String(question.image)}  got ${subject.intent} / ${String(subject.image)}`,
    );
  }
  return score;
}

export function describeScore(name: string, score: HeldOutScore): string {
  const ratio = (count: number) => `${count}/${score.total} = ${(count / score.total).toFixed(3)}`;
  return `${name} accuracy (intent + image): ${ratio(score.both)}; intent only ${ratio(score.intent)}; image only ${ratio(score.image)}\n${score.misses.length} misses:\n  ${score.misses.join('\n  ')}`;
}

/** Every held-out set must score at least this, intent and image both right. */
const MIN_ACCURACY = 0.9;

/**
 * The tests of one held-out set: it still has the questions it was built with, and the real answer path gets at
 * least MIN_ACCURACY of them right (the score and every miss are printed).
 */
export function describeHeldOutSet(title: string, file: string, size: number): void {
  const questions = readHeldOut(file);
  describe(`${title}, through the real answer path`, () => {
    it(`has the ${size} questions it was built with`, () => {
      expect(questions).toHaveLength(size);
    });

    it(`gets intent and image both right on at least ${MIN_ACCURACY * 100}% of them`, () => {
      const score = scoreHeldOut(testContext(), questions);

      console.log(describeScore(file.replace(/\.json$/, ''), score));
      expect(score.both / score.total).toBeGreaterThanOrEqual(MIN_ACCURACY);
    });
  });
}
