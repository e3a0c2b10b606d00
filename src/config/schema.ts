import { z } from 'zod';

/** Every setting's default, in one place; nothing else reads process.env. */
export const DEFAULTS = {
  BASEIMAGE_LOG_LEVEL: 'info',
  BASEIMAGE_OFFLINE: '0',
  BASEIMAGE_SNAPSHOT: '',
} as const satisfies Record<string, string>;

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const flag = (name: string) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', ''], { error: `${name} must be 1 or 0` })
    .transform((value) => value === '1' || value === 'true' || value === 'yes');

/** The environment as the operator writes it, turned into Config. */
export const Env = z
  .object({
    BASEIMAGE_LOG_LEVEL: z
      .enum(LOG_LEVELS, { error: `BASEIMAGE_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
      .default(DEFAULTS.BASEIMAGE_LOG_LEVEL),
    BASEIMAGE_OFFLINE: flag('BASEIMAGE_OFFLINE').default(false),
    BASEIMAGE_SNAPSHOT: z.string().default(DEFAULTS.BASEIMAGE_SNAPSHOT),
  })
  .transform((env) => ({
    logLevel: env.BASEIMAGE_LOG_LEVEL,
    offline: env.BASEIMAGE_OFFLINE,
    snapshotPath: env.BASEIMAGE_SNAPSHOT === '' ? null : env.BASEIMAGE_SNAPSHOT,
  }));

export type Config = z.output<typeof Env>;
