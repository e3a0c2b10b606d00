import { describe, expect, it } from 'vitest';
import { answerSafely, describeError, within } from '../../../adapters/discord/answer.js';
import { reply } from '../../../src/reply.js';
import { recordingLogger, testContext } from '../../helpers/context.js';

const SOURCE = { label: 'official-images 37079fb', date: '2026-08-21', live: false };
const SUBJECT = { intent: 'help' as const, image: null, tag: null, version: null, variant: null };

describe('within', () => {
  it('gives the value of a promise that settles in time', async () => {
    expect(await within(Promise.resolve('ready'), 50)).toBe('ready');
  });

  it('gives undefined when the promise takes longer, leaving it running', async () => {
    const slow = new Promise<string>((resolve) => setTimeout(resolve, 60, 'late'));

    expect(await within(slow, 10)).toBeUndefined();
    expect(await slow).toBe('late');
  });
});

describe('answerSafely', () => {
  it('passes an answer through', async () => {
    const answer = reply({ title: 'Help', summary: 'Ask me.', source: SOURCE, subject: SUBJECT });

    expect(await answerSafely(testContext(), async () => answer)).toEqual({ reply: answer, failed: false });
  });

  it('turns an error into the apology, marked failed, with one log line', async () => {
    const log = recordingLogger();

    const answer = await answerSafely(testContext(log), async () => {
      throw new Error('boom');
    });

    expect(answer.failed).toBe(true);
    expect(answer.reply.title).toBe('Something went wrong');
    expect(log.lines.map((line) => line.message)).toEqual(['answer failed']);
  });
});

describe('describeError', () => {
  it('keeps the name, message, code and status of a Discord error, never its URL', () => {
    const error = Object.assign(new Error('Unknown interaction'), { name: 'DiscordAPIError[10062]', code: 10062, status: 404, url: 'https://discord.com/api/v10/interactions/1/secret-token/callback' });

    expect(describeError(error)).toEqual({ name: 'DiscordAPIError[10062]', message: 'Unknown interaction', code: 10062, status: 404 });
  });
});
