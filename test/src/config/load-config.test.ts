import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { ConfigError } from '../../../src/errors.js';

describe('loadConfig', () => {
  it('uses the defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({ logLevel: 'info', offline: false, snapshotPath: null });
  });

  it('reads every setting', () => {
    const config = loadConfig({ BASEIMAGE_LOG_LEVEL: 'debug', BASEIMAGE_OFFLINE: '1', BASEIMAGE_SNAPSHOT: '/tmp/s.json' });

    expect(config).toEqual({ logLevel: 'debug', offline: true, snapshotPath: '/tmp/s.json' });
  });

  it.each([
    [{ BASEIMAGE_LOG_LEVEL: 'loud' }, 'BASEIMAGE_LOG_LEVEL must be one of debug, info, warn, error, silent'],
    [{ BASEIMAGE_OFFLINE: 'maybe' }, 'BASEIMAGE_OFFLINE must be 1 or 0'],
  ])('says what to fix in %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
