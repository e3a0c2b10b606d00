import { z } from 'zod';
import type { Command } from '../src/command.js';
import { askText } from '../src/core.js';

const Input = z.object({ question: z.string().max(200_000, 'that message is too long') });

/** Free text: the question as typed, a pasted Dockerfile, an issue title. */
export const ask = {
  name: 'ask',
  description: 'Ask anything about Docker Official Images, in your own words',
  input: Input,
  run: async (ctx, input) => (await askText(ctx, input.question)).reply,
} satisfies Command<z.infer<typeof Input>>;
