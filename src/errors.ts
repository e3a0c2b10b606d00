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
