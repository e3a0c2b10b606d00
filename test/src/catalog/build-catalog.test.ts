import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/catalog/build-catalog.js';
import { bundledSnapshotPath, loadBundledCatalog } from '../../../src/catalog/load-bundled.js';
import { loadSnapshot } from '../../../src/catalog/snapshot.js';

const catalog = loadBundledCatalog();

describe('the bundled catalog', () => {
  it('names its source commits', () => {
    expect(catalog.source.officialImages).toEqual({
      repository: 'docker-library/official-images',
      commit: '37079fb336f572a88700cf32e5e1f6be54a04e8f',
      date: '2026-08-21T16:53:11-07:00',
    });
    expect(catalog.source.docs.commit).toBe('c4a9ba41443427b2ec1d5c4cc01879076aa4a1eb');
    expect(catalog.errors).toEqual([]);
    expect(catalog.names()).toHaveLength(144);
  });

  it('derives every tag: 9474 simple and 375 shared', () => {
    const tags = catalog.names().flatMap((name) => catalog.getImage(name)?.tags ?? []);
    expect(tags.filter((tag) => !tag.shared)).toHaveLength(9474);
    expect(tags.filter((tag) => tag.shared)).toHaveLength(375);
  });

  it('finds python tags, latest covering Windows and trixie', () => {
    expect(catalog.getTag('python', '3.14-slim')).toMatchObject({ variant: 'slim', release: 'trixie', shared: false });
    expect(catalog.getTag('python', '3.14-alpine')?.release).toBe('alpine3.24');
    const latest = catalog.getTag('python', 'latest');
    expect(latest).toMatchObject({ shared: true, os: 'linux', release: 'trixie' });
    expect(latest?.architectures).toContain('windows-amd64');
    expect(latest?.related).toEqual(expect.arrayContaining(['3.14.7-trixie', 'windowsservercore-ltsc2022']));
    expect(catalog.getTag('python', 'nope')).toBeUndefined();
    expect(catalog.getTag('nope', 'latest')).toBeUndefined();
  });

  it('joins the docs metadata', () => {
    const openjdk = catalog.getImage('openjdk');
    expect(openjdk).toMatchObject({ deprecated: true, retired: false });
    expect(openjdk?.successors).toEqual(['eclipse-temurin', 'amazoncorretto', 'ibm-semeru-runtimes', 'sapmachine']);
    expect(catalog.getImage('postgres')?.issueUrls).toEqual(['https://github.com/docker-library/postgres/issues']);
    expect(catalog.getImage('python')?.maintainers.map((m) => m.handle)).toEqual(['tianon', 'yosifkit']);
    expect(catalog.getImage('gazebo')).toMatchObject({ retired: true, tags: [], successors: [] });
    expect(catalog.byCategory('databases-and-storage').map((image) => image.name)).toContain('postgres');
    expect(catalog.categories()).toContain('languages-and-frameworks');
  });

  it('answers size samples for a sampled tag and its aliases', () => {
    const sample = catalog.getSizeSample('python', '3.14-slim');
    expect(sample?.platforms[0]).toEqual({ platform: 'linux/amd64', compressedBytes: 43437809, appVersion: '3.14.7' });
    expect(catalog.getSizeSample('python', '3.14.7-slim-trixie')?.platforms[0]?.compressedBytes).toBe(43437809);
    expect(catalog.getSizeSample('python', '3.12-slim')).toBeUndefined();
  });

  it('loads the bundled snapshot with no library errors', () => {
    expect(loadBundledCatalog().errors).toEqual([]);
  });
});

describe('a malformed library text', () => {
  it('is skipped into errors with its file and line; the other images still load', () => {
    const snapshot = loadSnapshot(JSON.parse(readFileSync(bundledSnapshotPath(), 'utf8')));
    const python = snapshot.library.python ?? '';
    const broken = python.replace('Tags: 3.14.7-slim-trixie', 'Tags 3.14.7-slim-trixie');
    const line = python.slice(0, python.indexOf('Tags: 3.14.7-slim-trixie')).split('\n').length;
    const damaged = buildCatalog({ ...snapshot, library: { ...snapshot.library, python: broken } });
    expect(damaged.errors).toEqual([{ file: 'python', line, message: expect.stringMatching(/Key: value/) }]);
    expect(damaged.getImage('python')).toBeUndefined();
    expect(damaged.getTag('node', 'lts')).toBeDefined();
    expect(damaged.names()).toHaveLength(143);
  });
});
