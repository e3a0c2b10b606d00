import { loadConfig } from '../../../src/config/load-config.js';
import type { Platform, Stores, Subscription } from '../../../src/storage/types.js';

/** Config pointing the watcher at a GitHub stand-in, polling every second. */
export function watchConfig(githubUrl: string, dbPath = ':memory:', extra: Record<string, string> = {}) {
  return loadConfig({ BASEIMAGE_GITHUB_API_URL: githubUrl, BASEIMAGE_WATCH_INTERVAL: '1', BASEIMAGE_DB: dbPath, ...extra });
}

/** A subscription made a minute ago, so items the stand-in creates from now on are new. */
export function watch(stores: Stores, image: string, repo: string, parts: Partial<Subscription> & { platform?: Platform } = {}): Subscription {
  const subscription: Subscription = {
    platform: 'slack',
    channelId: 'C1',
    channelName: null,
    image,
    repo,
    kinds: { issues: true, pulls: true, comments: true },
    includeLabels: [],
    excludeLabels: [],
    createdBy: 'U1',
    createdAt: new Date(Date.now() - 60_000).toISOString(),
    ...parts,
  };
  stores.subscriptions.put(subscription);
  return subscription;
}

/** Resolves once `check` holds, polling every 20 ms; fails after `ms`. */
export async function until(check: () => boolean, ms = 8000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
