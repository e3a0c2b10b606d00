import type { DataSource, Reply } from '../reply.js';
import { BotError } from '../errors.js';

/** A live answer's source: the services asked and the minute it was asked (UTC). */
export function liveSource(label: string, now: Date): DataSource {
  return { label, date: `${now.toISOString().slice(0, 16)}Z`, live: true };
}

/** Why live data could not be had, in words for the asker. */
export function unavailableReason(error: unknown, signal: AbortSignal): string {
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    return reason instanceof Error && reason.name === 'TimeoutError' ? 'the lookup took too long' : 'the lookup was cancelled';
  }
  if (error instanceof BotError && error.code === 'rate_limited') return 'Docker Hub asked us to slow down';
  if (error instanceof Error && / timed out$/.test(error.message)) return 'the lookup took too long';
  return 'an upstream service did not answer';
}

/** The snapshot answer, saying that live data was unavailable and why. */
export function withLiveUnavailable(offline: Reply, error: unknown, signal: AbortSignal): Reply {
  const note = `Live data was unavailable (${unavailableReason(error, signal)}): this answer is from the snapshot of ${offline.source.date}.`;
  return { ...offline, caveats: [note, ...offline.caveats] };
}

/** An abort signal for the whole answer: the caller's, and a deadline. */
export function deadline(signal: AbortSignal | undefined, ms: number): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  return signal === undefined ? timeout : AbortSignal.any([signal, timeout]);
}
