import { loadBundledCatalog } from './catalog/load-bundled.js';
import type { CommandContext, Logger } from './command.js';
import type { Config } from './config/schema.js';
import { lexiconFor } from './core.js';
import { createLogger } from './log/create-logger.js';

/** Builds what every command shares: the catalog (bundled, or BASEIMAGE_SNAPSHOT), its lexicon, a logger, a clock. */
export function createContext(config: Config, log: Logger = createLogger(config.logLevel)): CommandContext {
  const catalog = config.snapshotPath === null ? loadBundledCatalog() : loadBundledCatalog(config.snapshotPath);
  for (const error of catalog.errors) log.warn(error, 'library file skipped');
  return { catalog, lexicon: lexiconFor(catalog), log, clock: () => new Date() };
}
