import { describe, expect, it } from 'vitest';
import { clip, LIMITS, mrkdwn, renderLookingUp, renderReply, SHARE_ACTION } from '../../../adapters/slack/render-reply.js';
import { createShareStore, readShareValue } from '../../../adapters/slack/share-store.js';
import { askText, planQuestion } from '../../../src/core.js';
import { reply, type Reply } from '../../../src/reply.js';
import { testContext } from '../../helpers/context.js';
import { messageProblems } from '../../stand-ins/slack/block-rules.js';

const ctx = testContext();

const SMALL: Reply = reply({
  title: 'python: official',
  summary: 'Yes: `python` is a Docker Official Image.',
  verdict: 'good',
  facts: [{ label: 'Maintainers', value: 'docker-library' }],
  sections: [{ title: 'Tags', lines: ['`3.14`', '`3.14-slim`'] }],
  recommendation: 'FROM python:3.14-slim',
  links: [{ label: 'python on Docker Hub', url: 'https://hub.docker.com/_/python' }],
  caveats: ['Alpine uses musl'],
  source: { label: 'official-images 37079fb', date: '2026-08-21', live: false },
  subject: { intent: 'official-check', image: 'python', tag: null, version: null, variant: null },
});

/** A reply far beyond every Slack limit. */
function enormous(): Reply {
  const long = (n: number) => 'x'.repeat(n);
  return {
    ...SMALL,
    title: `A title of ${long(400)}`,
    summary: long(5_000),
    facts: Array.from({ length: 25 }, (_, i) => ({ label: `fact ${i}`, value: long(2_500) })),
    sections: Array.from({ length: 120 }, (_, i) => ({ title: `section ${i}`, lines: Array.from({ length: 40 }, () => `\`tag\` ${long(150)}`) })),
    caveats: Array.from({ length: 3 }, (_, i) => `caveat ${i} ${long(300)}`),
    links: Array.from({ length: 30 }, (_, i) => ({ label: `link ${i}`, url: `https://example.com/${i}` })),
  };
}

describe('renderReply', () => {
  it('renders every part of a reply as Block Kit, in order', () => {
    const message = renderReply(SMALL, 'share-value');

    expect(message).toEqual({
      text: 'python: official: Yes: `python` is a Docker Official Image.',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: ':white_check_mark: python: official', emoji: true } },
        { type: 'section', text: { type: 'mrkdwn', text: 'Yes: `python` is a Docker Official Image.' } },
        { type: 'section', fields: [{ type: 'mrkdwn', text: '*Maintainers*\ndocker-library' }] },
        { type: 'section', text: { type: 'mrkdwn', text: '*Tags*\n• `3.14`\n• `3.14-slim`' } },
        { type: 'section', text: { type: 'mrkdwn', text: ':arrow_right: FROM python:3.14-slim' } },
        { type: 'section', text: { type: 'mrkdwn', text: ':warning: Alpine uses musl' } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: '<https://hub.docker.com/_/python|python on Docker Hub>' }] },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'official-images 37079fb, 2026-08-21' }] },
        {
          type: 'actions',
          block_id: 'share',
          elements: [{ type: 'button', action_id: SHARE_ACTION, text: { type: 'plain_text', text: 'Share in channel' }, value: 'share-value' }],
        },
      ],
    });
  });

  it('says "live" and the time for live data', () => {
    const message = renderReply({ ...SMALL, source: { label: 'Docker Hub + OSV', date: '2026-11-23T14:02Z', live: true } });

    expect(message.blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Docker Hub + OSV, live, 2026-11-23T14:02Z' }] });
  });

  it('escapes mrkdwn control characters so user text cannot ping or link', () => {
    const message = renderReply({ ...SMALL, summary: 'is <!channel> & `a && b` <http://evil|x>?' });

    expect(JSON.stringify(message.blocks[1])).toContain('is &lt;!channel&gt; &amp; `a &amp;&amp; b` &lt;http://evil|x&gt;?');
  });

  it('stays within every Slack limit on an enormous reply, and says what it left out', () => {
    const message = renderReply(enormous(), 'v'.repeat(2_000));

    expect(messageProblems(message)).toEqual([]);
    expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    expect(JSON.stringify(message.blocks)).toContain('more parts not shown here');
    expect(JSON.stringify(message.blocks)).toContain(':warning: caveat 0');
    expect(JSON.stringify(message.blocks)).toContain('*section 0*');
    expect(message.blocks.at(-1)?.type).toBe('actions');
    expect(JSON.stringify(message.blocks.at(-2))).toContain('official-images 37079fb');
  });

  it.each([
    ['a Dockerfile review with 20 FROM lines', Array.from({ length: 20 }, (_, i) => `FROM python:3.${i % 14}-slim AS stage${i}\nRUN echo ${i}`).join('\n')],
    ['a tags list', 'what tags does python have?'],
    ['the help', 'help'],
    ['a comparison', 'compare python:3.13 vs python:3.13-slim'],
    ['a search', 'official database images'],
  ])('keeps %s whole and within the limits', async (_name, question) => {
    const answer = (await askText(ctx, question)).reply;

    const message = renderReply(answer, 'v');

    expect(messageProblems(message)).toEqual([]);
    expect(JSON.stringify(message.blocks)).not.toContain('not shown here');
    for (const part of answer.sections) expect(JSON.stringify(message.blocks)).toContain(mrkdwn(part.title));
  });
});

describe('clip', () => {
  it('never leaves half an entity or an open code span', () => {
    expect(clip('ab &amp; cd', 6)).toBe('ab …');
    expect(clip('see `python:3.14-slim` now', 12)).toBe('see `pytho`…');
    expect(clip('short', 10)).toBe('short');
  });
});

describe('renderLookingUp', () => {
  it('names what is being looked up', () => {
    expect(renderLookingUp(planQuestion(ctx, 'compare python:3.13 vs python:3.13-slim').intent).text).toBe(
      ':hourglass_flowing_sand: Looking up `python:3.13` and `python:3.13-slim`…',
    );
  });
});

describe('share store', () => {
  it('keeps the question in the button value when it fits, and only the key when it does not', () => {
    const store = createShareStore();

    const short = readShareValue(store.put(SMALL, 'is python official?'));
    const long = store.put(SMALL, 'FROM python\n'.repeat(500));

    expect(short?.q).toBe('is python official?');
    expect(store.get(short!.k)).toBe(SMALL);
    expect(long.length).toBeLessThanOrEqual(2_000);
    expect(readShareValue(long)?.q).toBeUndefined();
  });

  it.each([['not json'], ['{"k":""}'], ['[]'], [42], ['x'.repeat(2_001)]])('reads %j as no value', (value) => {
    expect(readShareValue(value)).toBeNull();
  });
});
