import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Dispatcher } from 'undici';
import type { CommandContext } from '../command.js';
import type { Config } from '../config/schema.js';
import { RateLimitedError, asBotError } from '../errors.js';
import { createAgent, Http } from '../http/create-http.js';
import { GitHubClient, type RepoName } from '../sources/github/client.js';
import { RateBudget } from '../sources/github/rate-budget.js';
import type { Stores } from '../storage/types.js';
import { OutboxDelivery, type DeliveryOptions } from './deliver.js';
import { entriesFor } from './fan-out.js';
import { pollRepo } from './poll-repo.js';
import type { ChannelPoster } from './poster.js';
import { PollSchedule } from './schedule.js';
import { Waker } from './waker.js';
import type { WatchItem } from './watch-item.js';
import { createWebhookHandler } from './webhook.js';

export interface WatchServiceOptions {
  /** Tests and the benchmark pass their own; otherwise an Agent is built (and closed by stop()). */
  dispatcher?: Dispatcher;
  now?: () => number;
  /** How often the outbox is checked when idle (ms); it is also woken after each poll that found something. */
  deliveryIdleMs?: number;
  delivery?: DeliveryOptions;
}

export interface WatchService {
  /** Starts polling and delivering (entries left in flight by a crash are checked first). */
  start(): void;
  /** Stops both loops and waits for them; posts in progress finish first. Final: build a new service to restart. */
  stop(): Promise<void>;
  /** Items that arrived outside polling (the webhook): fanned out to the repository's subscriptions. */
  accept(repo: RepoName, items: WatchItem[]): number;
  /** GitHub's rate-limit state as last reported. */
  budget: RateBudget;
  /** Push mode: mount on an HTTP server (e.g. at `/github/webhook`); null without BASEIMAGE_GITHUB_WEBHOOK_SECRET. */
  webhookHandler: ((req: IncomingMessage, res: ServerResponse) => void) | null;
}

/** Finished outbox entries are kept this long: long enough for every restart to see what was delivered. */
const KEEP_DONE_MS = 30 * 24 * 60 * 60_000;
/** Polling may take longer than a chat answer; a stuck GitHub only delays one repository. */
const POLL_TIMEOUT_MS = 15_000;

/**
 * The watcher: polls every watched repository once per BASEIMAGE_WATCH_INTERVAL (serially, spread over the
 * interval, within GitHub's rate limit), writes new items to the outbox with the moved cursor in one transaction,
 * and delivers the outbox through the poster exactly once per channel (see poster.ts for the protocol).
 */
export function createWatchService(config: Config, ctx: Pick<CommandContext, 'catalog' | 'log'>, stores: Stores, poster: ChannelPoster, options: WatchServiceOptions = {}): WatchService {
  const now = options.now ?? Date.now;
  const dispatcher = options.dispatcher ?? createAgent(Math.max(config.httpTimeoutMs, POLL_TIMEOUT_MS));
  const http = new Http({ timeoutMs: Math.max(config.httpTimeoutMs, POLL_TIMEOUT_MS), dispatcher, now, log: ctx.log });
  const budget = new RateBudget(now);
  const github = new GitHubClient(http, config.githubApiUrl, config.githubToken, budget);
  const delivery = new OutboxDelivery(stores, poster, ctx.log, { now, ...options.delivery });
  const schedule = new PollSchedule(config.watchIntervalSeconds * 1000);
  const pollWaker = new Waker();
  const deliveryWaker = new Waker();
  let controller: AbortController | null = null;
  let loops: Promise<void>[] = [];

  const accept = (repo: RepoName, items: WatchItem[]): number => {
    const subscriptions = stores.subscriptions.forRepo(repo);
    const entries = items.flatMap((item) => entriesFor(ctx.catalog, stores.userLinks, item, subscriptions));
    const added = stores.outbox.enqueue(entries, now());
    if (added > 0) deliveryWaker.wake();
    return added;
  };

  async function pollLoop(signal: AbortSignal): Promise<void> {
    let notBefore = 0;
    while (!signal.aborted) {
      schedule.sync(stores.subscriptions.repos(), now());
      const next = schedule.next();
      const wait = next === null ? 1000 : Math.max(next.at - now(), notBefore - now(), budget.blockedMs());
      if (wait > 0 || next === null) {
        await pollWaker.sleep(Math.min(wait, 1000), signal);
        continue;
      }
      const requests = await pollOne(next.repo, signal);
      notBefore = now() + budget.paceMs() * requests;
    }
  }

  async function pollOne(repo: RepoName, signal: AbortSignal): Promise<number> {
    try {
      const result = await pollRepo({ github, stores, catalog: ctx.catalog, now, signal }, repo);
      if (result.missing) ctx.log.warn({ repo }, 'watched repository not found on GitHub');
      if (result.enqueued > 0) deliveryWaker.wake();
      schedule.done(repo, now());
      return result.requests;
    } catch (error) {
      const retryAt = error instanceof RateLimitedError ? error.retryAt : undefined;
      if (!signal.aborted) ctx.log.warn({ repo, error: asBotError(error).message }, 'watch poll failed');
      schedule.done(repo, now(), retryAt);
      return 1;
    }
  }

  async function deliveryLoop(signal: AbortSignal): Promise<void> {
    delivery.recover();
    stores.outbox.prune(now() - KEEP_DONE_MS);
    while (!signal.aborted) {
      const claimed = await delivery.deliverDue().catch((error: unknown) => {
        ctx.log.error({ error: asBotError(error).message }, 'outbox delivery round failed');
        return 0;
      });
      if (claimed === 0) await deliveryWaker.sleep(options.deliveryIdleMs ?? 250, signal);
    }
  }

  return {
    budget,
    accept,
    webhookHandler: config.githubWebhookSecret === null ? null : createWebhookHandler(config.githubWebhookSecret, accept, ctx.log),
    start() {
      if (controller !== null) return;
      controller = new AbortController();
      loops = [pollLoop(controller.signal), deliveryLoop(controller.signal)];
    },
    async stop() {
      if (controller === null) return;
      controller.abort();
      pollWaker.wake();
      deliveryWaker.wake();
      await Promise.allSettled(loops);
      controller = null;
      if (options.dispatcher === undefined) await dispatcher.close();
    },
  };
}
