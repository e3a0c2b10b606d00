import { snapshotSource } from '../advice/source.js';
import type { ImageInfo } from '../catalog/types.js';
import type { Caller, CommandContext } from '../command.js';
import { mentionOf } from '../intent/mention-of.js';
import { reply, type Reply } from '../reply.js';
import type { Stores } from '../storage/types.js';

/** A channel command's caller and stores, or the reply saying why it cannot run here. */
export type Channel = { ok: true; caller: Caller; stores: Stores } | { ok: false; reply: Reply };

/** The reply of a channel command: about feedback routing, from the snapshot. */
export function channelReply(ctx: CommandContext, parts: Pick<Reply, 'title' | 'summary'> & Partial<Reply>, image: string | null = null): Reply {
  return reply({
    source: snapshotSource(ctx.catalog),
    subject: { intent: 'feedback-route', image, tag: null, version: null, variant: null },
    ...parts,
  });
}

export function channelOf(ctx: CommandContext, command: string): Channel {
  if (ctx.caller !== undefined && ctx.stores !== undefined) return { ok: true, caller: ctx.caller, stores: ctx.stores };
  const summary = `\`${command}\` works in a Slack or Discord channel: run it there.`;
  return { ok: false, reply: channelReply(ctx, { title: 'Needs a chat channel', summary, verdict: 'unknown' }) };
}

/** The official image an option names, or the reply saying it is not one (with a "did you mean"). */
export function officialImage(ctx: CommandContext, raw: string): { ok: true; image: ImageInfo } | { ok: false; reply: Reply } {
  const mention = mentionOf(raw, ctx.lexicon);
  const image = mention?.official ? ctx.catalog.getImage(mention.official) : undefined;
  if (image !== undefined) return { ok: true, image };
  const suggestion = mention?.suggestion ?? null;
  const hint = suggestion === null ? '' : ` Did you mean \`${suggestion}\`?`;
  return { ok: false, reply: channelReply(ctx, { title: 'Not an official image', summary: `\`${raw.trim()}\` is not a Docker Official Image.${hint}`, verdict: 'unknown' }) };
}

/** Only members who may manage the channel change what it watches. */
export async function refusalUnlessManager(ctx: CommandContext, caller: Caller, command: string): Promise<Reply | null> {
  if (await caller.canManageChannel()) return null;
  const who = caller.platform === 'discord' ? 'members with the Manage Channels permission' : 'workspace admins and owners, and the channel’s creator';
  return channelReply(ctx, {
    title: 'Not allowed',
    summary: `Only members who can manage this channel can \`${command}\` for it (${who}). Anyone can give \`feedback\`.`,
    verdict: 'warning',
  });
}
