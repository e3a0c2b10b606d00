import { z } from 'zod';
import { answerQuestion } from '../src/live/answer-question.js';
import type { Command } from '../src/command.js';
import { buildIntent, imageOption, versionOption } from './build-intent.js';

const Input = z.object({ image: imageOption, version: versionOption });

export const tags = {
  name: 'tags',
  description: 'Tags of an official image: versions, variants, distros, architectures',
  input: Input,
  run: async (ctx, input) =>
    answerQuestion(ctx, buildIntent(ctx, 'tag-info', { image: input.image, pins: { version: input.version ?? null } })),
} satisfies Command<z.infer<typeof Input>>;
