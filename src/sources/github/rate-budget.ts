/** What GitHub last said about the primary rate limit. */
export interface RateState {
  limit: number | null;
  remaining: number | null;
  /** Epoch ms when the window resets. */
  resetAt: number | null;
}

/**
 * The primary rate limit as GitHub reports it (`x-ratelimit-*` on every response, 304s included): nothing is sent
 * while none is left, and once half the window is used the rest is spread evenly until the reset.
 * @see https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api
 */
export class RateBudget {
  private readonly now: () => number;
  private state: RateState = { limit: null, remaining: null, resetAt: null };

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  /** Reads the rate-limit headers of a response (lower-case names). */
  note(headers: Readonly<Record<string, string>>): void {
    const remaining = whole(headers['x-ratelimit-remaining']);
    const reset = whole(headers['x-ratelimit-reset']);
    if (remaining === null || reset === null) return;
    this.state = { limit: whole(headers['x-ratelimit-limit']), remaining, resetAt: reset * 1000 };
  }

  /** Until the window resets after its last request is spent; an exhausted budget waits for the reset. */
  exhaust(resetAt: number): void {
    this.state = { ...this.state, remaining: 0, resetAt };
  }

  /** Ms before any request may be sent: 0 unless the window is spent and not yet reset. */
  blockedMs(): number {
    const { remaining, resetAt } = this.state;
    if (remaining === null || resetAt === null || remaining > 0) return 0;
    return Math.max(0, resetAt - this.now());
  }

  /** Ms to leave between requests so what is left lasts until the reset; 0 while more than half is left. */
  paceMs(): number {
    const { limit, remaining, resetAt } = this.state;
    if (limit === null || remaining === null || resetAt === null || remaining === 0) return this.blockedMs();
    const left = resetAt - this.now();
    if (left <= 0 || remaining > limit / 2) return 0;
    return Math.ceil(left / remaining);
  }

  snapshot(): RateState {
    return { ...this.state };
  }
}

function whole(value: string | undefined): number | null {
  const trimmed = value?.trim();
  return trimmed !== undefined && /^[0-9]+$/.test(trimmed) ? Number(trimmed) : null;
}
