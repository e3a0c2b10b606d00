import { describe, expect, it } from 'vitest';
import { testContext } from '../helpers/context.js';
import { caller, chatContext, runNamed as run } from '../src/feedback/chat-context.js';

describe('watch, unwatch, watching', () => {
  it('subscribes the channel to the image tracker with kinds and label filters', async () => {
    const ctx = chatContext();

    const answer = await run(ctx, 'watch', { image: 'postgres', filters: 'issues comments +label:bug -label:wontfix' });

    expect(answer.summary).toBe('Watching `postgres`: new issues, comments; labelled bug; not wontfix on docker-library/postgres, and feedback given through me, will be posted here.');
    expect(ctx.stores.subscriptions.forChannel({ platform: 'slack', channelId: 'C1' })).toEqual([
      {
        platform: 'slack', channelId: 'C1', channelName: 'builds', image: 'postgres', repo: 'docker-library/postgres',
        kinds: { issues: true, pulls: false, comments: true }, includeLabels: ['bug'], excludeLabels: ['wontfix'], createdBy: 'U1', createdAt: '2026-11-23T12:00:00.000Z',
      },
    ]);
  });

  it('says clearly when the tracker is not on GitHub', async () => {
    const ctx = chatContext();

    const answer = await run(ctx, 'watch', { image: 'ubuntu' });

    expect(answer.verdict).toBe('warning');
    expect(answer.summary).toBe('Watching `ubuntu` for feedback only: its tracker (https://bugs.launchpad.net/cloud-images) is not on GitHub, so I cannot post its activity here.');
    expect(ctx.stores.subscriptions.repos()).toEqual([]);
  });

  it('lets only channel managers watch or unwatch, and says so', async () => {
    const member = chatContext(caller({ manager: false, platform: 'discord' }));

    const refused = await run(member, 'watch', { image: 'python' });
    const unwatch = await run(member, 'unwatch', { image: 'python' });

    expect(refused.summary).toBe('Only members who can manage this channel can `watch` for it (members with the Manage Channels permission). Anyone can give `feedback`.');
    expect(unwatch.title).toBe('Not allowed');
    expect(member.stores.subscriptions.repos()).toEqual([]);
  });

  it('lists what the channel watches and stops watching', async () => {
    const ctx = chatContext();
    await run(ctx, 'watch', { image: 'node.js', filters: 'prs' });
    await run(ctx, 'watch', { image: 'ubuntu' });

    const listed = await run(ctx, 'watching', {});
    const removed = await run(ctx, 'unwatch', { image: 'node' });
    const again = await run(ctx, 'unwatch', { image: 'node' });

    expect(listed.facts).toEqual([
      { label: 'node', value: 'nodejs/docker-node: pull requests' },
      { label: 'ubuntu', value: 'feedback only (tracker not on GitHub)' },
    ]);
    expect([removed.summary, again.summary]).toEqual(['Stopped watching `node` here.', 'This channel was not watching `node`.']);
    expect((await run(ctx, 'watching', {})).facts.map((fact) => fact.label)).toEqual(['ubuntu']);
  });

  it('rejects an unknown filter word and works only in a chat channel', async () => {
    expect((await run(chatContext(), 'watch', { image: 'python', filters: 'issues +bug' })).summary).toBe('I do not understand `+bug`: use issues, pulls, comments, +label:NAME or -label:NAME.');
    expect((await run(testContext(), 'watching', {})).summary).toBe('`watching` works in a Slack or Discord channel: run it there.');
  });
});

describe('link-github', () => {
  it('links a valid handle and names the images it maintains', async () => {
    const ctx = chatContext();

    const answer = await run(ctx, 'link-github', { handle: '@yosifkit' });

    expect(answer.summary).toMatch(/^Linked you to @yosifkit: pings about `.*` and \d+ more will mention you\.$/);
    expect(ctx.stores.userLinks.get('slack', 'U1')?.handle).toBe('yosifkit');
  });

  it.each(['-tianon', 'tia--non', 'a'.repeat(40), 'tianon!', ''])('refuses the handle %j', async (handle) => {
    const answer = await run(chatContext(), 'link-github', { handle });

    expect(answer.summary).toMatch(/^handle: a GitHub handle has letters, digits and single hyphens/);
  });
});
