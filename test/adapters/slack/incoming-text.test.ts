import { describe, expect, it } from 'vitest';
import { asksForHelp, fromSlackText } from '../../../adapters/slack/incoming-text.js';

describe('fromSlackText', () => {
  it.each([
    ['<@U0BOT> is python official?', 'is python official?'],
    ['<@U0BOT|baseimage> tags of postgres', 'tags of postgres'],
    ['```FROM node:22 AS build\nRUN npm ci &amp;&amp; npm run build\nCOPY --from=build /a /b```', '```\nFROM node:22 AS build\nRUN npm ci && npm run build\nCOPY --from=build /a /b\n```'],
    ['is <http://ghcr.io/foo/bar|ghcr.io/foo/bar> official?', 'is ghcr.io/foo/bar official?'],
    ['see <https://hub.docker.com/_/python>', 'see https://hub.docker.com/_/python'],
    ['<!here> is <#C0123|general> right?', '@here is #general right?'],
    ['a &lt;b&gt; c', 'a <b> c'],
  ])('reads %j as %j', (text, expected) => {
    expect(fromSlackText(text)).toBe(expected);
  });
});

describe('asksForHelp', () => {
  it.each([[''], ['  '], ['help'], ['HELP'], ['?']])('treats %j as a request for help', (text) => {
    expect(asksForHelp(text)).toBe(true);
  });

  it('treats a question about help as a question', () => {
    expect(asksForHelp('help me pick a python tag')).toBe(false);
  });
});
