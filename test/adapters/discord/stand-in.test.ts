import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordStandIn, type DiscordStandIn } from '../../stand-ins/discord/discord-stand-in.js';
import { INITIAL_RESPONSE_MS } from '../../stand-ins/discord/ledger.js';

let discord: DiscordStandIn;

beforeAll(async () => {
  discord = await startDiscordStandIn();
});

afterAll(async () => {
  await discord.close();
});

async function post(path: string, body: unknown, method = 'POST'): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${discord.apiUrl}/v10${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: response.status === 204 ? null : await response.json() };
}

function callback(record: { id: string; token: string }, body: unknown) {
  return post(`/interactions/${record.id}/${record.token}/callback`, body);
}

/** The stand-in catches what discord.js lets through: each breach is answered as Discord would and recorded. */
describe('the Discord stand-in', () => {
  it('answers one initial response with a bare 204 and refuses a second with 40060', async () => {
    const record = discord.command('help');

    const first = await callback(record, { type: 4, data: { content: 'hi' } });
    const second = await callback(record, { type: 4, data: { content: 'again' } });

    expect(first).toEqual({ status: 204, body: null });
    expect(second).toMatchObject({ status: 400, body: { code: 40060 } });
    expect(discord.violations.splice(0)).toEqual([`second initial response to interaction ${record.id}`]);
  });

  it('refuses embeds over 6,000 characters in all with 50035', async () => {
    const record = discord.command('help');
    const embed = { description: 'x'.repeat(4_000), fields: [{ name: 'n', value: 'v'.repeat(1_024) }, { name: 'm', value: 'w'.repeat(1_024) }] };

    const result = await callback(record, { type: 4, data: { embeds: [embed] } });

    expect(result).toMatchObject({ status: 400, body: { code: 50035 } });
    discord.state.ledger.excuse(record.id);
    expect(discord.violations.splice(0)).toEqual([expect.stringContaining('embeds total 6050 characters (max 6000)')]);
  });

  it('refuses more than 25 autocomplete choices', async () => {
    const record = discord.autocomplete('recommend', { image: 'p' }, 'image');
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));

    const result = await callback(record, { type: 8, data: { choices } });

    expect(result.status).toBe(400);
    discord.state.ledger.excuse(record.id);
    expect(discord.violations.splice(0)).toEqual([expect.stringContaining('26 choices (max 25)')]);
  });

  it('refuses an edit of the original response before any initial response', async () => {
    const record = discord.command('help');

    const result = await post(`/webhooks/${discord.config.applicationId}/${record.token}/messages/%40original`, { content: 'early' }, 'PATCH');

    expect(result).toMatchObject({ status: 404, body: { code: 10015 } });
    discord.state.ledger.excuse(record.id);
    expect(discord.violations.splice(0)).toEqual(['edit before an initial response']);
  });

  it('records an interaction that got no initial response within 3 s, and refuses a late one with 10062', async () => {
    const record = discord.command('help');
    await new Promise((resolve) => setTimeout(resolve, INITIAL_RESPONSE_MS + 100));

    const late = await callback(record, { type: 5, data: { flags: 64 } });

    expect(late).toMatchObject({ status: 404, body: { code: 10062 } });
    expect(discord.violations.splice(0)).toEqual([
      `interaction ${record.id} (type 2) got no initial response within 3 s`,
      expect.stringMatching(new RegExp(`^initial response to interaction ${record.id} after \\d+ ms$`)),
    ]);
  });

  it('needs the bot token on bot routes', async () => {
    const result = await fetch(`${discord.apiUrl}/v10/gateway/bot`);

    expect(result.status).toBe(401);
  });
});
