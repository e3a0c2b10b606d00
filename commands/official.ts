import { z } from 'zod';
import { answerQuestion } from '../src/live/answer-question.js';
import type { Command } from '../src/command.js';
import { buildIntent, imageOption } from './build-intent.js';

const Input = z.object({ image: imageOption });

export const official = {
  name: 'official',
  description: 'Is this image a Docker Official Image?',
  input: Input,
  run: async (ctx, input) => answerQuestion(ctx, buildIntent(ctx, 'official-check', { image: input.image })),
} satisfies Command<z.infer<typeof Input>>;
