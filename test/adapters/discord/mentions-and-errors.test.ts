import { afterEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/types.js';
import { faults } from '../../stand-ins/http-stand-in.js';
import { STAND_IN_TOKEN, until } from '../../stand-ins/discord/discord-stand-in.js';
import { BOT_USER, IDS } from '../../stand-ins/discord/payloads.js';
import { testContext } from '../../helpers/context.js';
import { useHarness } from './harness.js';

/** The real catalog, except that looking up nginx fails as a bug would. */
function failingOnNginx(catalog: Catalog): Catalog {
  const broken = Object.create(catalog) as Catalog;
  broken.getImage = (name) => {
    if (name === 'nginx') throw new Error('catalog exploded');
    return catalog.getImage(name);
  };
  return broken;
}

const bot = useHarness((log) => {
  const ctx = testContext(log);
  return { ...ctx, catalog: failingOnNginx(ctx.catalog) };
});

afterEach(() => {
  bot().log.lines.length = 0;
});

function replyTo(messageId: string) {
  return until(() => bot().discord.state.channelMessages.find((message) => message.message_reference?.message_id === messageId));
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 150));
}

describe('mentions', () => {
  it('answers a message that mentions the bot with a reply to it, pinging no one', async () => {
    const messageId = bot().discord.say(`<@${IDS.bot}> where do I report a bug in redis?`);

    const posted = await replyTo(messageId);

    expect(posted.embeds?.[0]?.description).toContain('`redis`');
    expect(JSON.stringify(posted.embeds)).toContain('github.com/redis/docker-library-redis/issues');
    expect(posted).toMatchObject({ allowed_mentions: { parse: [], replied_user: false } });
    expect(posted.components ?? []).toEqual([]);
  });

  it('reads the older <@!id> form and answers a bare mention with help', async () => {
    const messageId = bot().discord.say(`<@!${IDS.bot}>`);

    const posted = await replyTo(messageId);

    expect(posted.embeds?.[0]?.description).toContain('Ask me something');
  });

  it('ignores messages that do not mention it, and messages from bots', async () => {
    const before = bot().discord.state.channelMessages.length;

    bot().discord.say('is python:3.13-slim clean?');
    bot().discord.say(`<@${IDS.bot}> is python official?`, { ...BOT_USER, id: '1400000000000000099', username: 'other-bot' });
    await settle();

    expect(bot().discord.state.channelMessages.length).toBe(before);
  });
});

describe('internal errors', () => {
  it('become a short ephemeral apology with a reference id, and one log line', async () => {
    const record = bot().discord.command('recommend', { image: 'nginx' });

    const body = (await until(() => record.initial)).body;

    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(64);
    expect(body.data?.components).toEqual([]);
    const embed = body.data?.embeds?.[0];
    expect(embed?.title).toBe('Something went wrong');
    expect(embed?.fields).toEqual([]);
    const errors = bot().log.lines.filter((line) => line.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('answer failed');
    const reference = (errors[0]?.data as { reference: string }).reference;
    expect(embed?.description).toContain(`reference ${reference}`);
  });

  it('in a mention, reply with the apology too', async () => {
    const messageId = bot().discord.say(`<@${IDS.bot}> which nginx tag should I use?`);

    const posted = await replyTo(messageId);

    expect(posted.embeds?.[0]?.title).toBe('Something went wrong');
    expect(bot().log.lines.filter((line) => line.level === 'error')).toHaveLength(1);
  });

  it('log a refused Discord call once, without the bot token or the interaction token', async () => {
    bot().discord.rest.inject((request) => request.path.includes('/callback'), faults.status(400, { code: 50035, message: 'Invalid Form Body' }));
    const record = bot().discord.command('help');
    bot().discord.state.ledger.excuse(record.id);

    await until(() => bot().log.lines.find((line) => line.message === 'discord interaction failed'));

    const logged = JSON.stringify(bot().log.lines);
    expect(bot().log.lines.filter((line) => line.level === 'error')).toHaveLength(1);
    expect(logged).toContain('50035');
    expect(logged).not.toContain(record.token);
    expect(logged).not.toContain(STAND_IN_TOKEN);
  });
});
