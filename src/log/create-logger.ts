import type { Logger } from '../command.js';
import type { LogLevel } from '../config/schema.js';

const RANK = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const satisfies Record<LogLevel, number>;

/** Keys whose values never reach a log line. */
const SECRET_KEY = /token|secret|password|authorization|signature/i;
/** Token shapes (Slack xox and xapp, GitHub gh*_, Discord bot tokens, bearer headers) scrubbed from any string. */
const SECRET_TEXT = /\b(xox[a-z]-[\w-]+|xapp-[\w-]+|gh[pousr]_\w{20,}|github_pat_\w+|Bearer\s+[\w.~+/-]+=*|[\w-]{24,}\.[\w-]{6}\.[\w-]{27,})/g;

/** Removes secrets from a value before it is logged. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(SECRET_TEXT, '[redacted]');
  if (value instanceof Error) return { name: value.name, message: redact(value.message), stack: redact(value.stack ?? '') };
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? '[redacted]' : redact(item, depth + 1);
  }
  return out;
}

/** One JSON line per event on the given stream (standard error by default, so stdout stays for answers). */
export function createLogger(level: LogLevel, write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const threshold = RANK[level];
  function emit(at: Exclude<LogLevel, 'silent'>, data: object, message: string): void {
    if (RANK[at] < threshold) return;
    const fields = redact(data) as Record<string, unknown>;
    write(`${JSON.stringify({ time: new Date().toISOString(), level: at, msg: message, ...fields })}\n`);
  }
  return {
    debug: (data, message) => emit('debug', data, message),
    info: (data, message) => emit('info', data, message),
    warn: (data, message) => emit('warn', data, message),
    error: (data, message) => emit('error', data, message),
  };
}
