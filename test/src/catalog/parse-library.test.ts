import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLibraryFile } from '../../../src/catalog/parse-library.js';
import type { LibraryFile } from '../../../src/catalog/types.js';

const LIBRARY = join(import.meta.dirname, '../../../../shared/data/official-images/library');
const COMMIT = 'a'.repeat(40);
const GLOBAL = 'Maintainers: Jane Doe <jane@example.com> (@jane)\nGitRepo: https://github.com/example/img.git\n';

function parsed(text: string): LibraryFile {
  const result = parseLibraryFile('img', text);
  if (!result.ok) throw new Error(`${result.error.file}:${result.error.line}: ${result.error.message}`);
  return result.value;
}

describe('parseLibraryFile', () => {
  it.each([
    ['a continuation line continues Maintainers', 'Maintainers: A (@a),\n  B <b@x.org> (@b)\n', ['a', 'b']],
    ['a comment between continuation lines', 'Maintainers: A (@a),\n# note\n  B (@b)\n', ['a', 'b']],
    ['a trailing comma', 'Maintainers: A <a@x.org> (@a), \n', ['a']],
    ['a team handle', 'Maintainers: Team (@org/team)\n', ['org/team']],
  ])('reads maintainers: %s', (_name, text, handles) => {
    expect(parsed(text).maintainers.map((m) => m.handle)).toEqual(handles);
  });

  it('keeps names and handles, never emails', () => {
    expect(parsed('Maintainers: Jane Doe <jane@example.com> (@jane)\n').maintainers).toEqual([{ name: 'Jane Doe', handle: 'jane' }]);
  });

  it('applies the defaults and the global paragraph to entries', () => {
    const file = parsed(`${GLOBAL}Builder: buildkit\n\n# an entry\nTags: 1, latest\nGitCommit: ${COMMIT}\n`);
    expect(file.gitRepo).toBe('https://github.com/example/img.git');
    expect(file.entries[0]).toEqual({
      gitRepo: 'https://github.com/example/img.git',
      gitFetch: 'refs/heads/master',
      gitCommit: COMMIT,
      directory: '.',
      file: 'Dockerfile',
      builder: 'buildkit',
      tags: ['1', 'latest'],
      sharedTags: [],
      architectures: ['amd64'],
      constraints: [],
      archOverrides: {},
      line: 6,
    });
  });

  it.each([
    ['Architectures', `${GLOBAL}Architectures: amd64, arm64v8\n\nTags: 1\nArchitectures: s390x\nGitCommit: ${COMMIT}\n`, 'architectures', ['s390x']],
    ['SharedTags', `${GLOBAL}SharedTags: x\n\nTags: 1\nSharedTags: y, z\nGitCommit: ${COMMIT}\n`, 'sharedTags', ['y', 'z']],
    ['Directory', `${GLOBAL}Directory: a\n\nTags: 1\nDirectory: b/c\nGitCommit: ${COMMIT}\n`, 'directory', 'b/c'],
    ['GitFetch', `${GLOBAL}\nTags: 1\nGitFetch: refs/heads/8\nGitCommit: ${COMMIT}\n`, 'gitFetch', 'refs/heads/8'],
  ])('an entry %s replaces the global value', (_name, text, key, value) => {
    expect(parsed(text).entries[0]).toHaveProperty(key, value);
  });

  it('inherits global per-architecture fields and merges the entry ones', () => {
    const text = `${GLOBAL}arm64v8-GitCommit: ${'b'.repeat(40)}\narm64v8-GitFetch: refs/heads/dist-arm64v8\n\nTags: 1\nArchitectures: amd64, arm64v8\nGitCommit: ${COMMIT}\narm64v8-Directory: arm\n`;
    expect(parsed(text).entries[0]?.archOverrides).toEqual({
      arm64v8: { gitCommit: 'b'.repeat(40), gitFetch: 'refs/heads/dist-arm64v8', directory: 'arm' },
    });
  });

  it('accepts an entry whose commits all come from per-architecture fields', () => {
    const text = `${GLOBAL}\nTags: 1\nArchitectures: amd64\namd64-GitCommit: ${COMMIT}\n`;
    expect(parsed(text).entries[0]?.archOverrides.amd64?.gitCommit).toBe(COMMIT);
  });

  it('parses a retired image with zero entries', () => {
    expect(parsed(GLOBAL).entries).toEqual([]);
  });

  it.each([
    ['a missing colon', `${GLOBAL}\nTags 1\n`, 4, /Key: value/],
    ['Tags in the global paragraph', `${GLOBAL}Tags: 1\n`, 3, /global/],
    ['a bad tag', `${GLOBAL}\nTags: 1, -bad\nGitCommit: ${COMMIT}\n`, 4, /invalid tag "-bad"/],
    ['a duplicate tag in one list', `${GLOBAL}\nTags: 1, 1\nGitCommit: ${COMMIT}\n`, 4, /duplicate tag "1"/],
    ['a duplicate tag across entries', `${GLOBAL}\nTags: 1\nGitCommit: ${COMMIT}\n\nTags: 2, 1\nGitCommit: ${COMMIT}\n`, 7, /duplicate tag "1"/],
    ['a shared tag that is also a simple tag', `${GLOBAL}\nTags: 1\nSharedTags: 1x\nGitCommit: ${COMMIT}\n\nTags: 1x\nGitCommit: ${COMMIT}\n`, 5, /also a simple tag/],
    ['a continuation line with no previous field', ' stray\nMaintainers: A (@a)\n', 1, /continuation/],
    ['a continuation line after a blank line', `${GLOBAL}\n  stray\n`, 4, /continuation/],
    ['an unknown key', `${GLOBAL}\nTags: 1\nGitCommit: ${COMMIT}\nVariant: slim\n`, 6, /unknown field "variant"/],
    ['an unknown architecture prefix', `${GLOBAL}\nTags: 1\nGitCommit: ${COMMIT}\nsparc-GitCommit: ${COMMIT}\n`, 6, /unknown field/],
    ['a short commit', `${GLOBAL}\nTags: 1\nGitCommit: abc123\n`, 5, /GitCommit/],
    ['a bad GitFetch', `${GLOBAL}\nTags: 1\nGitFetch: main\nGitCommit: ${COMMIT}\n`, 5, /GitFetch/],
    ['an unknown architecture', `${GLOBAL}\nTags: 1\nArchitectures: amd64, vax\nGitCommit: ${COMMIT}\n`, 5, /vax/],
    ['an entry without a commit', `${GLOBAL}\nTags: 1\n`, 4, /GitCommit/],
    ['an entry without tags', `${GLOBAL}\nGitCommit: ${COMMIT}\n`, 4, /no Tags/],
    ['no Maintainers', 'GitRepo: https://github.com/x/y.git\n', 1, /Maintainers/],
    ['a maintainer without a handle', 'Maintainers: Jane <jane@example.com>\n', 1, /maintainer/],
    ['a duplicate field', `${GLOBAL}\nTags: 1\nTags: 2\n`, 5, /duplicate field/],
  ])('rejects %s, naming the file and line', (_name, text, line, message) => {
    const result = parseLibraryFile('img', text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ file: 'img', line });
    expect(result.error.message).toMatch(message);
  });
});

describe('the real library files', () => {
  it('parses all 144 with the documented counts (data-formats.md §2.5)', () => {
    const names = readdirSync(LIBRARY);
    const files = names.map((name) => parseLibraryFile(name, readFileSync(join(LIBRARY, name), 'utf8')));
    const errors = files.flatMap((file) => (file.ok ? [] : [file.error]));
    const parsedFiles = files.flatMap((file) => (file.ok ? [file.value] : []));
    const entries = parsedFiles.flatMap((file) => file.entries);
    const shared = new Set(parsedFiles.flatMap((file) => file.entries.flatMap((e) => e.sharedTags.map((t) => `${file.name}:${t}`))));
    expect(errors).toEqual([]);
    expect(names).toHaveLength(144);
    expect(parsedFiles.filter((file) => file.entries.length > 0)).toHaveLength(137);
    expect(parsedFiles.filter((file) => file.entries.length === 0).map((file) => file.name).sort()).toEqual([
      'clefos', 'gazebo', 'mongo-express', 'notary', 'php-zendserver', 'plone', 'unit',
    ]);
    expect(entries).toHaveLength(2121);
    expect(entries.reduce((sum, entry) => sum + entry.tags.length, 0)).toBe(9474);
    expect(shared.size).toBe(375);
  });
});
