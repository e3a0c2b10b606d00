import type { Catalog } from '../../src/catalog/types.js';
import { loadBundledCatalog } from '../../src/catalog/load-bundled.js';
import type { CommandContext, Logger } from '../../src/command.js';
import { lexiconFor } from '../../src/core.js';
import type { Pins } from '../../src/intent/types.js';
import type { Sources } from '../../src/sources/create-sources.js';

let bundled: Catalog | undefined;

/** The bundled snapshot's catalog: real official-images data, loaded once per test file. */
export function realCatalog(): Catalog {
  bundled ??= loadBundledCatalog();
  return bundled;
}

export interface RecordedLog extends Logger {
  lines: { level: string; data: object; message: string }[];
}

export function recordingLogger(): RecordedLog {
  const lines: RecordedLog['lines'] = [];
  const at = (level: string) => (data: object, message: string) => void lines.push({ level, data, message });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A context on the real catalog; offline unless live sources are given. */
export function testContext(log: Logger = recordingLogger(), sources: Sources | null = null): CommandContext {
  const catalog = realCatalog();
  return { catalog, lexicon: lexiconFor(catalog), log, clock: () => new Date('2026-11-23T12:00:00Z'), sources };
}

export const NO_PINS: Pins = { version: null, variant: null, release: null, distro: null, libc: null, platform: null };

export function pins(parts: Partial<Pins>): Pins {
  return { ...NO_PINS, ...parts };
}
