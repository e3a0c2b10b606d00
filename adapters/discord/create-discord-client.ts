import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { CommandContext } from '../../src/command.js';
import type { Config } from '../../src/config/schema.js';
import { ConfigError } from '../../src/errors.js';
import type { ChannelPoster } from '../../src/watch/poster.js';
import { describeError } from './answer.js';
import { handleInteraction, type InteractionDeps } from './interactions.js';
import { handleMention } from './mentions.js';
import { createOriginalResponse } from './original-response.js';
import { DiscordPoster, type DiscordPosterOptions } from './poster.js';
import { ShareStore } from './share-store.js';

/**
 * Guilds for interactions and the channel cache; GuildMessages for mentions, whose content Discord sends without the
 * privileged Message Content intent.
 * @see https://discord.com/developers/docs/events/gateway#gateway-intents
 */
export const GATEWAY_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] as const;

/** An answer not known to need live lookups is deferred if it is not ready by then. */
const DEFER_AFTER_MS = 1_500;

export interface DiscordBot {
  client: Client<true>;
  /** Posts the watcher's pings to Discord channels as the bot: give it to the watch service. */
  poster: ChannelPoster;
  /** Cancels pending lookups and posts, and closes the gateway connection. */
  stop(): Promise<void>;
}

export interface DiscordOptions {
  deferAfterMs?: number;
  shares?: ShareStore;
  poster?: Omit<DiscordPosterOptions, 'signal'>;
}

/** Logs in over the gateway and answers `/baseimage` commands, autocomplete, Share buttons and mentions; posts pings. */
export async function startDiscord(ctx: CommandContext, discord: NonNullable<Config['discord']>, options: DiscordOptions = {}): Promise<DiscordBot> {
  const stopping = new AbortController();
  const signal = ctx.signal === undefined ? stopping.signal : AbortSignal.any([ctx.signal, stopping.signal]);
  const original = createOriginalResponse(discord.apiUrl);
  const deps: InteractionDeps = { ctx: { ...ctx, signal }, shares: options.shares ?? new ShareStore(), deferAfterMs: options.deferAfterMs ?? DEFER_AFTER_MS, original };
  // No one is ever pinged by an answer: an image name like `@everyone` or a quoted mention stays text.
  const client = new Client({ intents: [...GATEWAY_INTENTS], rest: { api: discord.apiUrl }, allowedMentions: { parse: [], repliedUser: false } });
  listen(client, deps);
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(discord.token);
  } catch (error) {
    original.close();
    await client.destroy();
    throw loginError(error);
  }
  const bot = await ready;
  ctx.log.info({ user: bot.user.id, application: discord.applicationId }, 'discord bot ready');
  return {
    client: bot,
    poster: new DiscordPoster(bot.rest, bot.user.id, ctx.log, { ...options.poster, signal: stopping.signal }),
    stop: async () => {
      stopping.abort();
      original.close();
      await client.destroy();
    },
  };
}

function listen(client: Client, deps: InteractionDeps): void {
  const { log } = deps.ctx;
  client.on(Events.InteractionCreate, (interaction) => {
    handleInteraction(deps, interaction).catch((error: unknown) => log.error({ interaction: interaction.type, error: describeError(error) }, 'discord interaction failed'));
  });
  client.on(Events.MessageCreate, (message) => {
    if (client.user === null) return;
    handleMention(deps.ctx, message, client.user.id).catch((error: unknown) => log.error({ error: describeError(error) }, 'discord mention reply failed'));
  });
  client.on(Events.Error, (error) => log.error({ error: describeError(error) }, 'discord client error'));
  client.on(Events.ShardError, (error) => log.warn({ error: describeError(error) }, 'discord gateway error'));
}

/** A rejected token or intent is the operator's to fix; say how. */
function loginError(error: unknown): unknown {
  const code = error instanceof Error && 'code' in error ? error.code : null;
  if (code === 'TokenInvalid') return new ConfigError('DISCORD_TOKEN was rejected by Discord: copy the bot token again from the Bot page of your application (see docs/discord.md)');
  if (code === 'DisallowedIntents') return new ConfigError('Discord refused the gateway intents: the bot needs only Guilds and Guild Messages, no privileged intent');
  return error;
}
