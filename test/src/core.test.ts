import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerText, safely } from '../../src/core.js';
import { recordingLogger, testContext } from '../helpers/context.js';

const ctx = testContext();

const BAD_INPUTS = [
  ['empty', ''],
  ['blank', '   \n\t  '],
  ['100 KB of text', 'lorem ipsum '.repeat(9_000)],
  ['100 KB Dockerfile', `FROM python:3.13\n${'RUN echo hi\n'.repeat(9_000)}`],
  ['control characters', '\u0000\u0001\u001b[2J\u0007 is python official?'],
  ['replacement characters', '\uFFFD\uFFFD\uFFFD'],
  ['homoglyphs', 'is руthon official?'],
  ['path traversal', 'is ../../etc/passwd official?'],
  ['metadata URL', 'is http://169.254.169.254/latest clean?'],
  ['local registry', 'is localhost:5000/x official?'],
  ['300-character name', `is ${'a'.repeat(300)} official?`],
  ['right-to-left override', 'is \u202Enohtyp official?'],
] as const;

describe('answering bad input', () => {
  const connect = vi.spyOn(net.Socket.prototype, 'connect');

  afterEach(() => connect.mockClear());

  it.each(BAD_INPUTS)('gives a short, clear answer to %s without contacting any host', (_name, text) => {
    const { reply } = answerText(ctx, text);

    expect(reply.summary.length).toBeLessThan(300);
    expect(reply.title.length).toBeLessThan(120);
    expect(JSON.stringify(reply)).not.toMatch(/\n\s+at |node:internal|\.ts:\d+:\d+/);
    expect(JSON.stringify(reply)).not.toMatch(/[\u0000-\u0008\u202E]/);
    expect(connect).not.toHaveBeenCalled();
  });

  it('never claims a homoglyph name is official', () => {
    const { reply } = answerText(ctx, 'is руthon official?');

    expect(reply.subject.official).not.toBe(true);
  });

  it('says an IP or URL is not an image it can look up', () => {
    const { reply } = answerText(ctx, 'is http://169.254.169.254/latest official?');

    expect(reply.subject.official).not.toBe(true);
  });
});

describe('safely', () => {
  it('turns an unexpected error into an apology with a reference id, logged once without secrets', async () => {
    const log = recordingLogger();

    const reply = await safely({ ...ctx, log }, () => {
      throw new Error('boom with token xoxb-123-456-abcdef');
    });

    const reference = /reference ([0-9a-f]{8})/.exec(reply.summary)?.[1];
    expect(reference).toBeDefined();
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatchObject({ level: 'error', message: 'answer failed', data: { reference } });
  });
});
