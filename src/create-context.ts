import { loadBundledCatalog } from './catalog/load-bundled.js';
import type { CommandContext, Logger } from './command.js';
import type { Config } from './config/schema.js';
import { lexiconFor } from './core.js';
import { createLogger } from './log/create-logger.js';
import { createSources, type SourcesOptions } from './sources/create-sources.js';

/**
 * Builds what every command shares: the catalog (bundled, or BASEIMAGE_SNAPSHOT), its lexicon, a logger, a clock and
 * the live sources (none when BASEIMAGE_OFFLINE=1).
 */
export function createContext(config: Config, log: Logger = createLogger(config.logLevel), options: SourcesOptions = {}): CommandContext {
  const catalog = config.snapshotPath === null ? loadBundledCatalog() : loadBundledCatalog(config.snapshotPath);
  for (const error of catalog.errors) log.warn(error, 'library file skipped');
  const sources = createSources(config, { log, ...options });
  return { catalog, lexicon: lexiconFor(catalog), log, clock: () => new Date(), sources };
}
