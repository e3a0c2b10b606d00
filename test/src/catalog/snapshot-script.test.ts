import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/catalog/build-catalog.js';
import { findPackageRoot } from '../../../src/catalog/load-bundled.js';
import { loadSnapshot } from '../../../src/catalog/snapshot.js';
import { startGitHubRawStandIn, type GitHubRawStandIn } from '../../stand-ins/github-raw.js';

const run = promisify(execFile);
const ROOT = findPackageRoot(import.meta.filename);
const COMMIT = 'c'.repeat(40);
const LIBRARY_TEXT = `Maintainers: Jane Doe <jane@example.com> (@jane)\nGitRepo: https://github.com/example/img.git\n\nTags: 1.0, latest\nGitCommit: ${COMMIT}\n`;

let out: string;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'snapshot-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

function snapshotScript(args: string[], env: NodeJS.ProcessEnv = {}) {
  return run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'snapshot.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, BASEIMAGE_GITHUB_API_URL: 'http://127.0.0.1:9', GITHUB_TOKEN: '', ...env },
  });
}

describe('scripts/snapshot.ts from the data folder', () => {
  it('reproduces the committed data/snapshot.json (but for generatedAt)', async () => {
    const file = join(out, 'snapshot.json');
    await snapshotScript(['--from', join(ROOT, '..', 'shared', 'data', 'official-images'), '--out', file]);
    const written = loadSnapshot(JSON.parse(readFileSync(file, 'utf8')));
    const committed = loadSnapshot(JSON.parse(readFileSync(join(ROOT, 'data', 'snapshot.json'), 'utf8')));
    expect({ ...written, source: { ...written.source, generatedAt: '' } }).toEqual({
      ...committed,
      source: { ...committed.source, generatedAt: '' },
    });
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(2);
  });

  it('fails with a message on an unknown argument', async () => {
    await expect(snapshotScript(['--nope'])).rejects.toMatchObject({ stderr: expect.stringContaining('unknown argument "--nope"') });
  });
});

describe('scripts/snapshot.ts --live', () => {
  let standIn: GitHubRawStandIn;
  beforeEach(async () => {
    standIn = await startGitHubRawStandIn({
      officialCommit: { sha: 'a'.repeat(40), date: '2026-08-21T23:53:11Z' },
      docsCommit: { sha: 'b'.repeat(40), date: '2026-08-22T00:12:02Z' },
      library: { img: LIBRARY_TEXT },
      docs: {
        img: {
          'metadata.json': '{"hub":{"categories":["databases-and-storage"]}}',
          'github-repo': 'https://github.com/example/img\n',
          'deprecated.md': 'gone',
        },
      },
    });
  });
  afterEach(() => standIn.close());

  it('fetches the library and docs from the GitHub API base URL', async () => {
    const file = join(out, 'snapshot.json');
    await snapshotScript(['--live', '--out', file], { BASEIMAGE_GITHUB_API_URL: standIn.url, GITHUB_TOKEN: 't0ken' });
    const snapshot = loadSnapshot(JSON.parse(readFileSync(file, 'utf8')));
    expect(snapshot.source.officialImages).toEqual({ repository: 'docker-library/official-images', commit: 'a'.repeat(40), date: '2026-08-21T23:53:11Z' });
    expect(snapshot.library).toEqual({ img: LIBRARY_TEXT });
    const image = buildCatalog(snapshot).getImage('img');
    expect(image).toMatchObject({
      categories: ['databases-and-storage'],
      githubRepo: 'https://github.com/example/img',
      issueUrls: ['https://github.com/example/img/issues'],
      deprecated: true,
      supportedArchitectures: ['amd64'],
    });
    const api = standIn.requests.filter((r) => r.path.startsWith('/repos/'));
    const raw = standIn.requests.filter((r) => r.path.startsWith('/raw/'));
    expect(api.every((r) => r.authorization === 'Bearer t0ken')).toBe(true);
    expect(raw.length).toBeGreaterThan(0);
    expect(raw.every((r) => r.authorization === undefined)).toBe(true);
  });

  it('fails when the API answers an error', async () => {
    const file = join(out, 'snapshot.json');
    await expect(
      snapshotScript(['--live', '--out', file], { BASEIMAGE_GITHUB_API_URL: `${standIn.url}/nowhere` }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('snapshot failed') });
  });
});
