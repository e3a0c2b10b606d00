import { z } from 'zod';
import type { Command } from '../src/command.js';
import { askText } from '../src/core.js';

const Input = z.object({ query: z.string().trim().min(1, 'say what to look for, e.g. database').max(200) });

/** Search goes through the question parser so that "database", "web server" and typos map to categories. */
export const search = {
  name: 'search',
  description: 'Find official images by keyword or category',
  input: Input,
  run: async (ctx, input) => (await askText(ctx, `official ${input.query} images`)).reply,
} satisfies Command<z.infer<typeof Input>>;
