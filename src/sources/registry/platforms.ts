import type { Descriptor, Platform } from './schema.js';

/** One platform image of an index, with the attestation manifest that describes it (null when none). */
export interface PlatformImage {
  /** Null for a tag that is a single-platform manifest (no index to say which). */
  platform: Platform | null;
  digest: string;
  size: number;
  attestationDigest: string | null;
  annotations: Record<string, string>;
}

/**
 * Splits an index into platform images and pairs each with its attestation manifest: the entry typed
 * `attestation-manifest` whose `vnd.docker.reference.digest` names the image; `unknown/unknown` entries are not images.
 * @see https://github.com/moby/buildkit/blob/master/docs/attestations/attestation-storage.md
 */
export function choosePlatforms(manifests: readonly Descriptor[]): PlatformImage[] {
  const attestations = new Map<string, string>();
  for (const entry of manifests) {
    const subject = entry.annotations['vnd.docker.reference.digest'];
    if (entry.annotations['vnd.docker.reference.type'] === 'attestation-manifest' && subject) attestations.set(subject, entry.digest);
  }
  return manifests
    .filter((entry) => entry.platform && entry.platform.os !== 'unknown' && entry.platform.architecture !== 'unknown')
    .map((entry) => ({
      platform: entry.platform,
      digest: entry.digest,
      size: entry.size,
      attestationDigest: attestations.get(entry.digest) ?? null,
      annotations: entry.annotations,
    }));
}

/** `os/architecture[/variant]`, e.g. `linux/arm64/v8`. */
export function formatPlatform(platform: Platform | null): string {
  if (!platform) return 'unknown';
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/**
 * The image for `wanted` (`linux/amd64`, `linux/arm64`, `linux/arm/v7`); a missing variant matches any, and
 * `arm64` without a variant is `arm64/v8`.
 */
export function findPlatform(images: readonly PlatformImage[], wanted: string): PlatformImage | null {
  const [os = '', architecture = '', variant = null] = wanted.toLowerCase().split('/');
  const normal = (value: string | null, arch: string) => value ?? (arch === 'arm64' ? 'v8' : null);
  return (
    images.find((image) => {
      const platform = image.platform;
      if (!platform || platform.os !== os || platform.architecture !== architecture) return false;
      return variant === null || normal(platform.variant, architecture) === normal(variant, architecture);
    }) ?? null
  );
}
