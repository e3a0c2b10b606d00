import { describe, expect, it } from 'vitest';
import { parseDockerfile, substitute } from '../../../src/dockerfile/parse-dockerfile.js';

describe('parseDockerfile', () => {
  it('finds every FROM of a multi-stage build with stage names and platforms', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      'FROM --platform=$BUILDPLATFORM golang:1.27 AS Build',
      'RUN go build ./...',
      'FROM build AS test',
      'from gcr.io/distroless/static',
    ].join('\n');

    const froms = parseDockerfile(text);

    expect(froms.map(({ line, image, stage, fromStage, platform }) => ({ line, image, stage, fromStage, platform }))).toEqual([
      { line: 2, image: 'golang:1.27', stage: 'build', fromStage: null, platform: '' },
      { line: 4, image: 'build', stage: 'test', fromStage: 'build', platform: null },
      { line: 5, image: 'gcr.io/distroless/static', stage: null, fromStage: null, platform: null },
    ]);
  });

  it('resolves ARG defaults declared before the first FROM', () => {
    const text = 'ARG PY=3.13\nARG VARIANT="slim"\nFROM python:${PY}-${VARIANT}\nARG LATE=x\nFROM node:$LATE';

    const [first, second] = parseDockerfile(text);

    expect(first?.image).toBe('python:3.13-slim');
    expect(second?.image).toBeNull();
    expect(second?.unresolved).toEqual(['LATE']);
  });

  it('joins continuation lines and skips comments inside them', () => {
    const froms = parseDockerfile('FROM \\\n  # the base\n  python:3.13 \\\n  AS base');

    expect(froms[0]).toMatchObject({ line: 1, image: 'python:3.13', stage: 'base' });
  });

  it.each([
    ['${A:-3.12}', new Map(), '3.12'],
    ['${A:-3.12}', new Map([['A', '3.11']]), '3.11'],
    ['x${A:+-slim}', new Map([['A', '1']]), 'x-slim'],
    ['x${A:+-slim}', new Map(), 'x'],
  ] as const)('substitutes %s', (text, vars, expected) => {
    expect(substitute(text, new Map(vars)).value).toBe(expected);
  });

  it('returns nothing for text without FROM', () => {
    expect(parseDockerfile('RUN echo hi\n\n')).toEqual([]);
  });
});
