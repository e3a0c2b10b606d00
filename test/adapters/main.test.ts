import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubStandIn, type GitHubStandIn } from '../stand-ins/github.js';
import { sendDelivery } from '../stand-ins/github-webhook.js';
import { CHANNEL_ID, slashCommand } from '../stand-ins/slack/payloads.js';
import { APP_TOKEN, BOT_TOKEN, startSlackStandIn, type SlackStandIn } from '../stand-ins/slack/slack-stand-in.js';
import { eventually } from './slack/harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'baseimage-main-'));
const WEBHOOK_SECRET = 'main-test-webhook-secret';
const REPO = 'docker-library/python';
const ADMIN = 'U0ADMIN';

let stand: SlackStandIn;
let github: GitHubStandIn;

beforeAll(async () => {
  [stand, github] = await Promise.all([startSlackStandIn(), startGitHubStandIn()]);
  github.addRepo(REPO);
  stand.users.set(ADMIN, { name: 'ada', is_admin: true });
  stand.channels.set(CHANNEL_ID, { name: 'general', creator: 'U0FOUNDER' });
  stand.members.add(CHANNEL_ID);
});

afterAll(async () => {
  await Promise.all([stand.close(), github.close()]);
  rmSync(folder, { recursive: true, force: true });
});

interface Bot {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  /** The JSON log lines written so far. */
  logs: () => { msg?: string; message?: string; port?: number }[];
  exited: Promise<number | null>;
}

/** `npm start`'s entry point (through tsx), Slack in Socket Mode, watching GitHub every second, keeping `db`. */
function startBot(db: string): Bot {
  const env = {
    PATH: process.env.PATH ?? '',
    BASEIMAGE_OFFLINE: '1',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: stand.apiUrl,
    BASEIMAGE_DB: db,
    BASEIMAGE_GITHUB_API_URL: github.url,
    BASEIMAGE_WATCH_INTERVAL: '1',
    BASEIMAGE_GITHUB_WEBHOOK_SECRET: WEBHOOK_SECRET,
    PORT: '0',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const logs = () =>
    stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg?: string; message?: string; port?: number });
  return { child, stdout: () => stdout, logs, exited };
}

const pings = () => stand.messages.filter((message) => message.channel === CHANNEL_ID && message.metadata !== undefined);

describe('npm start (adapters/main.ts)', () => {
  it('starts the Slack app in Socket Mode when both Slack tokens are set, instead of the terminal chat, and stops on SIGTERM', async () => {
    const bot = startBot(join(folder, 'help.db'));

    await stand.socket.connected();
    const ack = await stand.socket.send('slash_commands', slashCommand('help', stand.responseUrl()));
    bot.child.kill('SIGTERM');
    const code = await bot.exited;

    expect(JSON.stringify(ack)).toContain('What I can answer');
    expect(bot.stdout()).toBe('');
    expect(code).toBe(0);
  });

  it('wires storage, the watcher and the webhook to Slack: a watched tracker is posted once, across a restart', async () => {
    const db = join(folder, 'watch.db');
    const first = startBot(db);
    await stand.socket.connected();
    const responseUrl = stand.responseUrl();
    await stand.socket.send('slash_commands', slashCommand('watch python issues', responseUrl, CHANNEL_ID, { user_id: ADMIN, user_name: 'ada' }));
    const answer = await eventually(() => stand.responses.find((response) => responseUrl.endsWith(`/${response.id}`)));
    expect(JSON.stringify(answer.body)).toContain('Watching `python`');

    const polled = github.addIssue(REPO, { title: 'pip is missing from slim' });
    await eventually(() => pings().some((message) => String(message.text).includes('pip is missing from slim')));
    const port = (await eventually(() => first.logs().find((line) => (line.msg ?? line.message) === 'http routes listening'))).port ?? 0;
    const now = new Date().toISOString();
    const pushed = { id: 777_001, number: 9001, title: 'announced by the webhook', html_url: `https://github.com/${REPO}/issues/9001`, user: { login: 'ana' }, labels: [], created_at: now, updated_at: now };
    const delivered = await sendDelivery(`http://127.0.0.1:${port}/github/webhook`, 'issues', { action: 'opened', issue: pushed, repository: { full_name: REPO } }, WEBHOOK_SECRET);
    expect(delivered.status).toBe(202);
    await eventually(() => pings().some((message) => String(message.text).includes('announced by the webhook')));
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    // The same database after a restart: still watching, nothing posted again, and what is new still arrives.
    const second = startBot(db);
    await stand.socket.connected();
    const listed = await stand.socket.send('slash_commands', slashCommand('watching', stand.responseUrl(), CHANNEL_ID, { user_id: ADMIN }));
    github.addIssue(REPO, { title: 'after the restart' });
    await eventually(() => pings().some((message) => String(message.text).includes('after the restart')));
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    expect(JSON.stringify(listed)).toContain('docker-library/python: issues');
    const titles = pings().map((message) => String(message.text));
    expect(titles.filter((text) => text.includes(polled.title))).toHaveLength(1);
    expect(titles.filter((text) => text.includes('announced by the webhook'))).toHaveLength(1);
    expect(titles.filter((text) => text.includes('after the restart'))).toHaveLength(1);
  });
});
