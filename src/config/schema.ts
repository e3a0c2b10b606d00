import { z } from 'zod';

/** Every setting's default, in one place; nothing else reads process.env. */
export const DEFAULTS = {
  BASEIMAGE_LOG_LEVEL: 'info',
  BASEIMAGE_OFFLINE: '0',
  BASEIMAGE_SNAPSHOT: '',
  BASEIMAGE_HUB_URL: 'https://hub.docker.com',
  BASEIMAGE_REGISTRY_URL: 'https://registry-1.docker.io',
  BASEIMAGE_OSV_URL: 'https://api.osv.dev',
  BASEIMAGE_GITHUB_API_URL: 'https://api.github.com',
  BASEIMAGE_REGISTRIES: '',
  // Per request (connect, headers, whole body): one stuck upstream leaves room to answer from the snapshot in 2.5 s.
  BASEIMAGE_HTTP_TIMEOUT_MS: '2000',
  GITHUB_TOKEN: '',
  BASEIMAGE_SCOUT: '0',
  BASEIMAGE_SCOUT_URL: 'https://api.dso.docker.com',
  SLACK_BOT_TOKEN: '',
  SLACK_APP_TOKEN: '',
  SLACK_SIGNING_SECRET: '',
  SLACK_API_URL: 'https://slack.com/api/',
  PORT: '3000',
  DISCORD_TOKEN: '',
  DISCORD_APPLICATION_ID: '',
  DISCORD_API_URL: 'https://discord.com/api',
  BASEIMAGE_DB: './data/baseimage.db',
  BASEIMAGE_WATCH_INTERVAL: '300',
  BASEIMAGE_GITHUB_WEBHOOK_SECRET: '',
} as const satisfies Record<string, string>;

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const flag = (name: string) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', ''], { error: `${name} must be 1 or 0` })
    .transform((value) => value === '1' || value === 'true' || value === 'yes');

/** An http(s) base URL without a trailing slash, so clients can append `/v2/…`. */
const baseUrl = (name: string, fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine(isHttpUrl, { error: `${name} must be an http:// or https:// URL without query or fragment, e.g. ${fallback}` })
    .transform((value) => value.replace(/\/+$/, ''));

function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.search === '' && url.hash === '';
}

const REGISTRY_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::[0-9]{1,5})?$/;

const registries = z
  .string()
  .default(DEFAULTS.BASEIMAGE_REGISTRIES)
  .transform((value) =>
    value
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter((host) => host !== ''),
  )
  .refine((hosts) => hosts.every((host) => REGISTRY_HOST.test(host)), {
    error: 'BASEIMAGE_REGISTRIES must be a comma-separated list of registry hosts such as ghcr.io,quay.io (no scheme, no path)',
  });

const timeoutMs = z
  .string()
  .default(DEFAULTS.BASEIMAGE_HTTP_TIMEOUT_MS)
  .refine((value) => /^[0-9]+$/.test(value) && Number(value) >= 50 && Number(value) <= 60_000, {
    error: 'BASEIMAGE_HTTP_TIMEOUT_MS must be a whole number of milliseconds between 50 and 60000 (default 2000)',
  })
  .transform(Number);

const watchInterval = z
  .string()
  .default(DEFAULTS.BASEIMAGE_WATCH_INTERVAL)
  .refine((value) => /^[0-9]+$/.test(value) && Number(value) >= 1 && Number(value) <= 86_400, {
    error: 'BASEIMAGE_WATCH_INTERVAL must be a whole number of seconds between 1 and 86400 (default 300)',
  })
  .transform(Number);

/** A token with its documented prefix, so a pasted wrong token is caught at start rather than at the first call. */
const secret = (name: string, prefix: RegExp, shown: string) =>
  z
    .string()
    .trim()
    .default('')
    .refine((value) => value === '' || prefix.test(value), { error: `${name} must start with ${shown}: copy it from your Slack app's settings` });

/** The environment as the operator writes it, turned into Config. */
export const Env = z
  .object({
    BASEIMAGE_LOG_LEVEL: z
      .enum(LOG_LEVELS, { error: `BASEIMAGE_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
      .default(DEFAULTS.BASEIMAGE_LOG_LEVEL),
    BASEIMAGE_OFFLINE: flag('BASEIMAGE_OFFLINE').default(false),
    BASEIMAGE_SNAPSHOT: z.string().default(DEFAULTS.BASEIMAGE_SNAPSHOT),
    BASEIMAGE_HUB_URL: baseUrl('BASEIMAGE_HUB_URL', DEFAULTS.BASEIMAGE_HUB_URL),
    BASEIMAGE_REGISTRY_URL: baseUrl('BASEIMAGE_REGISTRY_URL', DEFAULTS.BASEIMAGE_REGISTRY_URL),
    BASEIMAGE_OSV_URL: baseUrl('BASEIMAGE_OSV_URL', DEFAULTS.BASEIMAGE_OSV_URL),
    BASEIMAGE_GITHUB_API_URL: baseUrl('BASEIMAGE_GITHUB_API_URL', DEFAULTS.BASEIMAGE_GITHUB_API_URL),
    BASEIMAGE_REGISTRIES: registries,
    BASEIMAGE_HTTP_TIMEOUT_MS: timeoutMs,
    GITHUB_TOKEN: z.string().default(DEFAULTS.GITHUB_TOKEN),
    BASEIMAGE_SCOUT: flag('BASEIMAGE_SCOUT').default(false),
    BASEIMAGE_SCOUT_URL: baseUrl('BASEIMAGE_SCOUT_URL', DEFAULTS.BASEIMAGE_SCOUT_URL),
    SLACK_BOT_TOKEN: secret('SLACK_BOT_TOKEN', /^xoxb-/, 'xoxb-'),
    SLACK_APP_TOKEN: secret('SLACK_APP_TOKEN', /^xapp-/, 'xapp-'),
    SLACK_SIGNING_SECRET: z.string().trim().default(DEFAULTS.SLACK_SIGNING_SECRET),
    // Bolt's WebClient wants the trailing slash: `${slackApiUrl}chat.postMessage`.
    SLACK_API_URL: baseUrl('SLACK_API_URL', DEFAULTS.SLACK_API_URL).transform((value) => `${value}/`),
    PORT: z
      .string()
      .default(DEFAULTS.PORT)
      .refine((value) => /^[0-9]+$/.test(value) && Number(value) <= 65_535, { error: 'PORT must be a TCP port number, e.g. 3000' })
      .transform(Number),
    DISCORD_TOKEN: z.string().trim().default(DEFAULTS.DISCORD_TOKEN),
    DISCORD_APPLICATION_ID: z
      .string()
      .trim()
      .default(DEFAULTS.DISCORD_APPLICATION_ID)
      .refine((value) => value === '' || /^[0-9]{5,25}$/.test(value), { error: 'DISCORD_APPLICATION_ID must be the numeric application id from the Discord developer portal' }),
    DISCORD_API_URL: baseUrl('DISCORD_API_URL', DEFAULTS.DISCORD_API_URL),
    BASEIMAGE_DB: z.string().trim().default(DEFAULTS.BASEIMAGE_DB).refine((value) => value !== '', {
      error: 'BASEIMAGE_DB must be the path of the SQLite file, e.g. ./data/baseimage.db (or :memory: to keep nothing)',
    }),
    BASEIMAGE_WATCH_INTERVAL: watchInterval,
    BASEIMAGE_GITHUB_WEBHOOK_SECRET: z.string().trim().default(DEFAULTS.BASEIMAGE_GITHUB_WEBHOOK_SECRET),
  })
  .superRefine((env, context) => {
    if (env.SLACK_BOT_TOKEN !== '' && env.SLACK_APP_TOKEN === '' && env.SLACK_SIGNING_SECRET === '') {
      context.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'SLACK_SIGNING_SECRET is required in HTTP mode: set it, or set SLACK_APP_TOKEN for Socket Mode',
      });
    }
    if (env.SLACK_BOT_TOKEN === '' && env.SLACK_APP_TOKEN !== '') {
      context.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not: set both for Socket Mode' });
    }
    if (env.DISCORD_TOKEN !== '' && env.DISCORD_APPLICATION_ID === '') {
      context.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'DISCORD_APPLICATION_ID is required with DISCORD_TOKEN: copy it from the General Information page of your Discord application' });
    }
  })
  .transform((env) => ({
    logLevel: env.BASEIMAGE_LOG_LEVEL,
    offline: env.BASEIMAGE_OFFLINE,
    snapshotPath: env.BASEIMAGE_SNAPSHOT === '' ? null : env.BASEIMAGE_SNAPSHOT,
    hubUrl: env.BASEIMAGE_HUB_URL,
    registryUrl: env.BASEIMAGE_REGISTRY_URL,
    osvUrl: env.BASEIMAGE_OSV_URL,
    githubApiUrl: env.BASEIMAGE_GITHUB_API_URL,
    /** Registry hosts besides Docker Hub that may be looked up (lower case, `host[:port]`). */
    registries: env.BASEIMAGE_REGISTRIES,
    httpTimeoutMs: env.BASEIMAGE_HTTP_TIMEOUT_MS,
    githubToken: env.GITHUB_TOKEN.trim() === '' ? null : env.GITHUB_TOKEN.trim(),
    /** Docker Scout's undocumented GraphQL summary ("what Docker Hub shows"); opt-in, null when off. */
    scoutUrl: env.BASEIMAGE_SCOUT ? env.BASEIMAGE_SCOUT_URL : null,
    /** Slack: null when SLACK_BOT_TOKEN is unset; Socket Mode when an app token is set, else HTTP mode on `port`. */
    slack:
      env.SLACK_BOT_TOKEN === ''
        ? null
        : {
            botToken: env.SLACK_BOT_TOKEN,
            appToken: env.SLACK_APP_TOKEN === '' ? null : env.SLACK_APP_TOKEN,
            signingSecret: env.SLACK_SIGNING_SECRET === '' ? null : env.SLACK_SIGNING_SECRET,
            apiUrl: env.SLACK_API_URL,
            port: env.PORT,
          },
    /** Discord: null when DISCORD_TOKEN is unset. */
    discord:
      env.DISCORD_TOKEN === '' ? null : { token: env.DISCORD_TOKEN, applicationId: env.DISCORD_APPLICATION_ID, apiUrl: env.DISCORD_API_URL },
    /** The SQLite file for feedback, subscriptions, links, poll cursors and the outbox; `:memory:` keeps nothing. */
    dbPath: env.BASEIMAGE_DB,
    /** Each watched GitHub repository is polled about this often (seconds), within the rate limit. */
    watchIntervalSeconds: env.BASEIMAGE_WATCH_INTERVAL,
    /** The HTTP port: Slack's `/slack/events` in HTTP mode, and `/github/webhook` in push mode. */
    port: env.PORT,
    /** Push mode: the GitHub webhook secret; null when webhooks are off (polling only). */
    githubWebhookSecret: env.BASEIMAGE_GITHUB_WEBHOOK_SECRET === '' ? null : env.BASEIMAGE_GITHUB_WEBHOOK_SECRET,
  }));

export type Config = z.output<typeof Env>;
