import type { Catalog } from '../catalog/types.js';
import type { ChannelRef, NewOutboxEntry, Subscription, UserLinkStore } from '../storage/types.js';
import { excerptOf, idempotencyKey, type Ping } from './ping.js';
import type { WatchItem } from './watch-item.js';

/** Whether a subscription wants the item: its kind, then its label filters (issues and pull requests only). */
export function wants(subscription: Subscription, item: WatchItem): boolean {
  const kinds = subscription.kinds;
  if (item.kind === 'issue' ? !kinds.issues : item.kind === 'pull' ? !kinds.pulls : !kinds.comments) return false;
  if (item.kind === 'comment') return true;
  if (item.labels.some((label) => subscription.excludeLabels.includes(label))) return false;
  return subscription.includeLabels.length === 0 || item.labels.some((label) => subscription.includeLabels.includes(label));
}

/** Chat users on the target's platform who linked a GitHub handle named as a maintainer of the image. */
export function mentionsFor(catalog: Catalog, links: UserLinkStore, target: ChannelRef, image: string): string[] {
  const handles = catalog.getImage(image)?.maintainers.map((person) => person.handle) ?? [];
  if (handles.length === 0) return [];
  return links.byHandles(target.platform, handles).map((link) => link.userId);
}

const NOUN = { issue: 'New issue', pull: 'New pull request', comment: 'New comment' } as const;

function pingOf(item: WatchItem, image: string, mentionUserIds: string[]): Ping {
  const where = item.number === null ? item.repo : `${item.repo}#${item.number}`;
  const title = item.kind === 'comment' ? `${where}: ${NOUN.comment} by ${item.author}` : `${where} ${item.title}`;
  return {
    kind: item.kind,
    image,
    repo: item.repo,
    title,
    url: item.url,
    author: item.author,
    excerpt: excerptOf(item.body),
    labels: item.labels,
    mentionUserIds,
    text: `${NOUN[item.kind]} on ${image}'s tracker: ${title} ${item.url}`,
    at: item.createdAt,
  };
}

/** One outbox entry per channel that wants the item (a channel watching two images of one repository gets one). */
export function entriesFor(catalog: Catalog, links: UserLinkStore, item: WatchItem, subscriptions: Subscription[]): NewOutboxEntry[] {
  const entries = new Map<string, NewOutboxEntry>();
  for (const subscription of subscriptions) {
    if (!wants(subscription, item)) continue;
    const target = { platform: subscription.platform, channelId: subscription.channelId };
    const key = idempotencyKey(target, item.key);
    if (entries.has(key)) continue;
    const ping = pingOf(item, subscription.image, mentionsFor(catalog, links, target, subscription.image));
    entries.set(key, { ...target, key, payload: ping });
  }
  return [...entries.values()];
}
