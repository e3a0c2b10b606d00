import { z } from 'zod';
import { answerQuestion } from '../src/live/answer-question.js';
import type { Command } from '../src/command.js';
import { buildIntent, imageOption } from './build-intent.js';

const Input = z.object({ image: imageOption.optional() });

export const report = {
  name: 'report',
  description: 'Where to report a problem with an image, and who maintains it',
  input: Input,
  run: async (ctx, input) => answerQuestion(ctx, buildIntent(ctx, 'feedback-route', input.image === undefined ? {} : { image: input.image })),
} satisfies Command<z.infer<typeof Input>>;
