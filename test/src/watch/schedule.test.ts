import { describe, expect, it } from 'vitest';
import { RateBudget } from '../../../src/sources/github/rate-budget.js';
import { wants } from '../../../src/watch/fan-out.js';
import { PollSchedule } from '../../../src/watch/schedule.js';
import type { WatchItem } from '../../../src/watch/watch-item.js';
import { trackerRepo } from '../../../src/watch/tracker-repo.js';
import { parseWatchFilters } from '../../../src/watch/watch-filters.js';

describe('PollSchedule', () => {
  it('spreads the first repositories over the interval and polls a later one at once', () => {
    const schedule = new PollSchedule(300_000);
    schedule.sync(['a', 'b', 'c'], 0);
    schedule.done('a', 10);
    schedule.sync(['b', 'c', 'd'], 50);

    expect(schedule.next()).toEqual({ repo: 'd', at: 50 });
    schedule.done('d', 60);
    expect(schedule.next()).toEqual({ repo: 'b', at: 100_000 });
    expect(schedule.size()).toBe(3);
  });

  it('waits for a rate-limit reset before polling a repository again', () => {
    const schedule = new PollSchedule(1000);
    schedule.sync(['a'], 0);
    schedule.done('a', 0, 60_000);

    expect(schedule.next()).toEqual({ repo: 'a', at: 60_000 });
  });
});

describe('RateBudget', () => {
  const at = 1_000_000;
  const headers = (remaining: number, limit = 5000) => ({ 'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': String(at / 1000 + 3600) });

  it.each([
    [4000, 0],
    [2501, 0],
    [2500, 1440],
    [1000, 3600],
    [10, 360_000],
  ])('with %i of 5000 left for an hour, leaves %i ms between requests', (remaining, pace) => {
    const budget = new RateBudget(() => at);
    budget.note(headers(remaining));

    expect(budget.paceMs()).toBe(pace);
    expect(budget.blockedMs()).toBe(0);
  });

  it('blocks until the reset when nothing is left, then frees itself', () => {
    let now = at;
    const budget = new RateBudget(() => now);
    budget.note(headers(0, 60));

    expect(budget.blockedMs()).toBe(3_600_000);
    now += 3_600_000;
    expect(budget.blockedMs()).toBe(0);
  });
});

describe('subscription filters', () => {
  const item = (kind: WatchItem['kind'], labels: string[] = []): WatchItem => ({ key: 'k', kind, repo: 'a/b', number: 1, title: 't', url: 'u', author: 'x', body: '', labels, createdAt: 't', updatedAt: 't' });
  const subscription = (filters: string) => {
    const parsed = parseWatchFilters(filters);
    if (!parsed.ok) throw new Error(parsed.error);
    return { platform: 'slack' as const, channelId: 'C', channelName: null, image: 'i', repo: 'a/b', createdBy: 'U', createdAt: 't', ...parsed.value };
  };

  it.each([
    ['', item('pull'), true],
    ['issues', item('pull'), false],
    ['pr comments', item('comment'), true],
    ['+label:bug', item('issue', ['bug', 'x']), true],
    ['+label:bug', item('issue', ['x']), false],
    ['-label:WontFix', item('issue', ['wontfix']), false],
    ['+label:bug', item('comment'), true],
  ])('%j wants %o: %s', (filters, watched, expected) => {
    expect(wants(subscription(filters), watched)).toBe(expected);
  });

  it.each([
    ['https://github.com/docker-library/python/issues', 'docker-library/python'],
    ['https://github.com/nodejs/docker-node/issues/', 'nodejs/docker-node'],
    ['https://bugs.launchpad.net/cloud-images', null],
  ])('reads the tracker repository of %s', (url, repo) => {
    expect(trackerRepo({ issueUrls: [url] })).toBe(repo);
  });
});
