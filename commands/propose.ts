import { z } from 'zod';
import { answerQuestion } from '../src/live/answer-question.js';
import type { Command } from '../src/command.js';
import { buildIntent } from './build-intent.js';

const Input = z.object({});

export const propose = {
  name: 'propose',
  description: 'How to propose a new Docker Official Image',
  input: Input,
  run: async (ctx) => answerQuestion(ctx, buildIntent(ctx, 'propose-image', {})),
} satisfies Command<z.infer<typeof Input>>;
