import { describe, expect, it } from 'vitest';
import { recommendVariant } from '../../../src/advice/recommend-variant.js';
import { pins, realCatalog } from '../../helpers/context.js';

const catalog = realCatalog();

function recommend(image: string, asked: Parameters<typeof pins>[0] = {}) {
  const info = catalog.getImage(image);
  if (info === undefined) throw new Error(`no ${image} in the snapshot`);
  return recommendVariant(catalog, info, pins(asked));
}

describe('recommendVariant', () => {
  it.each([
    ['python', {}, 'python:3.14-slim', 'FROM python:3.14-slim-trixie'],
    ['python', { version: '3.12', variant: 'alpine' }, 'python:3.12-alpine', 'FROM python:3.12-alpine3.24'],
    ['python', { release: 'bookworm' }, 'python:3.14-slim-bookworm', 'FROM python:3.14-slim-bookworm'],
    ['python', { variant: 'default' }, 'python:3.14', 'FROM python:3.14-trixie'],
    ['python', { libc: 'musl' }, 'python:3.14-alpine', 'FROM python:3.14-alpine3.24'],
    ['node', {}, 'node:24-slim', 'FROM node:24-bookworm-slim'],
    ['node', { version: '26' }, 'node:26-slim', 'FROM node:26-trixie-slim'],
    ['postgres', {}, 'postgres:18', 'FROM postgres:18-trixie'],
    ['golang', {}, 'golang:1.27', 'FROM golang:1.27-trixie'],
    ['ruby', { version: '3.4' }, 'ruby:3.4-slim', 'FROM ruby:3.4-slim-trixie'],
  ] as const)('recommends %s %o as %s', (image, asked, tag, from) => {
    const answer = recommend(image, asked);

    expect(answer.summary).toContain(`\`${tag}\``);
    expect(answer.recommendation).toContain(from);
    expect(answer.subject).toMatchObject({ intent: 'recommend-variant', image, tag: tag.split(':')[1] });
  });

  it('explains why slim and names the full and alpine alternatives with concrete tags', () => {
    const answer = recommend('python');

    expect(answer.summary).toContain('unless you compile C extensions');
    expect(answer.facts.map((fact) => fact.label)).toEqual(
      expect.arrayContaining(['Why', '`python:3.14`', '`python:3.14-alpine`', 'Architectures']),
    );
    expect(answer.facts.find((fact) => fact.label === '`python:3.14-alpine`')?.value).toContain('musl');
  });

  it('shows the sampled sizes of the variants it compares', () => {
    const sizes = recommend('python').facts.find((fact) => fact.label.startsWith('Compressed size'));

    expect(sizes?.value).toBe('`3.14-slim` 43.4 MB · `3.14` 414.7 MB · `3.14-alpine` 17.8 MB');
  });

  it('never recommends a pre-release or a Windows build unless asked', () => {
    for (const image of catalog.names()) {
      const answer = recommend(image);
      const tag = answer.subject.tag;
      if (tag === null) continue;
      const info = catalog.getTag(answer.subject.image ?? image, tag);

      expect(info?.prerelease, `${image} → ${tag}`).toBe(false);
      expect(info?.os, `${image} → ${tag}`).toBe('linux');
    }
  });

  it('offers a pre-release only when the asker pins its version line, with a warning', () => {
    const answer = recommend('python', { version: '3.15' });

    expect(answer.subject.tag).toMatch(/^3\.15-rc/);
    expect(answer.verdict).toBe('warning');
    expect(answer.caveats.join(' ')).toContain('pre-release');
  });

  it('keeps to the OS family of the image: eclipse-temurin stays on Ubuntu', () => {
    const answer = recommend('eclipse-temurin');

    expect(answer.summary).toContain('Ubuntu');
  });

  it('recommends the LTS line of node and says latest is newer', () => {
    const answer = recommend('node');

    expect(answer.caveats).toContain('This is the LTS line; `latest` follows the newest release.');
  });

  it('points the deprecated openjdk to its successors', () => {
    const answer = recommend('openjdk');

    expect(answer.title).toBe('openjdk is deprecated: use eclipse-temurin');
    expect(answer.subject.image).toBe('eclipse-temurin');
    expect(answer.caveats[0]).toContain('amazoncorretto');
  });

  it('says which pin no tag satisfies instead of ignoring it', () => {
    const answer = recommend('python', { version: '2.7' });

    expect(answer.summary).toBe('No supported `python` tag has version 2.7.');
    expect(answer.facts).toEqual([{ label: 'Supported versions', value: '3.14, 3.13, 3.12, 3.11, 3.10' }]);
    expect(answer.subject.tag).toBeNull();
  });

  it('respects a platform pin', () => {
    const answer = recommend('node', { platform: 'linux/s390x' });

    const info = catalog.getTag('node', answer.subject.tag ?? '');
    expect(info?.architectures).toContain('s390x');
  });

  it('dates every answer with the snapshot commit', () => {
    expect(recommend('redis').source).toEqual({ label: 'official-images 37079fb', date: '2026-08-21', live: false });
  });
});

describe('recommendVariant with pins no single tag meets', () => {
  it('names every pin when each is met alone but not together', () => {
    const answer = recommend('python', { variant: 'slim', libc: 'musl' });

    expect(answer.summary).toBe('No supported `python` tag has the slim variant and musl.');
  });
});
