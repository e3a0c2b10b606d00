import { describe, expect, it } from 'vitest';
import { proposeImage } from '../../../src/advice/propose-image.js';
import { answerText } from '../../../src/core.js';
import { mentionOf } from '../../../src/intent/mention-of.js';
import { testContext } from '../../helpers/context.js';

const ctx = testContext();

describe('answerIntent', () => {
  it('reads a typo as the official image it resembles, and says so', () => {
    const { reply } = answerText(ctx, 'pyhton slim or full?');

    expect(reply.subject).toMatchObject({ intent: 'recommend-variant', image: 'python' });
    expect(reply.caveats[0]).toBe('I read `pyhton` as `python`.');
  });

  it('does not read another publisher’s image as the official one', () => {
    const { reply } = answerText(ctx, 'which tag of bitnami/python should I use?');

    expect(reply.subject.image).toBe('bitnami/python');
    expect(reply.summary).toContain('is not a Docker Official Image');
    expect(reply.summary).toContain('Did you mean `python`?');
  });

  it('asks which image when none is named', () => {
    const { reply } = answerText(ctx, 'how big is it?');

    expect(reply.verdict).toBe('unknown');
  });

  it('answers a comparison with an unknown tag by saying the tag is not supported', () => {
    const { reply } = answerText(ctx, 'compare python:2.7 vs python:3.13');

    expect(reply.subject.intent).toBe('compare-tags');
    expect(reply.summary).toContain('`python:2.7` is not a supported tag');
  });

  it('names the first image of a multi-stage Dockerfile as its subject', () => {
    const { reply } = answerText(ctx, 'FROM golang:1.27-alpine AS build\nRUN go build\nFROM scratch\nCOPY --from=build /app /app');

    expect(reply.subject).toMatchObject({ intent: 'review-dockerfile', image: 'golang', tag: '1.27-alpine' });
  });
});

describe('propose-image', () => {
  it('keeps the name of the image being proposed', () => {
    const { reply } = answerText(ctx, 'Nagios Official Image Request');

    expect(reply.subject).toMatchObject({ intent: 'propose-image', image: 'nagios' });
  });

  it('says when the image is already official', () => {
    const reply = proposeImage(ctx.catalog, mentionOf('redis', ctx.lexicon));

    expect(reply.summary).toMatch(/^`redis` is already an official image/);
  });
});

describe('answers to questions in Chinese', () => {
  it.each([
    ['python 应该用 slim 还是完整版镜像？', '建议使用 `python:3.14-slim`（Debian 13 trixie，8 种架构）。'],
    ['postgres 镜像的 bug 在哪里报告？', '`postgres` 镜像的问题请到这里报告：https://github.com/docker-library/postgres/issues'],
    ['bitnami/redis 是官方镜像吗？', '不是：`bitnami/redis` 不是 Docker 官方镜像。'],
  ])('answers %s in Chinese', (question, summary) => {
    expect(answerText(ctx, question).reply.summary).toBe(summary);
  });

  it('keeps English details and links as they are', () => {
    const { reply } = answerText(ctx, 'python 应该用 slim 还是完整版镜像？');

    expect(reply.recommendation).toContain('FROM python:3.14-slim-trixie');
  });
});
