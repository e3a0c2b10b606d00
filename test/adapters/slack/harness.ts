import { expect } from 'vitest';
import { startSlack, type RunningSlack, type SlackRoute } from '../../../adapters/slack/create-slack-app.js';
import type { CommandContext } from '../../../src/command.js';
import type { Stores } from '../../../src/storage/types.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { createContext } from '../../../src/create-context.js';
import { createAgent } from '../../../src/http/create-http.js';
import { createLogger } from '../../../src/log/create-logger.js';
import { CHANNEL_ID, USER_ID } from '../../stand-ins/slack/payloads.js';
import { createHttpSender, type HttpSender } from '../../stand-ins/slack/http-sender.js';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, startSlackStandIn, type SlackStandIn } from '../../stand-ins/slack/slack-stand-in.js';
import { startUpstreams, type Upstreams } from '../../stand-ins/upstreams.js';

/** The Slack app, started for real, against the Slack stand-in and the Hub, registry and OSV stand-ins. */
export interface Harness {
  stand: SlackStandIn;
  upstreams: Upstreams;
  slack: RunningSlack;
  ctx: CommandContext;
  /** Every log line the app wrote, as written (JSON). */
  logLines: string[];
  /** HTTP mode only. */
  sender: HttpSender;
  close(): Promise<void>;
}

export interface HarnessOptions {
  mode: 'socket' | 'http';
  /** Changes the context the app runs with (a broken one, to provoke an internal error). */
  context?: (ctx: CommandContext) => CommandContext;
  /** HTTP mode: more routes on the app's port. */
  routes?: SlackRoute[];
  /** Storage for channel commands; the workspace then has the PEOPLE below. */
  stores?: Stores;
}

/** The workspace's people in channel-command tests: who may manage a channel, and who may not. */
export const PEOPLE = { asker: USER_ID, admin: 'U0ADMIN', creator: 'U0CREATOR', member: 'U0MEMBER', maintainer: 'U0TIANON' } as const;

function addPeople(stand: SlackStandIn): void {
  stand.users.set(PEOPLE.asker, { name: 'asker', real_name: 'Ash Asker' });
  stand.users.set(PEOPLE.admin, { name: 'ada', is_admin: true });
  stand.users.set(PEOPLE.creator, { name: 'cy' });
  stand.users.set(PEOPLE.member, { name: 'mo' });
  stand.users.set(PEOPLE.maintainer, { name: 'tianon' });
  stand.channels.set(CHANNEL_ID, { name: 'general', creator: 'U0FOUNDER' });
}

/** A channel the bot is in, created by PEOPLE.creator unless said otherwise; returns its id. */
export function addChannel(stand: SlackStandIn, id: string, name: string, creator: string = PEOPLE.creator): string {
  stand.channels.set(id, { name, creator });
  stand.members.add(id);
  return id;
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const [stand, upstreams] = await Promise.all([startSlackStandIn(), startUpstreams()]);
  stand.members.add(CHANNEL_ID);
  const env = {
    ...upstreams.env,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: stand.apiUrl,
    ...(options.mode === 'socket' ? { SLACK_APP_TOKEN: APP_TOKEN } : { SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0' }),
  };
  const config = loadConfig(env);
  const logLines: string[] = [];
  const log = createLogger('debug', (line) => void logLines.push(line));
  const base = createContext(config, log, { dispatcher: createAgent(2_000) });
  const withStores = options.stores === undefined ? base : { ...base, stores: options.stores };
  const ctx = options.context ? options.context(withStores) : withStores;
  if (options.stores !== undefined) addPeople(stand);
  const slack = await startSlack(ctx, config.slack!, { host: '127.0.0.1', retries: 0, libraryDebug: true, ...(options.routes === undefined ? {} : { routes: options.routes }) });
  if (options.mode === 'socket') await stand.socket.connected();
  const sender = createHttpSender(`http://127.0.0.1:${slack.port ?? 0}`, SIGNING_SECRET, stand.violations);
  return {
    stand,
    upstreams,
    slack,
    ctx,
    logLines,
    sender,
    close: async () => {
      await slack.stop();
      await base.sources?.close();
      await Promise.all([stand.close(), upstreams.close()]);
    },
  };
}

/** Polls until `probe` gives a value: the app's work after an ack happens in the background. */
export async function eventually<T>(probe: () => T | undefined | null | false, ms = 8_000): Promise<T> {
  const until = performance.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (performance.now() > until) throw new Error('timed out waiting for the app');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** No Slack rule was broken, and no secret reached a log line. */
export function expectCleanRun(harness: Harness): void {
  expect(harness.stand.violations).toEqual([]);
  for (const line of harness.logLines) {
    expect(line).not.toContain(BOT_TOKEN);
    expect(line).not.toContain(APP_TOKEN);
    expect(line).not.toContain(SIGNING_SECRET);
    expect(line).not.toContain('verification-token-deprecated-xyz');
  }
}
