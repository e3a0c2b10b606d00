/**
 * A watcher in its own process, for the kill -9 tests: `node --import tsx test/src/watch/watcher-child.ts` with
 * BASEIMAGE_GITHUB_API_URL, BASEIMAGE_DB, BASEIMAGE_WATCH_INTERVAL and SINK_URL set. Prints `ready` once started.
 */
import { loadBundledCatalog } from '../../../src/catalog/load-bundled.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { createSqliteStores } from '../../../src/storage/sqlite/create-sqlite-stores.js';
import { createWatchService } from '../../../src/watch/watch-service.js';
import { SinkPoster } from './chat-sink.js';

const config = loadConfig();
const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const stores = createSqliteStores(config.dbPath);
const service = createWatchService(config, { catalog: loadBundledCatalog(), log: quiet }, stores, new SinkPoster(process.env['SINK_URL'] ?? ''), {
  delivery: { backoffMs: 50 },
  deliveryIdleMs: 20,
});
service.start();
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  void service.stop().then(() => {
    stores.close();
    process.exit(0);
  });
});
