import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import { runCommand } from '../../commands/index.js';
import { complete } from '../../src/autocomplete/complete.js';
import type { CommandContext } from '../../src/command.js';
import { answerSafely, within, type Answer } from './answer.js';
import { callerOf } from './caller.js';
import { answerMessage, noticeText, sharedMessage } from './messages.js';
import { cannotPostHere } from './notices.js';
import { missingPostingPermissions } from './posting-permissions.js';
import { ROOT_COMMAND } from './register-commands.js';
import type { OriginalResponse } from './original-response.js';
import type { ShareStore } from './share-store.js';
import { findSubcommand, type Options, type Subcommand } from './subcommands.js';

export interface InteractionDeps {
  ctx: CommandContext;
  shares: ShareStore;
  /** An answer not known to go live is still deferred if it is not ready by then (Discord allows 3 s). */
  deferAfterMs: number;
  original: OriginalResponse;
}

/** Routes one interaction: autocomplete, a `/baseimage` subcommand, or a Share button. */
export async function handleInteraction(deps: InteractionDeps, interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) return handleAutocomplete(deps, interaction);
  if (interaction.isChatInputCommand()) return handleCommand(deps, interaction);
  if (interaction.isButton()) return handleButton(deps, interaction);
}

async function handleCommand(deps: InteractionDeps, interaction: ChatInputCommandInteraction): Promise<void> {
  const entry = interaction.commandName === ROOT_COMMAND ? findSubcommand(interaction.options.getSubcommand(false)) : undefined;
  if (entry === undefined) {
    await interaction.reply({ content: noticeText('unknown_command'), flags: MessageFlags.Ephemeral });
    return;
  }
  if (await refusedForPosting(entry, interaction)) return;
  const options = readOptions(entry, interaction);
  const ctx: CommandContext = { ...deps.ctx, caller: callerOf(interaction) };
  const answer = () => answerSafely(ctx, () => runCommand(ctx, entry.command, options));
  await (isLive(ctx, entry, options) ? deferThenEdit(deps, interaction, answer) : replyOrDefer(deps, interaction, answer()));
}

/** A channel watched where the bot cannot post would only collect pings Discord refuses: say what to grant first. */
async function refusedForPosting(entry: Subcommand, interaction: ChatInputCommandInteraction): Promise<boolean> {
  if (entry.command.name !== 'watch') return false;
  const missing = missingPostingPermissions(interaction.appPermissions);
  if (missing.length === 0) return false;
  await interaction.reply({ content: cannotPostHere(missing), flags: MessageFlags.Ephemeral });
  return true;
}

function readOptions(entry: Subcommand, interaction: ChatInputCommandInteraction | AutocompleteInteraction): Options {
  const options: Options = {};
  for (const spec of entry.options) {
    const value = interaction.options.getString(spec.name);
    if (value !== null) options[spec.name] = value;
  }
  return options;
}

/** An error in deciding is the answer's to report: the answer runs anyway and says what went wrong. */
function isLive(ctx: CommandContext, entry: Subcommand, options: Options): boolean {
  try {
    return entry.live(ctx, options);
  } catch {
    return false;
  }
}

/**
 * For an answer that waits on live lookups: defer first, then answer and edit the original response. The answer
 * starts once Discord has taken the deferral, so a burst of commands cannot hold every deferral behind every
 * answer's work (and an interaction Discord no longer knows costs no lookups).
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
async function deferThenEdit(deps: InteractionDeps, interaction: ChatInputCommandInteraction, answer: () => Promise<Answer>): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await deps.original.edit(interaction.applicationId, interaction.token, answerMessage(await answer(), deps.shares));
}

/** Answers at once when the answer is ready in time; otherwise defers, as for a live answer. */
async function replyOrDefer(deps: InteractionDeps, interaction: ChatInputCommandInteraction, answer: Promise<Answer>): Promise<void> {
  const ready = await within(answer, deps.deferAfterMs);
  if (ready !== undefined) {
    await interaction.reply({ ...answerMessage(ready, deps.shares), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await deps.original.edit(interaction.applicationId, interaction.token, answerMessage(await answer, deps.shares));
}

/** Suggestions from memory only: Discord allows 3 s and no deferral. */
async function handleAutocomplete(deps: InteractionDeps, interaction: AutocompleteInteraction): Promise<void> {
  const entry = findSubcommand(interaction.options.getSubcommand(false));
  const focused = interaction.options.getFocused(true);
  const spec = entry?.options.find((option) => option.name === focused.name);
  if (entry === undefined || spec === undefined || spec.complete === null) {
    await interaction.respond([]);
    return;
  }
  const image = readOptions(entry, interaction).image ?? '';
  await interaction.respond(complete(deps.ctx.catalog, deps.ctx.lexicon, spec.complete, String(focused.value), image));
}

/** Share: the stored answer, visibly in the channel; an expired one says so, to the clicker only. */
async function handleButton(deps: InteractionDeps, interaction: ButtonInteraction): Promise<void> {
  const reply = deps.shares.get(interaction.customId);
  if (reply === undefined) {
    await interaction.reply({ content: noticeText('share_expired'), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.reply(sharedMessage(reply, interaction.user.id));
}
