import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStores } from '../../../src/storage/memory/create-memory-stores.js';
import { createWatchService, type WatchService } from '../../../src/watch/watch-service.js';
import { testContext } from '../../helpers/context.js';
import { until } from '../../stand-ins/discord/discord-stand-in.js';
import type { InteractionRecord } from '../../stand-ins/discord/ledger.js';
import { IDS, MAINTAINER, MANAGER_PERMISSIONS } from '../../stand-ins/discord/payloads.js';
import { startGitHubStandIn, type GitHubStandIn } from '../../stand-ins/github.js';
import { watchConfig } from '../../src/watch/harness.js';
import { useHarness } from './harness.js';

const PYTHON = 'docker-library/python';
const stores = createMemoryStores();
const bot = useHarness((log) => ({ ...testContext(log), stores, clock: () => new Date() }));
const manager = (channelId: string = IDS.channel) => ({ channelId, permissions: MANAGER_PERMISSIONS });
const general = { platform: 'discord', channelId: IDS.channel } as const;
let github: GitHubStandIn;
let service: WatchService;

beforeAll(async () => {
  github = await startGitHubStandIn();
  github.addRepo(PYTHON);
  github.addRepo('docker-library/postgres');
  const { ctx, log, bot: discordBot } = bot();
  service = createWatchService(watchConfig(github.url), { catalog: ctx.catalog, log }, stores, discordBot.poster, { deliveryIdleMs: 20, delivery: { backoffMs: 20 } });
  service.start();
});

afterAll(async () => {
  await service.stop();
  await github.close();
});

async function answer(record: InteractionRecord) {
  const body = (await until(() => record.initial)).body;
  expect(body.type).toBe(4);
  expect(body.data?.flags).toBe(64);
  return { content: body.data?.content, embed: body.data?.embeds?.[0] };
}

/** The bot's message in a channel whose embed title contains `title`, once it is there. */
function postIn(channelId: string, title: string) {
  return until(() => bot().discord.history(channelId).find((stored) => stored.body.embeds?.[0]?.title?.includes(title) === true), 8_000);
}

describe('/baseimage watch, watching and unwatch', () => {
  it('watches postgres issues labelled bug for a member with Manage Channels', async () => {
    const { embed } = await answer(bot().discord.command('watch', { image: 'postgres', filters: 'issues +label:bug' }, manager()));

    expect(embed?.title).toBe('Watching postgres');
    expect(embed?.description).toContain('docker-library/postgres');
    expect(stores.subscriptions.forChannel(general)).toEqual([
      expect.objectContaining({ image: 'postgres', repo: 'docker-library/postgres', kinds: { issues: true, pulls: false, comments: false }, includeLabels: ['bug'], excludeLabels: [], createdBy: IDS.user, channelName: 'general' }),
    ]);
  });

  it('refuses a member without Manage Channels, and stores nothing', async () => {
    const { embed } = await answer(bot().discord.command('watch', { image: 'redis' }));

    expect(embed?.title).toBe('Not allowed');
    expect(embed?.description).toContain('Manage Channels');
    expect(stores.subscriptions.forChannel(general).map((s) => s.image)).not.toContain('redis');
  });

  it('lists what the channel watches, to anyone', async () => {
    const { embed } = await answer(bot().discord.command('watching'));

    expect(embed?.title).toBe('Watching');
    expect(embed?.fields).toContainEqual(expect.objectContaining({ name: 'postgres', value: expect.stringContaining('docker-library/postgres') }));
  });

  it('unwatches for a member with Manage Channels only', async () => {
    const refused = await answer(bot().discord.command('unwatch', { image: 'postgres' }));
    const done = await answer(bot().discord.command('unwatch', { image: 'postgres' }, manager()));

    expect(refused.embed?.title).toBe('Not allowed');
    expect(done.embed?.description).toContain('Stopped watching `postgres` here.');
    expect(stores.subscriptions.forChannel(general)).toEqual([]);
  });

  it('says what to grant first when the bot cannot post in the channel, and stores nothing', async () => {
    const { content } = await answer(bot().discord.command('watch', { image: 'python' }, manager(IDS.readOnlyChannel)));

    expect(content).toContain('give baseimage Send Messages here');
    expect(stores.subscriptions.forChannel({ platform: 'discord', channelId: IDS.readOnlyChannel })).toEqual([]);
  });
});

describe('/baseimage link-github', () => {
  it('ties the member to their GitHub handle and names the images they maintain', async () => {
    const { embed } = await answer(bot().discord.command('link-github', { handle: '@tianon' }, { user: MAINTAINER }));

    expect(embed?.title).toBe('GitHub handle linked');
    expect(embed?.description).toContain('Linked you to @tianon: pings about `bash`, `buildpack-deps`');
    expect(stores.userLinks.get('discord', IDS.maintainer)).toMatchObject({ handle: 'tianon' });
  });
});

describe('pings in a watched channel', () => {
  beforeAll(async () => {
    await answer(bot().discord.command('link-github', { handle: 'tianon' }, { user: MAINTAINER }));
    await answer(bot().discord.command('watch', { image: 'python' }, manager(IDS.newsChannel)));
  });

  it('posts a new issue of the image tracker, mentioning only the maintainer who linked their handle', async () => {
    const issue = github.addIssue(PYTHON, { title: 'pip is missing', body: 'In python:3.14-slim, @everyone', labels: [{ name: 'bug' }], author: 'octocat' });

    const posted = await postIn(IDS.newsChannel, 'pip is missing');

    expect(posted.body).toMatchObject({ content: `<@${IDS.maintainer}>`, allowed_mentions: { parse: [], users: [IDS.maintainer] }, enforce_nonce: true });
    expect(posted.pinged).toEqual([IDS.maintainer]);
    expect(posted.pingedEveryone).toBe(false);
    expect(posted.nonce).toMatch(/^[\w-]{22}$/);
    expect(posted.body.embeds?.[0]).toMatchObject({
      title: `${PYTHON}#${issue.number} pip is missing`,
      url: issue.html_url,
      description: 'In python:3.14-slim, @everyone',
      footer: { text: `baseimage · ${posted.nonce}` },
      fields: [{ name: 'Image', value: 'python' }, { name: 'Author', value: 'octocat' }, { name: 'Labels', value: 'bug' }],
    });
  });

  it('stores feedback given in another channel, answers with the tracker, and posts it to the watching channel', async () => {
    const { embed } = await answer(bot().discord.command('feedback', { image: 'python', text: 'pip is missing from the slim variant' }));

    expect(embed?.title).toMatch(/^Feedback on python/);
    expect(embed?.fields).toContainEqual(expect.objectContaining({ name: 'Shared with', value: '1 channel watching this image' }));
    const links = embed?.fields?.find((field) => field.name === 'Links')?.value ?? '';
    expect(links).toContain('[Tracker](https://github.com/docker-library/python/issues)');
    expect(links).toMatch(/\[Open a prefilled issue\]\(https:\/\/github\.com\/docker-library\/python\/issues\/new\?/);
    expect(stores.feedback.list('python', 1)).toEqual([expect.objectContaining({ ...general, userId: IDS.user, text: 'pip is missing from the slim variant' })]);
    const posted = await postIn(IDS.newsChannel, 'Feedback on python');
    expect(posted.body.embeds?.[0]?.description).toBe('pip is missing from the slim variant');
    expect(posted.pinged).toEqual([IDS.maintainer]);
    expect(bot().discord.history(IDS.channel).filter((stored) => stored.nonce !== null)).toEqual([]);
  });

  it('posts once when Discord took the post but the answer was lost: the retry reuses the nonce', async () => {
    bot().discord.state.loseAnswers = 1;

    github.addIssue(PYTHON, { title: 'answer lost on the way' });
    const posted = await postIn(IDS.newsChannel, 'answer lost on the way');
    await until(() => (stores.outbox.get(posted.nonce ?? '')?.state === 'done' ? true : null));

    const posts = bot().discord.rest.requests.filter((request) => request.method === 'POST' && request.body.includes(`"nonce":"${posted.nonce}"`));
    expect(posts.length).toBe(2);
    expect(bot().discord.history(IDS.newsChannel).filter((stored) => stored.nonce === posted.nonce)).toHaveLength(1);
  });
});

describe('channel commands in a mention', () => {
  function replyTo(messageId: string) {
    return until(() => bot().discord.state.channelMessages.find((message) => message.message_reference?.message_id === messageId));
  }

  it('gives feedback and lists what the channel watches from a mention, and keeps watch changes to the slash command', async () => {
    const given = bot().discord.say(`<@${IDS.bot}> feedback on redis: the healthcheck example is gone`);
    const listed = bot().discord.say(`<@${IDS.bot}> watching`);
    const changed = bot().discord.say(`<@${IDS.bot}> unwatch postgres`);

    expect((await replyTo(given)).embeds?.[0]?.title).toMatch(/^Feedback on redis/);
    expect(stores.feedback.list('redis', 1)).toEqual([expect.objectContaining({ ...general, userId: IDS.user, text: 'the healthcheck example is gone' })]);
    expect((await replyTo(listed)).embeds?.[0]?.title).toMatch(/^Watching/);
    expect((await replyTo(changed)).content).toBe('Watching is changed with the slash command, where Discord tells me your permissions: `/baseimage watch` or `/baseimage unwatch`.');
  });
});
