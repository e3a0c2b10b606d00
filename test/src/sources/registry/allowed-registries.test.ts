import { describe, expect, it } from 'vitest';
import { isAllowedRegistry, registryUrlFor } from '../../../../src/sources/registry/allowed-registries.js';

const config = { registries: ['ghcr.io', 'localhost:5000'], registryUrl: 'https://registry-1.docker.io' };

describe('isAllowedRegistry', () => {
  it.each([
    ['docker.io', true],
    ['ghcr.io', true],
    ['localhost:5000', true],
    ['quay.io', false],
    ['registry.example.com', false],
  ])('%s → %s', (registry, allowed) => {
    expect(isAllowedRegistry(config, { registry })).toBe(allowed);
  });
});

describe('registryUrlFor', () => {
  it.each([
    ['docker.io', 'https://registry-1.docker.io'],
    ['ghcr.io', 'https://ghcr.io'],
    ['localhost:5000', 'http://localhost:5000'],
    ['quay.io', null],
  ])('%s → %s', (registry, url) => {
    expect(registryUrlFor(config, { registry })).toBe(url);
  });
});
