import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { Env, type Config } from './schema.js';

/** Reads and validates the configuration once, at start-up; the message says what to fix. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) throw new ConfigError(z.prettifyError(parsed.error));
  return parsed.data;
}
