import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, webApi, type Logger as BoltLogger, type Receiver } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import type { CommandContext, Logger } from '../../src/command.js';
import type { Config } from '../../src/config/schema.js';
import { BotError } from '../../src/errors.js';
import type { ChannelPoster } from '../../src/watch/poster.js';
import { createAckFirst } from './ack-first.js';
import { createSlackDirectory } from './directory.js';
import { registerListeners, type SlackDeps } from './listeners.js';
import { createSlackPoster, postingClient } from './poster.js';
import { createShareStore } from './share-store.js';
import { describeSlackError } from './user-text.js';

export type SlackConfig = NonNullable<Config['slack']>;

export interface SlackOptions {
  /** HTTP mode: the interface to listen on (all by default; tests use 127.0.0.1). */
  host?: string;
  /** Retries of a failed Web API call; an answer minutes late is worth little (Slack's default is ten in 30 minutes). */
  retries?: number;
  /** Logs the Slack library's debug and info messages too (at debug level); they cost time on every event. */
  libraryDebug?: boolean;
  /**
   * More HTTP routes on Bolt's server (the GitHub webhook), so they share `PORT` with `/slack/events`. HTTP mode only:
   * in Socket Mode Bolt listens on no port, and the caller serves them itself.
   */
  routes?: SlackRoute[];
}

export interface SlackRoute {
  path: string;
  method: string;
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

export interface RunningSlack {
  app: App;
  mode: 'socket' | 'http';
  /** HTTP mode: the port Bolt listens on for `/slack/events`; null in Socket Mode. */
  port: number | null;
  /** Posts watch pings to Slack channels (exactly once with the outbox; see poster.ts). */
  poster: ChannelPoster;
  /** Waits (up to 5 s) for answers under way, then disconnects or closes the server. */
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 5_000;

/**
 * Starts the Slack app: Socket Mode when an app token is set, otherwise signed HTTP requests on `slack.port` at
 * `/slack/events`. Checks the bot token first (one `auth.test`), so a wrong token stops start-up with what to fix.
 * @see https://docs.slack.dev/tools/bolt-js/concepts/socket-mode
 */
export async function startSlack(ctx: CommandContext, slack: SlackConfig, options: SlackOptions = {}): Promise<RunningSlack> {
  const logger = boltLogger(ctx.log, [slack.botToken, slack.appToken, slack.signingSecret], options.libraryDebug ?? false);
  const clientOptions = { slackApiUrl: slack.apiUrl, logger, retryConfig: { retries: options.retries ?? 2, minTimeout: 500, maxTimeout: 2_000 } };
  const identity = await checkBotToken(slack.botToken, clientOptions);
  const receiver = createReceiver(slack, logger, clientOptions, options.routes ?? []);
  // No conversation store: the bot keeps no per-conversation state, and the middleware costs time on every event.
  const app = new App({ token: slack.botToken, ...identity, receiver: receiver.receiver, logger, clientOptions, convoStore: false });
  const pending = new Set<Promise<void>>();
  registerListeners(app, listenerDeps(ctx, app, pending));
  const port = await startReceiver(receiver, slack, options);
  ctx.log.info({ mode: receiver.mode, port }, 'slack app started');
  return {
    app,
    mode: receiver.mode,
    port,
    poster: createSlackPoster(postingClient(slack.botToken, clientOptions), ctx.log),
    stop: async () => {
      await settle(pending, STOP_GRACE_MS);
      await receiver.receiver.stop();
      receiver.server?.closeAllConnections();
    },
  };
}

function listenerDeps(ctx: CommandContext, app: App, pending: Set<Promise<void>>): SlackDeps {
  return {
    ctx,
    shares: createShareStore(),
    directory: createSlackDirectory(app.client, ctx.log),
    seen: new LRUCache<string, true>({ max: 10_000, ttl: 60 * 60_000 }),
    track: (work) => {
      pending.add(work);
      work.finally(() => pending.delete(work)).catch(() => undefined);
      return work;
    },
    acks: createAckFirst(),
  };
}

async function settle(pending: Set<Promise<void>>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  await Promise.race([Promise.allSettled([...pending]), timeout]);
  clearTimeout(timer);
}

/** The bot's own ids from `auth.test`, which Bolt needs to ignore the bot's messages. */
async function checkBotToken(token: string, clientOptions: webApi.WebClientOptions): Promise<{ botId: string; botUserId: string }> {
  try {
    const result = await new webApi.WebClient(token, clientOptions).auth.test();
    if (typeof result.bot_id !== 'string' || typeof result.user_id !== 'string') throw new Error('auth.test gave no bot ids');
    return { botId: result.bot_id, botUserId: result.user_id };
  } catch (error) {
    const { error: code } = describeSlackError(error);
    if (code !== undefined) {
      throw new BotError('config_invalid', `Slack rejected SLACK_BOT_TOKEN (${code}): copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions, and install the app to the workspace`);
    }
    throw new BotError('upstream_unavailable', 'Could not reach the Slack Web API: check the network (or SLACK_API_URL)', { cause: error });
  }
}

type ReceiverChoice =
  | { mode: 'socket'; receiver: SocketModeReceiver; server?: undefined }
  | { mode: 'http'; receiver: HTTPReceiver; server?: Server };

function createReceiver(slack: SlackConfig, logger: BoltLogger, clientOptions: webApi.WebClientOptions, routes: SlackRoute[]): ReceiverChoice {
  if (slack.appToken !== null) {
    // Without our retryConfig: the Socket Mode client's own (100 quick retries) keeps reconnecting through an outage.
    const socketClientOptions = { slackApiUrl: clientOptions.slackApiUrl, logger };
    return { mode: 'socket', receiver: new SocketModeReceiver({ appToken: slack.appToken, logger, installerOptions: { clientOptions: socketClientOptions } }) };
  }
  // The config schema requires the signing secret in HTTP mode.
  const customRoutes = routes.map(({ path, method, handler }) => ({ path, method, handler }));
  return { mode: 'http', receiver: new HTTPReceiver({ signingSecret: slack.signingSecret ?? '', endpoints: '/slack/events', customRoutes, logger }) };
}

async function startReceiver(choice: ReceiverChoice, slack: SlackConfig, options: SlackOptions): Promise<number | null> {
  if (choice.mode === 'socket') {
    await startSocketMode(choice.receiver);
    return null;
  }
  const server = await choice.receiver.start(options.host === undefined ? slack.port : { port: slack.port, host: options.host });
  choice.server = server;
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : slack.port;
}

async function startSocketMode(receiver: Receiver): Promise<void> {
  try {
    await receiver.start();
  } catch (error) {
    const { error: code } = describeSlackError(error);
    if (code === undefined) throw error;
    throw new BotError('config_invalid', `Slack refused a Socket Mode connection (${code}): SLACK_APP_TOKEN must be an app-level token (xapp-…) with connections:write, and Socket Mode must be on`);
  }
}

/** A `token`, `secret` or `signature` field inside logged text: slash commands still carry a verification token. */
const SECRET_FIELD = /("?[\w-]*(?:token|secret|signature)"?\s*[:=]\s*"?)[^"&\s,}]+/gi;

/** Bolt's logger onto ours: one static message per level, Bolt's words as data with the configured secrets removed. */
export function boltLogger(log: Logger, secrets: (string | null)[], debug: boolean): BoltLogger {
  const known = secrets.filter((secret): secret is string => secret !== null && secret.length >= 8);
  const detail = (parts: unknown[]) => {
    let text = parts.map((part) => (part instanceof Error ? `${part.name}: ${part.message}` : typeof part === 'string' ? part : safeJson(part))).join(' ');
    for (const secret of known) text = text.split(secret).join('[redacted]');
    text = text.replace(SECRET_FIELD, '$1[redacted]');
    return { detail: text.slice(0, 500) };
  };
  let level = LogLevel.INFO;
  return {
    debug: (...parts) => debug && log.debug(detail(parts), 'slack library debug'),
    info: (...parts) => debug && log.debug(detail(parts), 'slack library info'),
    warn: (...parts) => log.warn(detail(parts), 'slack library warning'),
    error: (...parts) => log.error(detail(parts), 'slack library error'),
    setLevel: (next) => (level = next),
    getLevel: () => level,
    setName: () => undefined,
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
