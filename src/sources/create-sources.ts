import type { Dispatcher } from 'undici';
import { Cache } from '../cache/cached.js';
import type { Logger } from '../command.js';
import type { Config } from '../config/schema.js';
import { createAgent, Http } from '../http/create-http.js';
import type { ImageRef } from '../image-ref/types.js';
import { DockerHubClient } from './docker-hub/client.js';
import { registryUrlFor } from './registry/allowed-registries.js';
import { RegistryClient } from './registry/client.js';
import { OsvClient } from './scan/client.js';
import { VulnerabilityScanner } from './scan/vulnerabilities.js';
import { ScoutClient } from './scout/client.js';

export interface Sources {
  http: Http;
  cache: Cache;
  hub: DockerHubClient;
  /** Docker Hub's registry (BASEIMAGE_REGISTRY_URL). */
  registry: RegistryClient;
  osv: OsvClient;
  vulnerabilities: VulnerabilityScanner;
  /** Docker Scout summaries; null unless BASEIMAGE_SCOUT=1. */
  scout: ScoutClient | null;
  /** The registry client for `ref`, or null when its registry is not Docker Hub and not in BASEIMAGE_REGISTRIES. */
  registryFor(ref: Pick<ImageRef, 'registry'>): RegistryClient | null;
  /** Closes the Agent built here (not an injected dispatcher), aborting what is still in flight. */
  close(): Promise<void>;
}

export interface SourcesOptions {
  /** Tests pass a MockAgent or a short-timeout Agent; otherwise one Agent is built from BASEIMAGE_HTTP_TIMEOUT_MS. */
  dispatcher?: Dispatcher;
  log?: Logger;
  /** Epoch ms for rate limits and cache expiry. */
  now?: () => number;
  cache?: Cache;
}

/** Wires every live client from Config over one Agent and one cache; null when BASEIMAGE_OFFLINE=1 (snapshot only). */
export function createSources(config: Config, options: SourcesOptions = {}): Sources | null {
  if (config.offline) return null;
  const dispatcher = options.dispatcher ?? createAgent(config.httpTimeoutMs);
  const ownsAgent = options.dispatcher === undefined;
  const now = options.now ?? Date.now;
  const http = new Http({ timeoutMs: config.httpTimeoutMs, dispatcher, now, ...(options.log ? { log: options.log } : {}) });
  const cache = options.cache ?? new Cache({ now });
  const registry = new RegistryClient(http, cache, config.registryUrl);
  const registries = new Map<string, RegistryClient>([[config.registryUrl, registry]]);
  const registryFor = (ref: Pick<ImageRef, 'registry'>): RegistryClient | null => {
    const url = registryUrlFor(config, ref);
    if (url === null) return null;
    const client = registries.get(url) ?? new RegistryClient(http, cache, url);
    registries.set(url, client);
    return client;
  };
  const osv = new OsvClient(http, cache, config.osvUrl);
  return {
    http,
    cache,
    hub: new DockerHubClient(http, cache, config.hubUrl),
    registry,
    osv,
    vulnerabilities: new VulnerabilityScanner(registryFor, osv, cache),
    scout: config.scoutUrl === null ? null : new ScoutClient(http, cache, config.scoutUrl),
    registryFor,
    close: async () => {
      if (ownsAgent) await dispatcher.destroy();
    },
  };
}
