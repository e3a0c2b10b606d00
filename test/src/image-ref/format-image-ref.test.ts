import { describe, expect, it } from 'vitest';
import { formatImageRef, isDockerHub, isLibraryRef } from '../../../src/image-ref/format-image-ref.js';
import { parseImageRef } from '../../../src/image-ref/parse-image-ref.js';
import type { ImageRef } from '../../../src/image-ref/types.js';

function parsed(text: string): ImageRef {
  const result = parseImageRef(text);
  if (!result.ok) throw new Error(`fixture ${text} does not parse: ${result.error}`);
  return result.value;
}

describe('formatImageRef', () => {
  it.each([
    ['docker.io/library/python:3.13', 'python:3.13', 'docker.io/library/python:3.13'],
    ['index.docker.io/bitnami/redis', 'bitnami/redis', 'docker.io/bitnami/redis'],
    ['docker.io/my.org/app', 'docker.io/my.org/app', 'docker.io/my.org/app'],
    ['localhost:5000/x', 'localhost:5000/x', 'localhost:5000/x'],
    ['ghcr.io/a/b/c:1', 'ghcr.io/a/b/c:1', 'ghcr.io/a/b/c:1'],
  ])('writes %j as %j (familiar) and %j (full)', (text, familiar, full) => {
    const ref = parsed(text);

    expect(formatImageRef(ref)).toBe(familiar);
    expect(formatImageRef(ref, 'full')).toBe(full);
  });
});

describe('isDockerHub and isLibraryRef', () => {
  it.each([
    ['python', true, true],
    ['registry-1.docker.io/library/node', true, true],
    ['bitnami/python', true, false],
    ['localhost:5000/x', false, false],
    ['ghcr.io/library/python', false, false],
  ])('%j: hub %s, library %s', (text, hub, library) => {
    const ref = parsed(text);

    expect(isDockerHub(ref)).toBe(hub);
    expect(isLibraryRef(ref)).toBe(library);
  });
});
