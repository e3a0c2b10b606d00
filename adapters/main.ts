import { createServer, type Server } from 'node:http';
import type { CommandContext } from '../src/command.js';
import { loadConfig } from '../src/config/load-config.js';
import type { Config } from '../src/config/schema.js';
import { createContext } from '../src/create-context.js';
import { BotError, ConfigError } from '../src/errors.js';
import { createStores } from '../src/storage/create-stores.js';
import type { Platform, Stores } from '../src/storage/types.js';
import { posterByPlatform, type ChannelPoster } from '../src/watch/poster.js';
import { createWatchService, type WatchService } from '../src/watch/watch-service.js';
import { chatInTerminal } from './cli/terminal-chat.js';
import { startDiscord } from './discord/create-discord-client.js';
import { startSlack, type SlackRoute } from './slack/create-slack-app.js';

/** Where GitHub delivers webhooks (push mode), on PORT. */
export const WEBHOOK_PATH = '/github/webhook';

interface Running {
  stop(): Promise<void>;
}

/**
 * Starts every configured chat platform and fills `posters` with their channel posters. Routes are served by Slack's
 * HTTP receiver when Slack runs in HTTP mode (one port for both); otherwise `routesServed` is false.
 */
async function startChats(ctx: CommandContext, config: Config, posters: Partial<Record<Platform, ChannelPoster>>, routes: SlackRoute[]): Promise<{ running: Running[]; routesServed: boolean }> {
  const running: Running[] = [];
  let routesServed = false;
  try {
    if (config.slack !== null) {
      const slack = await startSlack(ctx, config.slack, { libraryDebug: config.logLevel === 'debug', routes });
      posters.slack = slack.poster;
      routesServed = slack.mode === 'http';
      running.push(slack);
    }
    if (config.discord !== null) {
      const discord = await startDiscord(ctx, config.discord);
      posters.discord = discord.poster;
      running.push(discord);
    }
  } catch (error) {
    // One platform failing to start stops the others: a half-started bot would hold the process without saying why.
    await Promise.allSettled(running.map((chat) => chat.stop()));
    throw error;
  }
  return { running, routesServed };
}

/** A plain HTTP server for the routes (Slack in Socket Mode, or Discord alone); anything else is 404, as in Bolt. */
async function serveRoutes(ctx: CommandContext, port: number, routes: SlackRoute[]): Promise<Running> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = routes.find((candidate) => candidate.path === path && candidate.method === req.method);
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    route.handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  const address = server.address();
  ctx.log.info({ port: typeof address === 'object' && address !== null ? address.port : port, paths: routes.map((route) => route.path) }, 'http routes listening');
  return {
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/**
 * The chat platforms with what they share: stores, the watcher posting to their channels, the GitHub webhook when
 * its secret is set. Runs until SIGINT or SIGTERM; the watcher stops first, so no post is cut off mid-way.
 */
async function runChats(ctx: CommandContext, config: Config, stores: Stores): Promise<void> {
  // Listening before anything starts: a signal during start-up still stops the bot cleanly once it is up.
  const stopped = untilSignal();
  const posters: Partial<Record<Platform, ChannelPoster>> = {};
  const watcher: WatchService = createWatchService(config, ctx, stores, posterByPlatform(posters));
  const routes: SlackRoute[] = watcher.webhookHandler === null ? [] : [{ path: WEBHOOK_PATH, method: 'POST', handler: watcher.webhookHandler }];
  const chats = await startChats({ ...ctx, stores }, config, posters, routes);
  const running = [...chats.running];
  if (routes.length > 0 && !chats.routesServed) running.push(await serveRoutes(ctx, config.port, routes));
  watcher.start();
  ctx.log.info({ platforms: Object.keys(posters), webhook: routes.length > 0, interval: config.watchIntervalSeconds }, 'watching trackers');
  await stopped;
  ctx.log.info({}, 'stopping');
  await watcher.stop();
  await Promise.all(running.map((chat) => chat.stop()));
}

/** The configured stores; a file that cannot be opened is the operator's to fix. */
function openStores(config: Config): Stores {
  try {
    return createStores(config);
  } catch (error) {
    throw new ConfigError(`BASEIMAGE_DB: cannot open ${config.dbPath} (${error instanceof Error ? error.message : String(error)}): point it at a writable file`);
  }
}

/** The composition root: the chat platforms that are configured, or the terminal chat when none is. */
async function main(): Promise<void> {
  const config = loadConfig();
  const ctx = createContext(config);
  try {
    if (config.slack === null && config.discord === null) {
      await chatInTerminal(ctx);
      return;
    }
    const stores = openStores(config);
    try {
      await runChats(ctx, config, stores);
    } finally {
      stores.close();
    }
  } finally {
    await ctx.sources?.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`baseimage: ${error instanceof BotError ? error.message : String(error)}\n`);
  process.exitCode = error instanceof BotError && error.code === 'config_invalid' ? 2 : 1;
});
