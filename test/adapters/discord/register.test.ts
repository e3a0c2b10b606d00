import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions, registerCommands } from '../../../adapters/discord/register-commands.js';
import { SUBCOMMANDS } from '../../../adapters/discord/subcommands.js';
import { startDiscordStandIn, type DiscordStandIn } from '../../stand-ins/discord/discord-stand-in.js';
import { IDS } from '../../stand-ins/discord/payloads.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let discord: DiscordStandIn;

beforeAll(async () => {
  discord = await startDiscordStandIn();
});

afterAll(async () => {
  await discord.close();
});

afterEach(() => {
  expect(discord.violations).toEqual([]);
});

/** `npm run discord:register` as a child process (TypeScript through tsx). */
function register(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/discord/register.ts', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('command definitions', () => {
  it('are one /baseimage command with a subcommand per table entry, image options autocompleted', () => {
    const [root] = commandDefinitions();

    expect(root?.name).toBe('baseimage');
    const subcommands = root?.options ?? [];
    expect(subcommands.map((option) => option.name)).toEqual(SUBCOMMANDS.map((entry) => entry.command.name));
    const recommend = subcommands.find((option) => option.name === 'recommend');
    expect(recommend).toMatchObject({ type: 1, options: [{ name: 'image', type: 3, required: true, autocomplete: true }, { name: 'version', required: false, autocomplete: true }, { name: 'variant', autocomplete: true }] });
  });
});

describe('registerCommands', () => {
  it('overwrites the global commands with the bot token', async () => {
    const registered = await registerCommands(discord.config);

    expect(registered.map((command) => command.name)).toEqual(['baseimage']);
    expect(registered[0]?.id).toMatch(/^\d+$/);
    expect(discord.state.registered.get(null)).toEqual(commandDefinitions());
  });

  it('overwrites one guild commands', async () => {
    await registerCommands(discord.config, IDS.guild);

    expect(discord.state.registered.get(IDS.guild)).toEqual(commandDefinitions());
  });
});

describe('npm run discord:register', () => {
  it('registers in one guild with --guild', async () => {
    const result = await register(['--guild', '123456789'], discord.env);

    expect(result).toMatchObject({ code: 0, stdout: 'registered /baseimage in guild 123456789\n' });
    expect(discord.state.registered.get('123456789')).toEqual(commandDefinitions());
  });

  it('exits 2 saying what to set when DISCORD_TOKEN is missing', async () => {
    const result = await register([], { DISCORD_APPLICATION_ID: IDS.application });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set');
  });

  it('exits 2 when DISCORD_APPLICATION_ID is missing', async () => {
    const result = await register([], { DISCORD_TOKEN: discord.config.token });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('DISCORD_APPLICATION_ID is required with DISCORD_TOKEN');
  });

  it('exits 2 with the usage for other arguments', async () => {
    const result = await register(['--guild'], discord.env);

    expect(result).toMatchObject({ code: 2, stderr: 'baseimage: usage: npm run discord:register [-- --guild <guild id>]\n' });
  });

  it('exits 1 naming Discord refusal, without the token', async () => {
    const result = await register([], { ...discord.env, DISCORD_TOKEN: 'wrong-token-value' });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Discord refused the registration (401');
    expect(result.stderr).not.toContain('wrong-token-value');
  });
});
