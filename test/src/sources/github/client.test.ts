import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RateLimitedError, UpstreamError } from '../../../../src/errors.js';
import { createHttp } from '../../../../src/http/create-http.js';
import { GitHubClient } from '../../../../src/sources/github/client.js';
import { nextLink } from '../../../../src/sources/github/link-header.js';
import { GitHubIssues } from '../../../../src/sources/github/schema.js';
import { startGitHubStandIn, type GitHubStandIn } from '../../../stand-ins/github.js';

const SINCE = '2000-01-01T00:00:00Z';
let github: GitHubStandIn;
let client: GitHubClient;

beforeEach(async () => {
  github = await startGitHubStandIn({ maxPerPage: 2 });
  github.addRepo('docker-library/python');
  client = new GitHubClient(createHttp({ timeoutMs: 2000 }), github.url, 'ghp_test');
});
afterEach(() => github.close());

describe('GitHubClient', () => {
  it('lists issues and pull requests since a time, page by page through Link', async () => {
    github.addIssue('docker-library/python', { title: 'pip missing' });
    github.addIssue('docker-library/python', { title: 'Update to 3.14', pull: true, labels: [{ name: 'Bump' }] });
    github.addIssue('docker-library/python', { title: 'third' });

    const first = await client.listIssuesSince('docker-library/python', SINCE);
    if (first === null || first.notModified || first.next === null) throw new Error('expected a first page with a next link');
    const second = await client.nextIssues(first.next);

    expect(first.items.map((issue) => [issue.title, issue.isPull, issue.labels])).toEqual([['pip missing', false, []], ['Update to 3.14', true, ['Bump']]]);
    expect(second).toMatchObject({ notModified: false, next: null, items: [{ title: 'third', number: 3, author: 'octocat' }] });
    expect(github.requests[0]?.path).toBe(`/repos/docker-library/python/issues?state=all&sort=updated&direction=asc&since=${encodeURIComponent(SINCE)}&per_page=100`);
    expect(github.requests[0]?.headers).toMatchObject({ authorization: 'Bearer ghp_test', 'x-github-api-version': '2022-11-28', accept: 'application/vnd.github+json' });
  });

  it('answers not modified for a known ETag, which costs no rate limit', async () => {
    github.addIssue('docker-library/python');
    const first = await client.listIssuesSince('docker-library/python', SINCE);
    const etag = first !== null && !first.notModified ? first.etag : null;

    const again = await client.listIssuesSince('docker-library/python', SINCE, { etag });

    expect(etag).toMatch(/^W\/"/);
    expect(again).toEqual({ notModified: true });
    expect(github.counted).toBe(1);
    expect(client.budget.snapshot()).toMatchObject({ limit: 5000, remaining: 4999 });
  });

  it('lists comments with the number of their issue', async () => {
    const issue = github.addIssue('docker-library/python');
    github.addComment('docker-library/python', issue.number, { body: 'me too', author: 'ana' });

    const page = await client.listCommentsSince('docker-library/python', SINCE);

    expect(page).toMatchObject({ notModified: false, items: [{ issueNumber: 1, body: 'me too', author: 'ana' }] });
  });

  it('returns null when the repository does not exist', async () => {
    expect(await client.listIssuesSince('nobody/nothing', SINCE)).toBeNull();
  });

  it('stops at a spent rate limit and sends nothing more until the reset', async () => {
    github.rate = { limit: 60, remaining: 0, resetAt: Date.now() + 60_000 };

    await expect(client.listIssuesSince('docker-library/python', SINCE)).rejects.toThrow(RateLimitedError);
    await expect(client.listCommentsSince('docker-library/python', SINCE)).rejects.toThrow(RateLimitedError);

    expect(github.requests).toHaveLength(1);
    expect(client.budget.blockedMs()).toBeGreaterThan(50_000);
  });

  it('refuses a next-page link to another host', async () => {
    await expect(client.nextIssues('https://evil.example/repos/a/b/issues?page=2')).rejects.toThrow(UpstreamError);
    expect(github.requests).toHaveLength(0);
  });
});

describe('nextLink', () => {
  it.each([
    ['<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"', 'https://api.github.com/x?page=2'],
    ['<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=1>; rel="first"', null],
    ['<https://api.github.com/x?page=3>; rel="last next"', 'https://api.github.com/x?page=3'],
    [undefined, null],
  ])('reads %s', (header, expected) => {
    expect(nextLink(header)).toBe(expected);
  });
});

describe('GitHubIssues', () => {
  it('drops a malformed item instead of failing the page', () => {
    const issues = GitHubIssues.parse([
      { id: 1, number: 1, title: 'ok', html_url: 'https://github.com/a/b/issues/1', user: null, labels: ['x', { name: 'y' }, 3], created_at: 't', updated_at: 't' },
      { id: 'two' },
    ]);

    expect(issues).toEqual([{ id: 1, number: 1, title: 'ok', url: 'https://github.com/a/b/issues/1', author: 'ghost', labels: ['x', 'y'], state: 'open', body: '', createdAt: 't', updatedAt: 't', isPull: false }]);
  });
});
