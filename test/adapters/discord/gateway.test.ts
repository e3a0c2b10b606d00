import { GatewayIntentBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { startDiscord } from '../../../adapters/discord/create-discord-client.js';
import { testContext } from '../../helpers/context.js';
import { until } from '../../stand-ins/discord/discord-stand-in.js';
import { useHarness } from './harness.js';

const bot = useHarness();

describe('the gateway connection', () => {
  it('identifies with Guilds and GuildMessages only (no privileged intent), uncompressed', () => {
    expect(bot().discord.gateway.identifies).toEqual([
      { token: bot().discord.config.token, intents: GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages, compress: false },
    ]);
  });

  it('takes the gateway URL from GET /gateway/bot with the bot token', () => {
    const gatewayCalls = bot().discord.rest.requests.filter((request) => request.path.startsWith('/api/v10/gateway/bot'));

    expect(gatewayCalls).toHaveLength(1);
    expect(gatewayCalls[0]?.authorization).toBe(`Bot ${bot().discord.config.token}`);
  });

  it('heartbeats, and each heartbeat is acknowledged', async () => {
    await until(() => (bot().discord.gateway.heartbeats > 0 && bot().bot.client.ws.ping >= 0 ? true : null), 3_000);

    expect(bot().bot.client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  it('resumes after the gateway asks it to reconnect, and keeps answering', async () => {
    bot().discord.requestReconnect();
    await until(() => (bot().discord.gateway.resumes > 0 ? true : null));

    const record = bot().discord.command('help');

    expect((await until(() => record.initial)).body.type).toBe(4);
  });
});

describe('starting', () => {
  it('fails with a configuration error that says what to fix when Discord rejects the token', async () => {
    const started = startDiscord(testContext(), { ...bot().discord.config, token: 'not-the-token' });

    await expect(started).rejects.toMatchObject({ code: 'config_invalid', message: expect.stringContaining('DISCORD_TOKEN was rejected') });
  });
});
