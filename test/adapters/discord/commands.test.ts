import { describe, expect, it } from 'vitest';
import { SUBCOMMANDS } from '../../../adapters/discord/subcommands.js';
import { STAND_IN_TOKEN, until } from '../../stand-ins/discord/discord-stand-in.js';
import type { InteractionRecord } from '../../stand-ins/discord/ledger.js';
import { useHarness } from './harness.js';

const EPHEMERAL = 64;
const REPLY = 4;

const bot = useHarness();

async function initial(record: InteractionRecord) {
  return (await until(() => record.initial)).body;
}

function shareId(body: Awaited<ReturnType<typeof initial>>): string {
  const row = body.data?.components?.[0] as { components: { custom_id: string }[] } | undefined;
  return row?.components[0]?.custom_id ?? '';
}

describe('/baseimage subcommands over the gateway', () => {
  it('answers recommend at once, ephemerally, with an embed and a Share button', async () => {
    const body = await initial(bot().discord.command('recommend', { image: 'python' }));

    expect(body.type).toBe(REPLY);
    expect(body.data?.flags).toBe(EPHEMERAL);
    expect(body.data?.embeds?.[0]).toMatchObject({ title: 'python: which tag to use', footer: { text: 'official-images 37079fb · 2026-08-21' } });
    expect(body.data?.embeds?.[0]?.description).toContain('`python:3.14-slim`');
    expect(shareId(body)).toMatch(/^share:/);
  });

  it('reads synonyms in options: postgresql is postgres', async () => {
    const body = await initial(bot().discord.command('tags', { image: 'postgresql', version: '16' }));

    expect(body.data?.embeds?.[0]?.title).toContain('postgres');
  });

  it.each(SUBCOMMANDS.map((entry) => entry.command.name))('answers /baseimage %s within the limits', async (name) => {
    const values: Record<string, string> = { question: 'is nginx official?', image: 'redis', a: 'python:3.13', b: 'python:3.13-slim', query: 'database' };
    const entry = SUBCOMMANDS.find((candidate) => candidate.command.name === name);
    const options = Object.fromEntries((entry?.options ?? []).filter((option) => option.required).map((option) => [option.name, values[option.name] ?? 'x']));

    const body = await initial(bot().discord.command(name, options));

    expect(body.type).toBe(REPLY);
    expect(body.data?.embeds).toHaveLength(1);
  });

  it('keeps the longest replies within the limits: all tags of tomee, a Dockerfile with 40 FROM lines', async () => {
    const dockerfile = Array.from({ length: 40 }, (_, i) => `FROM ${['python:3.13-slim', 'node:22', 'openjdk:8', 'bitnami/redis:7'][i % 4]} AS stage${i}`).join('\n');

    const tags = await initial(bot().discord.command('tags', { image: 'tomee' }));
    const review = await initial(bot().discord.command('ask', { question: dockerfile }));

    expect(tags.data?.embeds?.[0]?.fields?.length).toBeGreaterThan(3);
    expect(review.data?.embeds?.[0]?.title).toBeTruthy();
  });

  it('turns invalid input into a short answer, not an error', async () => {
    const body = await initial(bot().discord.command('clean', { image: 'python', platform: 'not a platform' }));

    expect(body.data?.embeds?.[0]?.description).toContain('platform');
  });

  it('says so for a subcommand it does not know', async () => {
    const body = await initial(bot().discord.command('subscribe', { image: 'python' }));

    expect(body).toMatchObject({ type: REPLY, data: { content: 'I do not know that command: try `/baseimage help`.', flags: EPHEMERAL } });
  });
});

describe('the Share button', () => {
  it('posts the same answer visibly, naming who shared it and pinging no one', async () => {
    const answer = await initial(bot().discord.command('recommend', { image: 'node' }));

    const shared = await initial(bot().discord.click(shareId(answer)));

    expect(shared.type).toBe(REPLY);
    expect(shared.data?.flags ?? 0).toBe(0);
    expect(shared.data?.content).toBe('Shared by <@1400000000000000005>');
    expect(shared.data?.embeds).toEqual(answer.data?.embeds);
    expect(shared.data).toMatchObject({ allowed_mentions: { parse: [] } });
  });

  it('says the answer expired when it is no longer kept', async () => {
    const shared = await initial(bot().discord.click('share:gone'));

    expect(shared).toMatchObject({ type: REPLY, data: { content: 'This answer has expired: ask again.', flags: EPHEMERAL } });
  });
});

describe('autocomplete', () => {
  it.each([
    ['recommend', { image: 'postgresql' }, 'image', 'postgres'],
    ['recommend', { image: 'node.js' }, 'image', 'node'],
    ['tags', { image: 'pyhton' }, 'image', 'python'],
    ['official', { image: 'ngi' }, 'image', 'nginx'],
    ['clean', { image: 'postgresql:16' }, 'image', 'postgres:16'],
    ['compare', { a: 'python:3.13', b: 'python:3.13-sl' }, 'b', 'python:3.13-slim'],
    ['tags', { image: 'python', version: '3.1' }, 'version', '3.1'],
    ['recommend', { image: 'node', variant: 'al' }, 'variant', 'alpine'],
    ['watch', { image: 'postgresql' }, 'image', 'postgres'],
    ['unwatch', { image: 'pyhton' }, 'image', 'python'],
    ['feedback', { image: 'node.js', text: 'npm is old' }, 'image', 'node'],
  ])('answers %s %j (%s) with type 8 and at most 25 choices', async (subcommand, options, focused, expected) => {
    const body = await initial(bot().discord.autocomplete(subcommand, options, focused));

    expect(body.type).toBe(8);
    const choices = body.data?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(String(choices[0]?.value)).toContain(expected);
  });

  it('answers 25 choices for an empty image option, well within 3 s', async () => {
    const record = bot().discord.autocomplete('recommend', { image: '' }, 'image');

    await until(() => record.initial);

    expect(record.initial?.body.data?.choices).toHaveLength(25);
    expect(record.initial?.afterMs).toBeLessThan(500);
  });

  it('answers no choices for an option without suggestions', async () => {
    const body = await initial(bot().discord.autocomplete('ask', { question: 'is py' }, 'question'));

    expect(body).toEqual({ type: 8, data: { choices: [] } });
  });
});

describe('logging', () => {
  it('never writes the bot token', () => {
    expect(JSON.stringify(bot().log.lines)).not.toContain(STAND_IN_TOKEN);
  });
});
