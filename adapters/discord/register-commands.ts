import {
  ApplicationCommandOptionType,
  REST,
  Routes,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { z } from 'zod';
import type { Config } from '../../src/config/schema.js';
import { SUBCOMMANDS, type OptionSpec, type Subcommand } from './subcommands.js';

/** The one chat-input command every subcommand hangs under. */
export const ROOT_COMMAND = 'baseimage';
const ROOT_DESCRIPTION = 'Advice on Docker Official Images: which base, is it official, is it clean';

/** The application commands as Discord takes them: `/baseimage <subcommand>` from the table in subcommands.ts. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [{ name: ROOT_COMMAND, description: ROOT_DESCRIPTION, options: SUBCOMMANDS.map(subcommandOption) }];
}

function subcommandOption(entry: Subcommand): APIApplicationCommandSubcommandOption {
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: entry.command.name,
    description: (entry.description ?? entry.command.description).slice(0, 100),
    options: entry.options.map(stringOption),
  };
}

function stringOption(spec: OptionSpec): APIApplicationCommandBasicOption {
  return {
    type: ApplicationCommandOptionType.String,
    name: spec.name,
    description: spec.description.slice(0, 100),
    required: spec.required,
    autocomplete: spec.complete !== null,
    max_length: spec.maxLength,
  };
}

/** What Discord answers a bulk overwrite with: the commands as stored, with their ids. */
export const RegisteredCommand = z.object({ id: z.string(), name: z.string() });
export type RegisteredCommand = z.infer<typeof RegisteredCommand>;
const RegisteredCommands = z.array(RegisteredCommand);

/**
 * Overwrites the application's commands, globally or in one guild (guild commands update at once; global ones are
 * for every server the bot is in).
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
export async function registerCommands(discord: NonNullable<Config['discord']>, guildId: string | null = null): Promise<RegisteredCommand[]> {
  const rest = new REST({ api: discord.apiUrl }).setToken(discord.token);
  const route = guildId === null ? Routes.applicationCommands(discord.applicationId) : Routes.applicationGuildCommands(discord.applicationId, guildId);
  return RegisteredCommands.parse(await rest.put(route, { body: commandDefinitions() }));
}
