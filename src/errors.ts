/** The closed set of error codes the bot raises; adapters map each code to user text in one table. */
export const ERROR_CODES = [
  'config_invalid',
  'upstream_unavailable',
  'rate_limited',
  'invalid_input',
  'catalog_invalid',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class BotError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BotError';
    this.code = code;
  }
}

export class ConfigError extends BotError {
  constructor(message: string) {
    super('config_invalid', message);
    this.name = 'ConfigError';
  }
}

/** Wraps anything thrown into a BotError, keeping the original as `cause`. */
export function asBotError(error: unknown): BotError {
  if (error instanceof BotError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BotError('internal', message, { cause: error });
}

/** An upstream failed: a 5xx, an unexpected status, a timeout, a broken connection or a body that does not parse. */
export class UpstreamError extends BotError {
  readonly url: string;
  readonly status: number | null;

  constructor(message: string, options: { url: string; status?: number | null; cause?: unknown }) {
    super('upstream_unavailable', message, { cause: options.cause });
    this.name = 'UpstreamError';
    this.url = options.url;
    this.status = options.status ?? null;
  }
}

/** An upstream said 429, or is still inside the wait it asked for; nothing is sent to it until `retryAt`. */
export class RateLimitedError extends BotError {
  readonly url: string;
  /** Epoch milliseconds from which the host may be asked again. */
  readonly retryAt: number;

  constructor(message: string, options: { url: string; retryAt: number }) {
    super('rate_limited', message);
    this.name = 'RateLimitedError';
    this.url = options.url;
    this.retryAt = options.retryAt;
  }
}
