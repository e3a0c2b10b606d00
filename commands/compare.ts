import { z } from 'zod';
import { answerQuestion } from '../src/live/answer-question.js';
import type { Command } from '../src/command.js';
import { buildIntent, imageOption } from './build-intent.js';

const Input = z.object({ a: imageOption, b: imageOption });

export const compare = {
  name: 'compare',
  description: 'Two tags side by side',
  input: Input,
  run: async (ctx, input) => answerQuestion(ctx, buildIntent(ctx, 'compare-tags', { image: input.a, other: input.b })),
} satisfies Command<z.infer<typeof Input>>;
