import { z } from 'zod';
import { answerQuestion } from '../src/live/answer-question.js';
import type { Command } from '../src/command.js';
import { buildIntent, imageOption, variantOption, versionOption } from './build-intent.js';

const Input = z.object({ image: imageOption, version: versionOption, variant: variantOption });

export const recommend = {
  name: 'recommend',
  description: 'Which variant and tag of an official image to use',
  input: Input,
  run: async (ctx, input) =>
    answerQuestion(
      ctx,
      buildIntent(ctx, 'recommend-variant', { image: input.image, pins: { version: input.version ?? null, variant: input.variant ?? null } }),
    ),
} satisfies Command<z.infer<typeof Input>>;
