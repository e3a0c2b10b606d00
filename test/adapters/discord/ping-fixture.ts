import type { Ping } from '../../../src/watch/ping.js';

/** A new python issue as the watcher hands it to a poster; `parts` override. */
export function pingFixture(parts: Partial<Ping> = {}): Ping {
  return {
    kind: 'issue',
    image: 'python',
    repo: 'docker-library/python',
    title: 'docker-library/python#12 pip is missing',
    url: 'https://github.com/docker-library/python/issues/12',
    author: 'octocat',
    excerpt: 'In python:3.14-slim pip is gone.',
    labels: ['bug', 'help wanted'],
    mentionUserIds: [],
    text: 'New issue',
    at: '2026-11-23T12:00:00Z',
    ...parts,
  };
}
