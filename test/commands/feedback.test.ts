import { describe, expect, it } from 'vitest';
import type { Ping } from '../../src/watch/ping.js';
import { testContext } from '../helpers/context.js';
import { caller, chatContext, runNamed as run } from '../src/feedback/chat-context.js';

describe('feedback', () => {
  it('stores who, where, when, image and text, and routes packaging problems to the image tracker', async () => {
    const ctx = chatContext();

    const answer = await run(ctx, 'feedback', { image: 'postgres', text: 'docker-entrypoint.sh ignores POSTGRES_PASSWORD_FILE' });

    expect(answer.title).toBe('Feedback on postgres: the image’s packaging');
    expect(answer.summary).toContain('https://github.com/docker-library/postgres/issues');
    expect(answer.links[0]?.url).toMatch(/^https:\/\/github\.com\/docker-library\/postgres\/issues\/new\?title=docker-entrypoint\.sh%20ignores%20POSTGRES_PASSWORD_FILE&body=/);
    expect(ctx.stores.feedback.list('postgres', 5)).toEqual([
      { id: 1, platform: 'slack', channelId: 'C1', channelName: 'builds', userId: 'U1', userName: 'ana', image: 'postgres', text: 'docker-entrypoint.sh ignores POSTGRES_PASSWORD_FILE', route: 'packaging', createdAt: '2026-11-23T12:00:00.000Z' },
    ]);
  });

  it.each([
    ['python', 'the interpreter segfaults on a list comprehension', 'the upstream software', 'https://github.com/python/cpython/issues/new?title='],
    ['python', 'Trivy finds CVE-2025-12345 in libexpat with no fix in Debian', 'the distribution', 'https://security-tracker.debian.org/tracker/CVE-2025-12345'],
    ['alpine', 'grype flags CVE-2025-1111 in busybox', 'the distribution', 'https://security.alpinelinux.org/vuln/CVE-2025-1111'],
    ['node', 'grype flags CVE-2025-1111 in perl', 'the distribution', 'https://security-tracker.debian.org/tracker/CVE-2025-1111'],
    ['mysql', 'the Docker Hub description lists retired tags', 'the Official Images program', 'https://github.com/docker-library/official-images/issues/new?title='],
  ])('%s: %s → %s', async (image, text, belongs, url) => {
    const answer = await run(chatContext(), 'feedback', { image, text });

    expect(answer.facts[0]).toEqual({ label: 'Belongs to', value: belongs });
    expect(answer.links.some((link) => link.url.startsWith(url))).toBe(true);
  });

  it('posts the feedback to every channel watching the image, the one it was given in too, mentioning linked maintainers', async () => {
    const ctx = chatContext(caller({ channelId: 'C9', channelName: 'help' }));
    await run(chatContext(caller({ channelId: 'C1' }), ctx.stores), 'watch', { image: 'python' });
    await run(chatContext(caller({ platform: 'discord', channelId: '42', userId: '7' }), ctx.stores), 'watch', { image: 'python', filters: 'issues' });
    await run(chatContext(caller({ channelId: 'C9' }), ctx.stores), 'watch', { image: 'python' });
    await run(chatContext(caller({ platform: 'discord', userId: '7' }), ctx.stores), 'link-github', { handle: '@yosifkit' });

    const answer = await run(ctx, 'feedback', { image: 'python', text: 'the slim variant lacks tzdata' });
    const claimed = ctx.stores.outbox.claimDue(ctx.clock().getTime(), 10);

    expect(answer.facts[1]).toEqual({ label: 'Shared with', value: '3 channels watching this image' });
    expect(claimed.map((entry) => [entry.platform, entry.channelId, (entry.payload as Ping).mentionUserIds])).toEqual([['slack', 'C1', []], ['discord', '42', ['7']], ['slack', 'C9', []]]);
    expect(claimed[0]?.payload).toMatchObject({ kind: 'feedback', image: 'python', title: 'Feedback on python (packaging) from ana in #help', author: 'ana' });
  });

  it('needs a chat channel, an official image and some text', async () => {
    expect((await run(testContext(), 'feedback', { image: 'python', text: 'too big' })).summary).toBe('`feedback` works in a Slack or Discord channel: run it there.');
    expect((await run(chatContext(), 'feedback', { image: 'pyhton', text: 'too big' })).summary).toBe('`pyhton` is not a Docker Official Image. Did you mean `python`?');
    expect((await run(chatContext(), 'feedback', { image: 'python', text: ' ' })).summary).toMatch(/^text: say what the feedback is/);
  });
});
