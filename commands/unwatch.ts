import { z } from 'zod';
import type { Command } from '../src/command.js';
import { channelOf, channelReply, officialImage, refusalUnlessManager } from '../src/watch/command-support.js';
import { imageOption } from './build-intent.js';

const Input = z.object({ image: imageOption });

export const unwatch = {
  name: 'unwatch',
  description: 'Stop posting an image’s tracker activity and feedback to this channel',
  input: Input,
  run: async (ctx, input) => {
    const channel = channelOf(ctx, 'unwatch');
    if (!channel.ok) return channel.reply;
    const found = officialImage(ctx, input.image);
    if (!found.ok) return found.reply;
    const refusal = await refusalUnlessManager(ctx, channel.caller, 'unwatch');
    if (refusal !== null) return refusal;
    const removed = channel.stores.subscriptions.remove(channel.caller, found.image.name);
    const summary = removed ? `Stopped watching \`${found.image.name}\` here.` : `This channel was not watching \`${found.image.name}\`.`;
    return channelReply(ctx, { title: `Unwatch ${found.image.name}`, summary, verdict: removed ? 'good' : 'info' }, found.image.name);
  },
} satisfies Command<z.infer<typeof Input>>;
