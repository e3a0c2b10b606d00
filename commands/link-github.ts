import { z } from 'zod';
import type { Command } from '../src/command.js';
import { channelOf, channelReply } from '../src/watch/command-support.js';

/** GitHub usernames: letters, digits and single inner hyphens, 39 characters at most. */
const HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

const Input = z.object({
  handle: z
    .string()
    .trim()
    .transform((value) => value.replace(/^@/, ''))
    .refine((value) => HANDLE.test(value), { error: 'a GitHub handle has letters, digits and single hyphens, e.g. tianon' }),
});

export const linkGithub = {
  name: 'link-github',
  description: 'Tie your chat account to your GitHub handle, so pings about images you maintain mention you',
  input: Input,
  run: async (ctx, input) => {
    const channel = channelOf(ctx, 'link-github');
    if (!channel.ok) return channel.reply;
    const { caller, stores } = channel;
    stores.userLinks.put({ platform: caller.platform, userId: caller.userId, handle: input.handle, linkedAt: ctx.clock().toISOString() });
    const handle = input.handle.toLowerCase();
    const maintained = ctx.catalog.names().filter((name) => ctx.catalog.getImage(name)?.maintainers.some((m) => m.handle.toLowerCase() === handle));
    const shown = maintained.slice(0, 10).map((name) => `\`${name}\``).join(', ');
    const more = maintained.length > 10 ? ` and ${maintained.length - 10} more` : '';
    const summary =
      maintained.length === 0
        ? `Linked you to @${input.handle}. No official image names @${input.handle} as a maintainer, so no ping will mention you yet.`
        : `Linked you to @${input.handle}: pings about ${shown}${more} will mention you.`;
    return channelReply(ctx, { title: 'GitHub handle linked', summary, verdict: 'good' });
  },
} satisfies Command<z.infer<typeof Input>>;
