import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand } from '../stand-ins/slack/payloads.js';
import { APP_TOKEN, BOT_TOKEN, startSlackStandIn, type SlackStandIn } from '../stand-ins/slack/slack-stand-in.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

let stand: SlackStandIn;

beforeAll(async () => {
  stand = await startSlackStandIn();
});

afterAll(async () => {
  await stand.close();
});

describe('npm start (adapters/main.ts)', () => {
  it('starts the Slack app in Socket Mode when both Slack tokens are set, instead of the terminal chat, and stops on SIGTERM', async () => {
    const env = { PATH: process.env.PATH ?? '', BASEIMAGE_OFFLINE: '1', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: stand.apiUrl };
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));

    await stand.socket.connected();
    const ack = await stand.socket.send('slash_commands', slashCommand('help', stand.responseUrl()));
    child.kill('SIGTERM');
    const code = await exited;

    expect(JSON.stringify(ack)).toContain('What I can answer');
    expect(stdout).toBe('');
    expect(code).toBe(0);
  });
});
