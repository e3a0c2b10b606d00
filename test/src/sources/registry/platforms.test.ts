import { describe, expect, it } from 'vitest';
import { choosePlatforms, findPlatform, formatPlatform } from '../../../../src/sources/registry/platforms.js';
import type { Descriptor } from '../../../../src/sources/registry/schema.js';

const d = (digest: string, platform: Descriptor['platform'], annotations: Record<string, string> = {}): Descriptor => ({
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest,
  size: 1,
  platform,
  annotations,
});
const amd = `sha256:${'a'.repeat(64)}`;
const arm = `sha256:${'b'.repeat(64)}`;
const att = `sha256:${'c'.repeat(64)}`;

describe('choosePlatforms', () => {
  it('pairs images with their attestation manifests and drops unknown/unknown entries', () => {
    const images = choosePlatforms([
      d(amd, { os: 'linux', architecture: 'amd64', variant: null }),
      d(arm, { os: 'linux', architecture: 'arm64', variant: 'v8' }),
      d(att, { os: 'unknown', architecture: 'unknown', variant: null }, { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': amd }),
    ]);

    expect(images.map((image) => [formatPlatform(image.platform), image.attestationDigest])).toEqual([
      ['linux/amd64', att],
      ['linux/arm64/v8', null],
    ]);
  });

  it('returns nothing for an empty index', () => {
    expect(choosePlatforms([])).toEqual([]);
  });
});

describe('findPlatform', () => {
  const images = choosePlatforms([
    d(amd, { os: 'linux', architecture: 'amd64', variant: null }),
    d(arm, { os: 'linux', architecture: 'arm64', variant: null }),
  ]);

  it.each([
    ['linux/amd64', amd],
    ['linux/arm64', arm],
    ['linux/arm64/v8', arm],
    ['linux/arm/v7', null],
    ['windows/amd64', null],
  ])('finds %s', (wanted, digest) => {
    expect(findPlatform(images, wanted)?.digest ?? null).toBe(digest);
  });
});
