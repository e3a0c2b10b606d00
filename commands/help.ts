import { z } from 'zod';
import { answerQuestion } from '../src/live/answer-question.js';
import type { Command } from '../src/command.js';
import { buildIntent } from './build-intent.js';

const Input = z.object({});

export const help = {
  name: 'help',
  description: 'What I can answer, with examples',
  input: Input,
  run: async (ctx) => answerQuestion(ctx, buildIntent(ctx, 'help', {})),
} satisfies Command<z.infer<typeof Input>>;
