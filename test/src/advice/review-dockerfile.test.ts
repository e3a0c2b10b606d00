import { describe, expect, it } from 'vitest';
import { reviewDockerfile } from '../../../src/advice/review-dockerfile.js';
import { realCatalog } from '../../helpers/context.js';

const catalog = realCatalog();

describe('reviewDockerfile', () => {
  it('reviews each FROM of a multi-stage build', () => {
    const text = [
      'ARG PYTHON=3.13',
      'FROM python:${PYTHON} AS build',
      'RUN pip wheel -w /wheels .',
      'FROM python:${PYTHON}',
      'COPY --from=build /wheels /wheels',
    ].join('\n');

    const answer = reviewDockerfile(catalog, text);

    expect(answer.title).toBe('Dockerfile review: 2 FROM lines');
    expect(answer.sections[0]?.lines).toEqual(['`python` is a Docker Official Image.']);
    expect(answer.sections[1]?.lines[1]).toBe('the final stage could use `python:3.13-slim`: far smaller, if nothing compiles at run time.');
    expect(answer.subject).toMatchObject({ intent: 'review-dockerfile', image: 'python', tag: '3.13' });
    expect(answer.recommendation).toContain('pin each base by digest');
  });

  it('warns about floating, unsupported, unofficial and deprecated bases', () => {
    const text = 'FROM node\nFROM python:latest\nFROM python:3.7-slim\nFROM bitnami/redis:7\nFROM openjdk:17';

    const lines = reviewDockerfile(catalog, text).sections.map((section) => section.lines.join(' | '));

    expect(lines[0]).toContain('no tag: this is `latest`');
    expect(lines[1]).toContain('`latest` floats to new major releases');
    expect(lines[2]).toContain('`3.7-slim` is not a supported tag');
    expect(lines[3]).toContain('not a Docker Official Image (published under `bitnami/`)');
    expect(lines[3]).toContain('the official `redis` image may do the same job');
    expect(lines[4]).toContain('`openjdk` is deprecated: use `eclipse-temurin`');
  });

  it('accepts scratch, earlier stages and digests', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const answer = reviewDockerfile(catalog, `FROM golang:1.27@${digest} AS b\nFROM b AS c\nFROM scratch`);

    expect(answer.sections.map((section) => section.lines.at(-1))).toEqual([
      'pinned by digest: reproducible; bump the digest to get security fixes.',
      'builds on the earlier stage `b`.',
      '`scratch`: the empty base, nothing to check.',
    ]);
    expect(answer.verdict).toBe('good');
  });

  it('says it cannot tell when an ARG has no default', () => {
    const answer = reviewDockerfile(catalog, 'ARG BASE\nFROM $BASE');

    expect(answer.sections[0]?.lines[0]).toBe('uses `$BASE` with no default: I cannot tell which image.');
  });

  it('answers plainly when there is no FROM', () => {
    expect(reviewDockerfile(catalog, 'RUN true').summary).toContain('no `FROM` line');
  });
});
