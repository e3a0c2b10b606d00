/**
 * `npm run discord:register [-- --guild <id>]`: registers `/baseimage` with Discord, globally or in one guild.
 * @see ../../docs/discord.md
 */
import { loadConfig } from '../../src/config/load-config.js';
import { BotError } from '../../src/errors.js';
import { registerCommands } from './register-commands.js';

const USAGE = 'usage: npm run discord:register [-- --guild <guild id>]';
const MISSING = 'DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set to register commands: copy them from your application in the Discord developer portal (see docs/discord.md)';

/** The guild id after `--guild`, null for a global registration; an Error for anything else. */
export function parseRegisterArgs(args: readonly string[]): string | null | Error {
  if (args.length === 0) return null;
  const [flag, id, ...rest] = args;
  if (flag === '--guild' && id !== undefined && /^[0-9]{5,25}$/.test(id) && rest.length === 0) return id;
  return new Error(USAGE);
}

async function main(): Promise<number> {
  const guildId = parseRegisterArgs(process.argv.slice(2));
  if (guildId instanceof Error) return fail(guildId.message);
  const config = loadConfig();
  if (config.discord === null) return fail(MISSING);
  const registered = await registerCommands(config.discord, guildId);
  const where = guildId === null ? 'globally (may take up to an hour to show everywhere)' : `in guild ${guildId}`;
  process.stdout.write(`registered ${registered.map((command) => `/${command.name}`).join(', ')} ${where}\n`);
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`baseimage: ${message}\n`);
  return 2;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const config = error instanceof BotError && error.code === 'config_invalid';
    process.stderr.write(`baseimage: ${config ? (error as BotError).message : describeFailure(error)}\n`);
    process.exitCode = config ? 2 : 1;
  },
);

/** Discord's status and message only: nothing of the request, whose headers carry the token. */
function describeFailure(error: unknown): string {
  if (error instanceof Error && 'status' in error) return `Discord refused the registration (${String(error.status)} ${error.message})`;
  return `registration failed: ${error instanceof Error ? error.message : String(error)}`;
}
