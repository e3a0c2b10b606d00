import { z } from 'zod';
import { answerQuestion } from '../src/live/answer-question.js';
import type { Command } from '../src/command.js';
import { buildIntent } from './build-intent.js';

const Input = z.object({ dockerfile: z.string().min(1, 'paste a Dockerfile').max(200_000, 'that Dockerfile is too long') });

export const review = {
  name: 'review',
  description: 'Review the FROM lines of a Dockerfile',
  input: Input,
  run: async (ctx, input) => answerQuestion(ctx, buildIntent(ctx, 'review-dockerfile', { dockerfile: input.dockerfile })),
} satisfies Command<z.infer<typeof Input>>;
