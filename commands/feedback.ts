import { z } from 'zod';
import type { Command } from '../src/command.js';
import { giveFeedback } from '../src/feedback/give-feedback.js';
import type { FeedbackRoute } from '../src/storage/types.js';
import { channelOf, channelReply, officialImage } from '../src/watch/command-support.js';
import { imageOption } from './build-intent.js';

const Input = z.object({
  image: imageOption,
  text: z.string().trim().min(3, 'say what the feedback is').max(4000, 'keep feedback under 4000 characters'),
});

const BELONGS: Record<FeedbackRoute, string> = {
  packaging: 'the image’s packaging',
  upstream: 'the upstream software',
  distro: 'the distribution',
  program: 'the Official Images program',
};

export const feedback = {
  name: 'feedback',
  description: 'Give feedback on an image: it is kept, routed to the right tracker and shared with channels watching the image',
  input: Input,
  run: async (ctx, input) => {
    const channel = channelOf(ctx, 'feedback');
    if (!channel.ok) return channel.reply;
    const found = officialImage(ctx, input.image);
    if (!found.ok) return found.reply;
    const { destination, sharedWith } = giveFeedback(ctx, channel.stores, channel.caller, found.image, input.text);
    const links = [{ label: 'Tracker', url: destination.trackerUrl }];
    if (destination.newIssueUrl !== null) links.unshift({ label: 'Open a prefilled issue', url: destination.newIssueUrl });
    return channelReply(
      ctx,
      {
        title: `Feedback on ${found.image.name}: ${BELONGS[destination.route]}`,
        summary: `Thanks, saved. This belongs to ${destination.owner}: ${destination.why}. Report it at ${destination.trackerUrl}`,
        verdict: 'good',
        facts: [
          { label: 'Belongs to', value: BELONGS[destination.route] },
          { label: 'Shared with', value: sharedWith === 1 ? '1 channel watching this image' : `${sharedWith} channels watching this image` },
        ],
        recommendation: destination.newIssueUrl === null ? null : `Search the tracker first, then open the prefilled issue: ${destination.newIssueUrl}`,
        links,
      },
      found.image.name,
    );
  },
} satisfies Command<z.infer<typeof Input>>;
