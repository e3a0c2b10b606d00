import { z } from 'zod';
import { answerIntent } from '../src/advice/answer-intent.js';
import type { Command } from '../src/command.js';
import { buildIntent } from './build-intent.js';

const Input = z.object({});

export const propose = {
  name: 'propose',
  description: 'How to propose a new Docker Official Image',
  input: Input,
  run: async (ctx) => answerIntent(ctx.catalog, buildIntent(ctx, 'propose-image', {})),
} satisfies Command<z.infer<typeof Input>>;
