import { z } from 'zod';
import { answerQuestion } from '../src/live/answer-question.js';
import type { Command } from '../src/command.js';
import { buildIntent, imageOption } from './build-intent.js';

const Input = z.object({ image: imageOption });

export const size = {
  name: 'size',
  description: 'How big an image tag is',
  input: Input,
  run: async (ctx, input) => answerQuestion(ctx, buildIntent(ctx, 'size', { image: input.image })),
} satisfies Command<z.infer<typeof Input>>;
