import { describe, expect, it } from 'vitest';
import { createLogger, redact } from '../../../src/log/create-logger.js';

describe('createLogger', () => {
  it('writes one JSON line per event at or above the level', () => {
    const lines: string[] = [];
    const log = createLogger('warn', (line) => lines.push(line));

    log.info({ a: 1 }, 'quiet');
    log.warn({ image: 'python' }, 'hub tags lookup failed');

    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 'warn', msg: 'hub tags lookup failed', image: 'python' });
  });

  it('never writes a token or secret', () => {
    const lines: string[] = [];
    const log = createLogger('debug', (line) => lines.push(line));

    log.error(
      {
        botToken: 'xoxb-1-2-secret',
        nested: { signingSecret: 'abc', header: 'Bearer eyJhbGciOi.payload.sig' },
        error: new Error('failed with xapp-1-A0-123-abcdef and ghp_abcdefghijklmnopqrstuvwxyz0123'),
      },
      'answer failed',
    );

    const line = lines.join('');
    expect(line).not.toMatch(/xoxb-1-2-secret|abc"|eyJhbGciOi|xapp-1-A0|ghp_abcdef/);
    expect(line).toContain('[redacted]');
  });
});

describe('redact', () => {
  it('keeps ordinary values', () => {
    expect(redact({ image: 'python', count: 3, tags: ['3.13'] })).toEqual({ image: 'python', count: 3, tags: ['3.13'] });
  });
});
