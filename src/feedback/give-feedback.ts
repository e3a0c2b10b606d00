import type { ImageInfo } from '../catalog/types.js';
import type { Caller, CommandContext } from '../command.js';
import type { FeedbackRecord, NewOutboxEntry, Stores } from '../storage/types.js';
import { mentionsFor } from '../watch/fan-out.js';
import { excerptOf, idempotencyKey, type Ping } from '../watch/ping.js';
import { trackerRepo } from '../watch/tracker-repo.js';
import { classifyFeedback } from './classify.js';
import { destinationFor, type Destination } from './route-feedback.js';

export interface GivenFeedback {
  record: FeedbackRecord;
  destination: Destination;
  /**
   * Channels it was queued for: every one watching the image, the one it was given in too (the answer to the giver
   * is private in Slack and Discord, so the channel would not see it otherwise).
   */
  sharedWith: number;
}

/** Stores the feedback and queues it for every channel watching the image, in one transaction. */
export function giveFeedback(ctx: CommandContext, stores: Stores, caller: Caller, image: ImageInfo, text: string): GivenFeedback {
  const classification = classifyFeedback(text);
  const destination = destinationFor(image, classification, text);
  return stores.transaction(() => {
    const record = stores.feedback.add({
      platform: caller.platform,
      channelId: caller.channelId,
      channelName: caller.channelName ?? null,
      userId: caller.userId,
      userName: caller.userName,
      image: image.name,
      text,
      route: classification.route,
      createdAt: ctx.clock().toISOString(),
    });
    const entries = feedbackEntries(ctx, stores, record, destination, image);
    stores.outbox.enqueue(entries, ctx.clock().getTime());
    return { record, destination, sharedWith: entries.length };
  });
}

function feedbackEntries(ctx: CommandContext, stores: Stores, record: FeedbackRecord, destination: Destination, image: ImageInfo): NewOutboxEntry[] {
  return stores.subscriptions.forImage(image.name).map((subscription) => {
    const target = { platform: subscription.platform, channelId: subscription.channelId };
    const where = record.channelName === null ? '' : ` in #${record.channelName}`;
    const ping: Ping = {
      kind: 'feedback',
      image: image.name,
      repo: trackerRepo(image),
      title: `Feedback on ${image.name} (${record.route}) from ${record.userName}${where}`,
      url: destination.newIssueUrl ?? destination.trackerUrl,
      author: record.userName,
      excerpt: excerptOf(record.text),
      labels: [record.route],
      mentionUserIds: mentionsFor(ctx.catalog, stores.userLinks, target, image.name),
      text: `Feedback on ${image.name} from ${record.userName}: ${excerptOf(record.text)}`,
      at: record.createdAt,
    };
    return { ...target, key: idempotencyKey(target, `feedback ${record.id}`), payload: ping };
  });
}
