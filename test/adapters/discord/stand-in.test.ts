import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NONCE_WINDOW_MS } from '../../stand-ins/discord/channels.js';
import { STAND_IN_TOKEN, startDiscordStandIn, type DiscordStandIn } from '../../stand-ins/discord/discord-stand-in.js';
import { INITIAL_RESPONSE_MS } from '../../stand-ins/discord/ledger.js';
import { IDS } from '../../stand-ins/discord/payloads.js';

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

/** The fields read of a message object or an error body. */
type Json = { id?: string; nonce?: string; code?: number; content?: string };

/** A bot call: `POST /channels/{id}/messages` with `body`, or `GET` its history (a list) with `query`. */
async function channel(id: string, body: object | null, query = ''): Promise<{ status: number; body: Json & Json[] }> {
  const init = body === null ? {} : { method: 'POST', body: JSON.stringify(body) };
  const response = await fetch(`${discord.apiUrl}/v10/channels/${id}/messages${query}`, { ...init, headers: { 'content-type': 'application/json', authorization: `Bot ${STAND_IN_TOKEN}` } });
  return { status: response.status, body: (await response.json()) as Json & Json[] };
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

/** Channel messages as Discord creates and lists them. */
describe('the Discord stand-in channels', () => {
  it('answers a nonce repeated with enforce_nonce within the window with the earlier message', async () => {
    const first = await channel(IDS.newsChannel, { content: 'one', nonce: 'n-1', enforce_nonce: true });
    const again = await channel(IDS.newsChannel, { content: 'one again', nonce: 'n-1', enforce_nonce: true });

    expect(first).toMatchObject({ status: 200, body: { nonce: 'n-1' } });
    expect(again.body.id).toBe(first.body.id);
    expect(discord.history(IDS.newsChannel).filter((stored) => stored.nonce === 'n-1')).toHaveLength(1);
  });

  it('creates a new message for a repeated nonce without enforce_nonce, or once the window has passed', async () => {
    await channel(IDS.newsChannel, { content: 'two', nonce: 'n-2' });
    await channel(IDS.newsChannel, { content: 'two', nonce: 'n-2' });
    await channel(IDS.newsChannel, { content: 'three', nonce: 'n-3', enforce_nonce: true });
    discord.state.now = () => Date.now() + NONCE_WINDOW_MS;
    await channel(IDS.newsChannel, { content: 'three', nonce: 'n-3', enforce_nonce: true });
    discord.state.now = Date.now;

    expect(discord.history(IDS.newsChannel).filter((stored) => stored.nonce === 'n-2')).toHaveLength(2);
    expect(discord.history(IDS.newsChannel).filter((stored) => stored.nonce === 'n-3')).toHaveLength(2);
  });

  it('lists the history newest first, up to the limit, without nonces', async () => {
    const list = await channel(IDS.newsChannel, null, '?limit=2');

    expect(list.status).toBe(200);
    expect(list.body.map((message) => message.content)).toEqual(['three', 'three']);
    expect(list.body.some((message) => 'nonce' in message)).toBe(false);
  });

  it.each([
    [IDS.goneChannel, 404, 10003],
    [IDS.hiddenChannel, 403, 50001],
    [IDS.readOnlyChannel, 403, 50013],
  ])('refuses a post in channel %s with %i %i', async (id, status, code) => {
    const result = await channel(id, { content: 'hello' });

    expect(result).toMatchObject({ status, body: { code } });
    expect(discord.violations).toEqual([]);
  });

  it('lists no history without Read Message History', async () => {
    await channel(IDS.noHistoryChannel, { content: 'posted' });

    const list = await channel(IDS.noHistoryChannel, null);

    expect(list).toEqual({ status: 200, body: [] });
  });

  it('refuses an empty message, a long nonce and a mention type both parsed and listed', async () => {
    const empty = await channel(IDS.newsChannel, { content: '' });
    const nonce = await channel(IDS.newsChannel, { content: 'x', nonce: 'n'.repeat(26) });
    const mentions = await channel(IDS.newsChannel, { content: '<@1>', allowed_mentions: { parse: ['users'], users: ['1'] } });

    expect([empty, nonce, mentions].map((result) => result.body.code)).toEqual([50006, 50035, 50035]);
    expect(discord.violations.splice(0)).toEqual([
      'channel message: empty message',
      'channel message: nonce is 26 characters (max 25)',
      'channel message: allowed_mentions: parse users and a users list are mutually exclusive',
    ]);
  });
});
