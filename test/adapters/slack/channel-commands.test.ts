import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHECKING_TEXT } from '../../../adapters/slack/channel-commands.js';
import { PING_EVENT } from '../../../adapters/slack/poster.js';
import { createMemoryStores } from '../../../src/storage/memory/create-memory-stores.js';
import type { Stores } from '../../../src/storage/types.js';
import { createWatchService, type WatchService } from '../../../src/watch/watch-service.js';
import { startGitHubStandIn, type GitHubStandIn } from '../../stand-ins/github.js';
import { CHANNEL_ID, directMessage, DM_CHANNEL_ID, mention, slashCommand, USER_ID } from '../../stand-ins/slack/payloads.js';
import { BOT_SCOPES, type PostedMessage } from '../../stand-ins/slack/slack-stand-in.js';
import { until, watch, watchConfig } from '../../src/watch/harness.js';
import { addChannel, eventually, expectCleanRun, PEOPLE, startHarness, type Harness } from './harness.js';

const { admin: ADMIN, creator: CREATOR, member: MEMBER, maintainer: MAINTAINER } = PEOPLE;
const stores: Stores = createMemoryStores();
let h: Harness;
let github: GitHubStandIn;
let service: WatchService | null = null;

beforeAll(async () => {
  [h, github] = await Promise.all([startHarness({ mode: 'socket', stores }), startGitHubStandIn()]);
  for (const repo of ['docker-library/python', 'docker-library/postgres', 'docker-library/mysql', 'docker-library/golang']) github.addRepo(repo);
});

afterAll(async () => {
  await service?.stop();
  await Promise.all([h.close(), github.close()]);
});

afterEach(async () => {
  await service?.stop();
  service = null;
  h.stand.scopes = new Set(BOT_SCOPES);
  expectCleanRun(h);
});

function channel(id: string, name: string): string {
  return addChannel(h.stand, id, name);
}

/** `/baseimage <text>` typed by `user` in `channelId`; resolves with the ack and the response_url it came with. */
async function slash(text: string, user: string, channelId: string) {
  const responseUrl = h.stand.responseUrl();
  const extra = { user_id: user, user_name: h.stand.users.get(user)?.name ?? user, channel_name: h.stand.channels.get(channelId)?.name ?? 'general' };
  const ack = await h.stand.socket.send('slash_commands', slashCommand(text, responseUrl, channelId, extra));
  return { ack, text: JSON.stringify(ack.payload), responseUrl };
}

/** The answer that replaced the "checking" note. */
async function finalAnswer(responseUrl: string): Promise<{ body: Record<string, unknown>; text: string }> {
  const response = await eventually(() => h.stand.responses.find((r) => responseUrl.endsWith(`/${r.id}`)));
  return { body: response.body, text: JSON.stringify(response.body) };
}

function images(channelId: string): string[] {
  return stores.subscriptions.forChannel({ platform: 'slack', channelId }).map((s) => s.image);
}

function startWatcher(): void {
  service = createWatchService(watchConfig(github.url), { catalog: h.ctx.catalog, log: h.ctx.log }, stores, h.slack.poster, { delivery: { backoffMs: 20 }, deliveryIdleMs: 20 });
  service.start();
}

function pingsIn(channelId: string): PostedMessage[] {
  return h.stand.messages.filter((m) => m.channel === channelId && (m.metadata as { event_type?: string } | undefined)?.event_type === PING_EVENT);
}

describe('watch and unwatch from /baseimage', () => {
  it('lets a workspace admin watch an image with filters: a note at once, replaced by the answer', async () => {
    const where = channel('C0ADMINS', 'docker-images');

    const { ack, responseUrl } = await slash('watch postgres issues +label:bug', ADMIN, where);

    expect(ack.ms).toBeLessThan(500);
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: CHECKING_TEXT });
    const final = await finalAnswer(responseUrl);
    expect(final.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(final.text).toContain('Watching `postgres`: new issues');
    expect(final.text).not.toContain('share_answer');
    expect(stores.subscriptions.forChannel({ platform: 'slack', channelId: where })).toEqual([
      expect.objectContaining({ image: 'postgres', repo: 'docker-library/postgres', channelName: 'docker-images', createdBy: ADMIN, kinds: { issues: true, pulls: false, comments: false }, includeLabels: ['bug'] }),
    ]);
    expect(h.stand.callsTo('users.info').map((call) => call.args.user)).toContain(ADMIN);
  });

  it("lets the channel's creator watch it", async () => {
    const where = channel('C0CREATED', 'builds');

    const { responseUrl } = await slash('watch golang', CREATOR, where);

    expect((await finalAnswer(responseUrl)).text).toContain('Watching `golang`');
    expect(images(where)).toEqual(['golang']);
    expect(h.stand.callsTo('conversations.info').some((call) => call.args.channel === where)).toBe(true);
  });

  it('will not watch a private channel it was not invited to, nor a DM between people, and says how to fix it', async () => {
    h.stand.channels.set('G0PRIVATE', { name: 'secret-builds', is_private: true, creator: ADMIN });
    h.stand.channels.set('D0NOTWITHBOT', { is_im: true, between_people: true });

    const hidden = await finalAnswer((await slash('watch redis', ADMIN, 'G0PRIVATE')).responseUrl);
    const between = await finalAnswer((await slash('watch redis', ADMIN, 'D0NOTWITHBOT')).responseUrl);
    h.stand.members.add('G0PRIVATE');
    const invited = await finalAnswer((await slash('watch redis', ADMIN, 'G0PRIVATE')).responseUrl);

    expect(hidden.text).toContain('invite me first (`/invite @baseimage`)');
    expect(between.text).toContain('direct messages between people cannot be watched');
    expect(images('D0NOTWITHBOT')).toEqual([]);
    expect(invited.text).toContain('Watching `redis`');
    expect(images('G0PRIVATE')).toEqual(['redis']);
  });

  it('refuses a plain member, says who may, and stores nothing', async () => {
    const where = channel('C0MEMBERS', 'team');

    const { responseUrl } = await slash('watch mysql', MEMBER, where);

    const final = await finalAnswer(responseUrl);
    expect(final.text).toContain('Only members who can manage this channel can `watch` for it (workspace admins and owners, and the channel’s creator)');
    expect(images(where)).toEqual([]);
  });

  it('lists what the channel watches in the acknowledgement itself, and stops watching on unwatch by a manager only', async () => {
    const where = channel('C0LISTED', 'listed');
    await finalAnswer((await slash('watch mysql', ADMIN, where)).responseUrl);
    await finalAnswer((await slash('watch golang pulls', ADMIN, where)).responseUrl);

    const listed = await slash('watching', MEMBER, where);
    const refused = await finalAnswer((await slash('unwatch mysql', MEMBER, where)).responseUrl);
    const removed = await finalAnswer((await slash('unwatch mysql', CREATOR, where)).responseUrl);

    expect(listed.text).toContain('This channel watches 2 images.');
    expect(listed.text).toContain('docker-library/golang: pull requests');
    expect(h.stand.responses.some((r) => listed.responseUrl.endsWith(`/${r.id}`))).toBe(false);
    expect(refused.text).toContain('Only members who can manage this channel can `unwatch`');
    expect(removed.text).toContain('Stopped watching `mysql` here.');
    expect(images(where)).toEqual(['golang']);
  });

  it("asks Slack about a user once within a few minutes, whatever the user's commands", async () => {
    const where = channel('C0CACHED', 'cached');
    const asked = () => h.stand.callsTo('users.info').filter((call) => call.args.user === MEMBER).length;
    await finalAnswer((await slash('watch python', MEMBER, where)).responseUrl);
    const before = asked();

    await finalAnswer((await slash('watch postgres', MEMBER, where)).responseUrl);
    await finalAnswer((await slash('unwatch postgres', MEMBER, where)).responseUrl);

    expect(before).toBeGreaterThanOrEqual(1);
    expect(asked()).toBe(before);
  });

  it('refuses when Slack cannot say who may manage the channel (scopes missing), and logs the codes only', async () => {
    const where = channel('C0NOSCOPE', 'no-scope');
    h.stand.scopes.delete('users:read');
    h.stand.scopes.delete('channels:read');

    const final = await finalAnswer((await slash('watch python', 'U0NEWCOMER', where)).responseUrl);

    expect(final.text).toContain('Only members who can manage this channel');
    expect(images(where)).toEqual([]);
    const failures = h.logLines.filter((line) => line.includes('"slack call failed"') && line.includes('missing_scope'));
    expect([...new Set(failures.map((line) => JSON.parse(line).call as string))].sort()).toEqual(['conversations.info', 'users.info']);
  });
});

describe('feedback, link-github and pings in Slack channels', () => {
  it('stores feedback with who and where, answers with the tracker and a prefilled issue, and pings the watching channel mentioning the linked maintainer', async () => {
    const watching = channel('C0PYTHON', 'python-image');
    const maintainers = h.ctx.catalog.getImage('python')!.maintainers.map((m) => m.handle);
    const linked = await slash(`link-github ${maintainers[0]}`, MAINTAINER, CHANNEL_ID);
    await finalAnswer((await slash('watch python', ADMIN, watching)).responseUrl);
    startWatcher();

    const given = await slash('feedback python pip is missing', USER_ID, CHANNEL_ID);

    expect(linked.text).toContain(`Linked you to @${maintainers[0]}: pings about`);
    expect(given.ack.ms).toBeLessThan(500);
    expect(given.text).toContain('Thanks, saved.');
    expect(given.text).toContain('https://github.com/docker-library/python/issues');
    expect(given.text).toContain('Open a prefilled issue');
    expect(given.text).toContain('1 channel watching this image');
    expect(stores.feedback.list('python', 1)).toEqual([
      expect.objectContaining({ platform: 'slack', userId: USER_ID, userName: 'asker', channelId: CHANNEL_ID, channelName: 'general', text: 'pip is missing' }),
    ]);
    const [ping] = await eventually(() => pingsIn(watching).length === 1 && pingsIn(watching));
    expect(String(ping?.text)).toMatch(new RegExp(`^<@${MAINTAINER}> Feedback on python from asker: pip is missing`));
    expect(JSON.stringify(ping?.blocks)).toMatch(/Feedback on python \(\w+\) from asker in #general/);
  });

  it('posts a new GitHub issue of a watched repository to the channel once, linked, with the maintainer mentioned', async () => {
    const watching = channel('C0PYISSUES', 'python-issues');
    await finalAnswer((await slash('watch python issues', ADMIN, watching)).responseUrl);
    await slash('link-github tianon', MAINTAINER, CHANNEL_ID);
    startWatcher();

    const issue = github.addIssue('docker-library/python', { title: 'pip is missing in 3.14-slim', labels: [{ name: 'bug' }], author: 'ana' });

    const [ping] = await eventually(() => pingsIn(watching).length === 1 && pingsIn(watching));
    expect(String(ping?.text)).toContain(`<@${MAINTAINER}>`);
    expect(JSON.stringify(ping?.blocks)).toContain(`<${issue.html_url}|docker-library/python#${issue.number} pip is missing in 3.14-slim>`);
    expect(JSON.stringify(ping?.blocks)).toContain('by <https://github.com/ana|@ana>');
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(pingsIn(watching)).toHaveLength(1);
  });

  it('posts once when Slack took the post but the answer was lost: the retry finds it in the history', async () => {
    const watching = channel('C0ONCE', 'once');
    watch(stores, 'mysql', 'docker-library/mysql', { channelId: watching });
    h.stand.fail('chat.postMessage', 'drop-answer');
    startWatcher();

    github.addIssue('docker-library/mysql', { title: 'answer lost' });

    await eventually(() => h.stand.callsTo('conversations.history').some((call) => call.args.channel === watching));
    await until(() => stores.outbox.counts().pending + stores.outbox.counts().in_flight === 0, 5_000, 'the outbox to settle');
    expect(pingsIn(watching)).toHaveLength(1);
    expect(h.stand.callsTo('chat.postMessage').filter((call) => call.args.channel === watching)).toHaveLength(1);
    expect(h.stand.callsTo('conversations.history').find((call) => call.args.channel === watching)?.args).toMatchObject({ include_all_metadata: 'true' });
  });

  it('gives up on an archived channel after one refused post', async () => {
    const archived = 'C0ARCHIVED';
    h.stand.channels.set(archived, { name: 'old', is_archived: true });
    h.stand.members.add(archived);
    watch(stores, 'golang', 'docker-library/golang', { channelId: archived });
    const dead = stores.outbox.counts().dead;
    startWatcher();

    github.addIssue('docker-library/golang', { title: 'nobody will read this' });

    await until(() => stores.outbox.counts().dead === dead + 1, 5_000, 'the entry to be given up');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.stand.callsTo('chat.postMessage').filter((call) => call.args.channel === archived)).toHaveLength(1);
    expect(h.logLines.some((line) => line.includes('"ping post given up"') && line.includes(archived))).toBe(true);
  });
});

describe('channel commands in mentions and direct messages', () => {
  it('answers @baseimage watching in a thread under the mention', async () => {
    const where = channel('C0THREAD', 'thread');
    await finalAnswer((await slash('watch postgres', ADMIN, where)).responseUrl);
    const event = mention('watching', { channel: where, user: MEMBER });
    const ts = (event.event as { ts: string }).ts;

    await h.stand.socket.send('events_api', event);

    const call = await eventually(() => h.stand.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));
    expect(call.args.channel).toBe(where);
    expect(JSON.stringify(call.args.blocks)).toContain('This channel watches 1 image.');
  });

  it('takes feedback from a mention with the names Slack gives for the user and channel', async () => {
    const event = mention('feedback postgres the image is too big', { channel: CHANNEL_ID });
    const ts = (event.event as { ts: string }).ts;

    await h.stand.socket.send('events_api', event);

    const call = await eventually(() => h.stand.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));
    expect(JSON.stringify(call.args.blocks)).toContain('Thanks, saved.');
    expect(stores.feedback.list('postgres', 1)).toEqual([expect.objectContaining({ userId: USER_ID, userName: 'asker', channelName: 'general', text: 'the image is too big' })]);
  });

  it('lets anyone watch from their direct messages with the bot, without asking Slack about the conversation', async () => {
    await h.stand.socket.send('events_api', directMessage('watch python'));

    const call = await eventually(() => h.stand.callsTo('chat.postMessage').find((c) => c.args.channel === DM_CHANNEL_ID && JSON.stringify(c.args.blocks).includes('Watching `python`')));
    expect(call.args.thread_ts).toBeUndefined();
    expect(images(DM_CHANNEL_ID)).toEqual(['python']);
    expect(h.stand.callsTo('conversations.info').filter((c) => c.args.channel === DM_CHANNEL_ID)).toEqual([]);
  });
});
