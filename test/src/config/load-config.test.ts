import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { ConfigError } from '../../../src/errors.js';

const DEFAULT_CONFIG = {
  logLevel: 'info',
  offline: false,
  snapshotPath: null,
  hubUrl: 'https://hub.docker.com',
  registryUrl: 'https://registry-1.docker.io',
  osvUrl: 'https://api.osv.dev',
  githubApiUrl: 'https://api.github.com',
  registries: [],
  httpTimeoutMs: 2000,
  githubToken: null,
  scoutUrl: null,
  slack: null,
  discord: null,
  dbPath: './data/baseimage.db',
  watchIntervalSeconds: 300,
  port: 3000,
  githubWebhookSecret: null,
};

describe('loadConfig', () => {
  it('uses the defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual(DEFAULT_CONFIG);
  });

  it('reads every setting', () => {
    const config = loadConfig({
      BASEIMAGE_LOG_LEVEL: 'debug',
      BASEIMAGE_OFFLINE: '1',
      BASEIMAGE_SNAPSHOT: '/tmp/s.json',
      BASEIMAGE_HUB_URL: 'http://127.0.0.1:4000/',
      BASEIMAGE_REGISTRY_URL: 'http://127.0.0.1:4001',
      BASEIMAGE_OSV_URL: 'http://127.0.0.1:4002/osv',
      BASEIMAGE_GITHUB_API_URL: 'http://127.0.0.1:4003',
      BASEIMAGE_REGISTRIES: ' ghcr.io, Quay.io ,localhost:5000,',
      BASEIMAGE_HTTP_TIMEOUT_MS: '300',
      GITHUB_TOKEN: ' ghp_x ',
      BASEIMAGE_SCOUT: '1',
      BASEIMAGE_SCOUT_URL: 'http://127.0.0.1:4004',
      PORT: '8080',
    });

    expect(config).toEqual({
      logLevel: 'debug',
      offline: true,
      snapshotPath: '/tmp/s.json',
      hubUrl: 'http://127.0.0.1:4000',
      registryUrl: 'http://127.0.0.1:4001',
      osvUrl: 'http://127.0.0.1:4002/osv',
      githubApiUrl: 'http://127.0.0.1:4003',
      registries: ['ghcr.io', 'quay.io', 'localhost:5000'],
      httpTimeoutMs: 300,
      githubToken: 'ghp_x',
      scoutUrl: 'http://127.0.0.1:4004',
      slack: null,
      discord: null,
      dbPath: './data/baseimage.db',
      watchIntervalSeconds: 300,
      port: 8080,
      githubWebhookSecret: null,
    });
  });

  it('reads the storage, watch and webhook settings; an interval of 1 s is accepted for tests', () => {
    const config = loadConfig({ BASEIMAGE_DB: ' /var/lib/baseimage/bot.db ', BASEIMAGE_WATCH_INTERVAL: '1', BASEIMAGE_GITHUB_WEBHOOK_SECRET: 'It\'s a Secret' });

    expect([config.dbPath, config.watchIntervalSeconds, config.githubWebhookSecret]).toEqual(['/var/lib/baseimage/bot.db', 1, 'It\'s a Secret']);
  });

  it('reads the Slack settings: Socket Mode with an app token, HTTP mode with a signing secret', () => {
    const socket = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'http://127.0.0.1:5000/api' });
    const http = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's3cret', PORT: '8080' });

    expect(socket.slack).toEqual({ botToken: 'xoxb-1', appToken: 'xapp-1', signingSecret: null, apiUrl: 'http://127.0.0.1:5000/api/', port: 3000 });
    expect(http.slack).toEqual({ botToken: 'xoxb-1', appToken: null, signingSecret: 's3cret', apiUrl: 'https://slack.com/api/', port: 8080 });
  });

  it('reads the Discord settings', () => {
    const config = loadConfig({ DISCORD_TOKEN: 'abc.def.ghi', DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_API_URL: 'http://127.0.0.1:5001/api' });

    expect(config.discord).toEqual({ token: 'abc.def.ghi', applicationId: '123456789012345678', apiUrl: 'http://127.0.0.1:5001/api' });
  });

  it.each([
    [{ BASEIMAGE_LOG_LEVEL: 'loud' }, 'BASEIMAGE_LOG_LEVEL must be one of debug, info, warn, error, silent'],
    [{ BASEIMAGE_OFFLINE: 'maybe' }, 'BASEIMAGE_OFFLINE must be 1 or 0'],
    [{ BASEIMAGE_HUB_URL: 'hub.docker.com' }, 'BASEIMAGE_HUB_URL must be an http:// or https:// URL'],
    [{ BASEIMAGE_REGISTRY_URL: 'ftp://registry' }, 'BASEIMAGE_REGISTRY_URL must be an http:// or https:// URL'],
    [{ BASEIMAGE_OSV_URL: 'https://api.osv.dev/?x=1' }, 'BASEIMAGE_OSV_URL must be an http:// or https:// URL'],
    [{ BASEIMAGE_GITHUB_API_URL: '' }, 'BASEIMAGE_GITHUB_API_URL must be an http:// or https:// URL'],
    [{ BASEIMAGE_REGISTRIES: 'https://ghcr.io' }, 'BASEIMAGE_REGISTRIES must be a comma-separated list of registry hosts'],
    [{ BASEIMAGE_HTTP_TIMEOUT_MS: 'fast' }, 'BASEIMAGE_HTTP_TIMEOUT_MS must be a whole number of milliseconds'],
    [{ BASEIMAGE_SCOUT: '1', BASEIMAGE_SCOUT_URL: 'api.dso.docker.com' }, 'BASEIMAGE_SCOUT_URL must be an http:// or https:// URL'],
    [{ BASEIMAGE_HTTP_TIMEOUT_MS: '0' }, 'BASEIMAGE_HTTP_TIMEOUT_MS must be a whole number of milliseconds'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET is required in HTTP mode: set it, or set SLACK_APP_TOKEN for Socket Mode'],
    [{ SLACK_BOT_TOKEN: 'xoxp-1', SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN must start with xoxb-'],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not'],
    [{ PORT: 'eighty' }, 'PORT must be a TCP port number'],
    [{ DISCORD_TOKEN: 'abc' }, 'DISCORD_APPLICATION_ID is required with DISCORD_TOKEN'],
    [{ DISCORD_TOKEN: 'abc', DISCORD_APPLICATION_ID: 'my-app' }, 'DISCORD_APPLICATION_ID must be the numeric application id'],
    [{ BASEIMAGE_DB: ' ' }, 'BASEIMAGE_DB must be the path of the SQLite file'],
    [{ BASEIMAGE_WATCH_INTERVAL: '0' }, 'BASEIMAGE_WATCH_INTERVAL must be a whole number of seconds between 1 and 86400'],
    [{ BASEIMAGE_WATCH_INTERVAL: '5m' }, 'BASEIMAGE_WATCH_INTERVAL must be a whole number of seconds between 1 and 86400'],
  ])('says what to fix in %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
