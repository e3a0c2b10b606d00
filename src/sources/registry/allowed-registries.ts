import type { Config } from '../../config/schema.js';
import { DOCKER_HUB } from '../../image-ref/parse-image-ref.js';
import type { ImageRef } from '../../image-ref/types.js';

/** What to tell the asker about an image on a registry the operator did not list. */
export const ONLY_DOCKER_HUB_MESSAGE =
  'Only Docker Hub images are looked up. The operator can list other registries in BASEIMAGE_REGISTRIES.';

/** Docker Hub is always allowed; other registries only when listed in `BASEIMAGE_REGISTRIES`. */
export function isAllowedRegistry(config: Pick<Config, 'registries'>, ref: Pick<ImageRef, 'registry'>): boolean {
  return ref.registry === DOCKER_HUB || config.registries.includes(ref.registry.toLowerCase());
}

/**
 * The base URL to look `ref` up at: the configured registry for Docker Hub, `https://<host>` for a listed registry
 * (`http://` for `localhost` and 127.0.0.1), null when the registry is not allowed.
 */
export function registryUrlFor(config: Pick<Config, 'registries' | 'registryUrl'>, ref: Pick<ImageRef, 'registry'>): string | null {
  if (!isAllowedRegistry(config, ref)) return null;
  if (ref.registry === DOCKER_HUB) return config.registryUrl;
  const host = ref.registry.toLowerCase();
  const local = /^(localhost|127\.0\.0\.1)(:|$)/.test(host);
  return `${local ? 'http' : 'https'}://${host}`;
}
