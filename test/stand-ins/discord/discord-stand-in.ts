import type { StandInServer } from '../http-stand-in.js';
import { addChatter, guildChannels, type StoredMessage } from './channels.js';
import { startGateway, type GatewayLog, type GatewayStandIn } from './gateway.js';
import { InteractionLedger, type InteractionRecord } from './ledger.js';
import { ASKER, autocompleteInteraction, buttonInteraction, commandInteraction, IDS, mentionMessage, type OptionValues, type Sender } from './payloads.js';
import { startRest, type RestState } from './rest.js';

export const STAND_IN_TOKEN = 'MTQwMDAwMDAwMDAwMDAwMDAwMg.Gstand.in-token-for-tests-only-0123456789';

export interface DiscordStandIn {
  /** The `DISCORD_API_URL` that points the bot here. */
  apiUrl: string;
  env: { DISCORD_TOKEN: string; DISCORD_APPLICATION_ID: string; DISCORD_API_URL: string };
  config: { token: string; applicationId: string; apiUrl: string };
  rest: StandInServer;
  gateway: GatewayLog;
  state: RestState;
  violations: string[];
  /** Dispatches `/baseimage <subcommand>` and returns its record, filled in as the bot answers. */
  command(subcommand: string, options?: OptionValues, sender?: Sender): InteractionRecord;
  autocomplete(subcommand: string, options: OptionValues, focused: string, sender?: Sender): InteractionRecord;
  click(customId: string): InteractionRecord;
  /** Dispatches MESSAGE_CREATE in the guild channel; returns the message id. */
  say(content: string, author?: object): string;
  /** The messages of a channel, oldest first (empty for a channel that does not exist). */
  history(channelId: string): StoredMessage[];
  /** Adds `count` messages by another member to a channel's history. */
  chatter(channelId: string, count: number): void;
  requestReconnect(): void;
  close(): Promise<void>;
}

/** Discord's REST API and gateway on loopback, enforcing what discord.js does not (chat-platforms.md §3.7). */
export async function startDiscordStandIn(options: { heartbeatIntervalMs?: number } = {}): Promise<DiscordStandIn> {
  const ledger = new InteractionLedger();
  const gateway: GatewayStandIn = await startGateway(STAND_IN_TOKEN, options.heartbeatIntervalMs);
  const state: RestState = {
    token: STAND_IN_TOKEN,
    gatewayUrl: gateway.url,
    ledger,
    registered: new Map(),
    channelMessages: [],
    channels: guildChannels(),
    loseAnswers: 0,
    now: Date.now,
    typing: 0,
  };
  const rest = await startRest(state);
  const apiUrl = `${rest.url}/api`;

  function interact(payload: { id: string; token: string; type: number }): InteractionRecord {
    const record = ledger.open(payload);
    gateway.dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  return {
    apiUrl,
    env: { DISCORD_TOKEN: STAND_IN_TOKEN, DISCORD_APPLICATION_ID: IDS.application, DISCORD_API_URL: apiUrl },
    config: { token: STAND_IN_TOKEN, applicationId: IDS.application, apiUrl },
    rest,
    gateway: gateway.log,
    state,
    violations: ledger.violations,
    command: (subcommand, values = {}, sender = {}) => interact(commandInteraction(subcommand, values, sender)),
    autocomplete: (subcommand, values, focused, sender = {}) => interact(autocompleteInteraction(subcommand, values, focused, sender)),
    click: (customId) => interact(buttonInteraction(customId)),
    say: (content, author) => {
      const message = mentionMessage(content, author);
      gateway.dispatch('MESSAGE_CREATE', message);
      return message.id;
    },
    history: (channelId) => state.channels.get(channelId)?.messages ?? [],
    chatter: (channelId, count) => {
      const channel = state.channels.get(channelId);
      if (channel === undefined) throw new Error(`the stand-in has no channel ${channelId}`);
      addChatter(channel, count, state.now(), ASKER);
    },
    requestReconnect: () => gateway.requestReconnect(),
    close: async () => {
      ledger.close();
      await Promise.all([rest.close(), gateway.close()]);
    },
  };
}

/** Resolves with `read()` once it is defined; fails after `timeoutMs`. */
export async function until<T>(read: () => T | null | undefined, timeoutMs = 5_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (value !== null && value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`nothing arrived within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
