import { undici } from './undici.js';
import { BotError, RateLimitedError, UpstreamError } from '../errors.js';

/** When a host gives no hint, a 429 keeps it untouched for this long. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

export interface ResponseHead {
  url: string;
  status: number;
  headers: Readonly<Record<string, string>>;
}

/**
 * The one place that turns a failed status into an error: 404 → null (the caller answers "absent"),
 * 429 → RateLimitedError, anything else → UpstreamError.
 */
export function mapHttpError(response: ResponseHead, now: number): BotError | null {
  if (response.status === 404) return null;
  if (response.status === 429) {
    const retryAt = rateLimitedUntil(response.headers, now) ?? now + DEFAULT_RATE_LIMIT_WAIT_MS;
    return new RateLimitedError(`${hostOf(response.url)} is rate limiting us (429)`, { url: response.url, retryAt });
  }
  const kind = response.status >= 500 ? 'failed' : 'refused the request';
  return new UpstreamError(`${hostOf(response.url)} ${kind} (${response.status})`, response);
}

/** A request that got no usable response: connection errors, timeouts, aborts. */
export function mapRequestFailure(error: unknown, url: string): BotError {
  if (error instanceof BotError) return error;
  const what = isTimeout(error) ? 'timed out' : isAbort(error) ? 'was aborted' : 'could not be reached';
  return new UpstreamError(`${hostOf(url)} ${what}`, { url, cause: error });
}

/**
 * Epoch ms until which the host asks to be left alone: `Retry-After` (seconds or HTTP date), Hub's older
 * `X-Retry-After` (unix seconds), or `X-RateLimit-Reset` when `X-RateLimit-Remaining` is 0. Null when none applies.
 * @see https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
 */
export function rateLimitedUntil(headers: Readonly<Record<string, string>>, now: number): number | null {
  const retryAfter = headers['retry-after']?.trim();
  if (retryAfter) {
    if (/^[0-9]+$/.test(retryAfter)) return now + Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(date, now);
  }
  const unix = unixSeconds(headers['x-retry-after']);
  if (unix !== null) return Math.max(unix * 1000, now);
  const reset = unixSeconds(headers['x-ratelimit-reset']);
  if (reset !== null && headers['x-ratelimit-remaining']?.trim() === '0') return Math.max(reset * 1000, now);
  return null;
}

function unixSeconds(value: string | undefined): number | null {
  const trimmed = value?.trim();
  return trimmed && /^[0-9]+$/.test(trimmed) ? Number(trimmed) : null;
}

function isTimeout(error: unknown): boolean {
  const undiciErrors = undici().errors;
  return (
    error instanceof undiciErrors.HeadersTimeoutError ||
    error instanceof undiciErrors.BodyTimeoutError ||
    error instanceof undiciErrors.ConnectTimeoutError ||
    (error instanceof Error && error.name === 'TimeoutError')
  );
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error instanceof undici().errors.RequestAbortedError);
}

export function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).host : url;
}
