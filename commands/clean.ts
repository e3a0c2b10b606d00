import { z } from 'zod';
import { answerQuestion } from '../src/live/answer-question.js';
import type { Command } from '../src/command.js';
import { buildIntent, imageOption } from './build-intent.js';

const Input = z.object({
  image: imageOption,
  platform: z.string().trim().regex(/^[a-z0-9]+(\/[a-z0-9]+){0,2}$/, 'a platform looks like linux/arm64').optional(),
});

export const clean = {
  name: 'clean',
  description: 'Known vulnerabilities in an image tag',
  input: Input,
  run: async (ctx, input) =>
    answerQuestion(ctx, buildIntent(ctx, 'vuln-check', { image: input.image, pins: { platform: input.platform ?? null } })),
} satisfies Command<z.infer<typeof Input>>;
