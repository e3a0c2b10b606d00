import { answerIntent } from '../advice/answer-intent.js';
import { localize } from '../advice/zh.js';
import type { CommandContext } from '../command.js';
import type { Intent, IntentName } from '../intent/types.js';
import type { Reply } from '../reply.js';
import { compareLive } from './live-compare.js';
import type { LiveJob } from './live-job.js';
import { officialLive } from './live-official.js';
import { deadline, withLiveUnavailable } from './live-source.js';
import { recommendLive, sizeLive, tagInfoLive } from './live-tags.js';
import { vulnLive } from './live-vulns.js';

/** Live lookups stop here so that the snapshot answer still arrives within 2.5 s. */
export const LIVE_BUDGET_MS = 2_200;

const LIVE: Partial<Record<IntentName, (job: LiveJob) => Promise<Reply | null>>> = {
  'official-check': officialLive,
  'vuln-check': vulnLive,
  'compare-tags': compareLive,
  'recommend-variant': recommendLive,
  'tag-info': tagInfoLive,
  size: sizeLive,
};

/** Whether answering this intent may wait on the network (adapters show "looking up…" for these). */
export function needsLiveLookup(ctx: CommandContext, intent: Intent): boolean {
  return ctx.sources !== null && LIVE[intent.name] !== undefined;
}

/**
 * Answers from live data when the upstreams answer in time, and from the snapshot otherwise, saying so. The
 * snapshot's answer is built first: it is the fallback and the frame the live facts fill in.
 */
export async function answerQuestion(ctx: CommandContext, intent: Intent): Promise<Reply> {
  const offline = answerIntent(ctx.catalog, intent);
  const live = LIVE[intent.name];
  if (ctx.sources === null || live === undefined) return offline;
  const signal = deadline(ctx.signal, LIVE_BUDGET_MS);
  try {
    const answer = await live({ ctx, sources: ctx.sources, intent, offline, signal });
    return answer === null ? offline : localize(ctx.catalog, answer, intent.language);
  } catch (error) {
    ctx.log.warn({ intent: intent.name, image: offline.subject.image, error }, 'live lookup failed');
    return withLiveUnavailable(offline, error, signal);
  }
}
