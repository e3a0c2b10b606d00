import { describe, expect, it } from 'vitest';
import { complete } from '../../../src/autocomplete/complete.js';
import { testContext } from '../../helpers/context.js';

const { catalog, lexicon } = testContext();

describe('complete', () => {
  it.each([
    ['image', 'node.js', '', 'node'],
    ['reference', 'python:3.13-slim', '', 'python:3.13-slim'],
    ['tag', '3.13-slim', 'python', '3.13-slim'],
    ['version', '22', 'node.js', '22'],
    ['variant', 'sl', 'python', 'slim'],
  ] as const)('suggests for a %s option', (kind, typed, image, first) => {
    expect(complete(catalog, lexicon, kind, typed, image)[0]?.value).toBe(first);
  });
});
