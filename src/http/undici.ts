import { createRequire } from 'node:module';
import type * as Undici from 'undici';

const load = createRequire(import.meta.url);
let loaded: typeof Undici | undefined;

/**
 * undici, loaded at first use (the same module instance a static import gives): evaluating its root module takes
 * about 75 ms, which a bot answering from the snapshot alone (BASEIMAGE_OFFLINE=1) never needs to pay at start.
 */
export function undici(): typeof Undici {
  loaded ??= load('undici') as typeof Undici;
  return loaded;
}
