import { z } from 'zod';
import type { Command } from '../src/command.js';
import { channelOf, channelReply } from '../src/watch/command-support.js';
import { describeFilters } from '../src/watch/watch-filters.js';

const Input = z.object({});

export const watching = {
  name: 'watching',
  description: 'List the images this channel watches, with their filters',
  input: Input,
  run: async (ctx) => {
    const channel = channelOf(ctx, 'watching');
    if (!channel.ok) return channel.reply;
    const subscriptions = channel.stores.subscriptions.forChannel(channel.caller);
    if (subscriptions.length === 0) {
      return channelReply(ctx, { title: 'Watching nothing', summary: 'This channel watches no image yet: try `watch python`.' });
    }
    const facts = subscriptions.map((s) => ({ label: s.image, value: s.repo === null ? 'feedback only (tracker not on GitHub)' : `${s.repo}: ${describeFilters(s)}` }));
    const summary = `This channel watches ${subscriptions.length === 1 ? '1 image' : `${subscriptions.length} images`}.`;
    return channelReply(ctx, { title: 'Watching', summary, facts });
  },
} satisfies Command<z.infer<typeof Input>>;
