/** Every cache namespace, so keys are typed and a typo is a compile error. */
export const CACHE_NAMESPACES = [
  'hub-repository',
  'hub-tag',
  'hub-search',
  'registry-token',
  'registry-manifest',
  'registry-sbom',
  'osv-vuln',
  'scan-report',
  'scout-summary',
] as const;
export type CacheNamespace = (typeof CACHE_NAMESPACES)[number];

/** Time to live per kind of data: digest-addressed registry data never changes. */
export const TTL = {
  immutable: Number.POSITIVE_INFINITY,
  tag: 5 * 60_000,
  hub: 10 * 60_000,
  vulnerability: 60 * 60_000,
} as const satisfies Record<string, number>;
