import { z } from 'zod';
import type { Command } from '../src/command.js';
import { channelOf, channelReply, officialImage, refusalUnlessManager } from '../src/watch/command-support.js';
import { trackerRepo } from '../src/watch/tracker-repo.js';
import { describeFilters, parseWatchFilters } from '../src/watch/watch-filters.js';
import { imageOption } from './build-intent.js';

const Input = z.object({
  image: imageOption,
  /** `issues pulls comments +label:bug -label:wontfix`, any order; none of the kinds means all three. */
  filters: z.string().max(500, 'that filter list is too long').optional(),
});

export const watch = {
  name: 'watch',
  description: 'Post new issues, pull requests and comments of an image’s tracker, and feedback on it, to this channel',
  input: Input,
  run: async (ctx, input) => {
    const channel = channelOf(ctx, 'watch');
    if (!channel.ok) return channel.reply;
    const found = officialImage(ctx, input.image);
    if (!found.ok) return found.reply;
    const filters = parseWatchFilters(input.filters ?? '');
    if (!filters.ok) {
      const summary = `I do not understand \`${filters.error}\`: use issues, pulls, comments, +label:NAME or -label:NAME.`;
      return channelReply(ctx, { title: 'Unknown filter', summary, verdict: 'unknown' }, found.image.name);
    }
    const refusal = await refusalUnlessManager(ctx, channel.caller, 'watch');
    if (refusal !== null) return refusal;
    const { caller, stores } = channel;
    const repo = trackerRepo(found.image);
    stores.subscriptions.put({
      platform: caller.platform,
      channelId: caller.channelId,
      channelName: caller.channelName ?? null,
      image: found.image.name,
      repo,
      ...filters.value,
      createdBy: caller.userId,
      createdAt: ctx.clock().toISOString(),
    });
    const tracker = found.image.issueUrls[0] ?? 'not recorded';
    const summary =
      repo === null
        ? `Watching \`${found.image.name}\` for feedback only: its tracker (${tracker}) is not on GitHub, so I cannot post its activity here.`
        : `Watching \`${found.image.name}\`: new ${describeFilters(filters.value)} on ${repo}, and feedback given through me, will be posted here.`;
    return channelReply(ctx, { title: `Watching ${found.image.name}`, summary, verdict: repo === null ? 'warning' : 'good', links: [{ label: 'Tracker', url: tracker }] }, found.image.name);
  },
} satisfies Command<z.infer<typeof Input>>;
