import { readParagraph, type RawParagraph } from './read-paragraph.js';
import { failure, splitParagraphs, type CatalogResult } from './rfc2822.js';
import type { BuildFields, LibraryEntry, LibraryFile } from './types.js';

/** Field defaults when neither the global paragraph nor the entry sets them (data-formats.md §2.1). */
export const ENTRY_DEFAULTS = {
  gitRepo: '',
  gitFetch: 'refs/heads/master',
  gitCommit: '',
  directory: '.',
  file: 'Dockerfile',
  builder: '',
} as const satisfies BuildFields;

/**
 * Parses one `library/<name>` file; a malformed file gives one error naming the file and the 1-based line.
 * @see https://github.com/docker-library/official-images#instruction-format
 */
export function parseLibraryFile(name: string, text: string): CatalogResult<LibraryFile> {
  const split = splitParagraphs(name, text);
  if (!split.ok) return split;
  const raws: RawParagraph[] = [];
  for (const paragraph of split.value) {
    const raw = readParagraph(name, paragraph);
    if (!raw.ok) return raw;
    raws.push(raw.value);
  }
  const [global, ...rest] = raws;
  if (!global?.maintainers) return failure(name, global?.line ?? 1, 'the global (first) paragraph must have Maintainers');
  const tagsLine = global.lines.tags;
  if (tagsLine !== undefined) return failure(name, tagsLine, 'Tags not allowed in the global paragraph');
  const entries: LibraryEntry[] = [];
  for (const raw of rest) {
    const entry = toEntry(name, global, raw);
    if (!entry.ok) return entry;
    entries.push(entry.value);
  }
  const unique = checkUniqueTags(name, entries, rest);
  if (!unique.ok) return unique;
  return { ok: true, value: { name, maintainers: global.maintainers, gitRepo: global.build.gitRepo ?? null, entries } };
}

/** One entry with the global paragraph's values as defaults; lists set in the entry replace the global ones. */
function toEntry(file: string, global: RawParagraph, raw: RawParagraph): CatalogResult<LibraryEntry> {
  const tags = raw.lists.tags;
  if (!tags?.length) return failure(file, raw.line, 'entry has no Tags');
  const own = raw.build;
  const base = global.build;
  const entry: LibraryEntry = {
    gitRepo: own.gitRepo ?? base.gitRepo ?? ENTRY_DEFAULTS.gitRepo,
    gitFetch: own.gitFetch ?? base.gitFetch ?? ENTRY_DEFAULTS.gitFetch,
    gitCommit: own.gitCommit ?? base.gitCommit ?? ENTRY_DEFAULTS.gitCommit,
    directory: own.directory ?? base.directory ?? ENTRY_DEFAULTS.directory,
    file: own.file ?? base.file ?? ENTRY_DEFAULTS.file,
    builder: own.builder ?? base.builder ?? ENTRY_DEFAULTS.builder,
    tags,
    sharedTags: raw.lists.sharedTags ?? global.lists.sharedTags ?? [],
    architectures: raw.lists.architectures ?? global.lists.architectures ?? ['amd64'],
    constraints: raw.lists.constraints ?? global.lists.constraints ?? [],
    archOverrides: mergeOverrides(global.archOverrides, raw.archOverrides),
    line: raw.line,
  };
  const missing = missingBuildField(entry);
  if (missing) return failure(file, raw.line, missing);
  return { ok: true, value: entry };
}

function mergeOverrides(
  global: Record<string, Partial<BuildFields>>,
  own: Record<string, Partial<BuildFields>>,
): Record<string, Partial<BuildFields>> {
  const merged: Record<string, Partial<BuildFields>> = {};
  for (const arch in global) merged[arch] = { ...global[arch] };
  for (const arch in own) merged[arch] = { ...merged[arch], ...own[arch] };
  return merged;
}

/** Every architecture an entry builds needs a GitRepo and a GitCommit, its own or the entry's. */
function missingBuildField(entry: LibraryEntry): string | null {
  for (const arch of entry.architectures) {
    const override = entry.archOverrides[arch] ?? {};
    if (!(override.gitRepo ?? entry.gitRepo)) return `entry has no GitRepo for ${arch}`;
    if (!(override.gitCommit ?? entry.gitCommit)) return `entry has no GitCommit for ${arch}`;
  }
  return null;
}

/** Tags are unique per file, and a shared tag may not also be a simple tag. */
function checkUniqueTags(file: string, entries: LibraryEntry[], raws: RawParagraph[]): CatalogResult<true> {
  const seen = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    const line = raws[index]?.lines.tags ?? entry.line;
    for (const tag of entry.tags) {
      if (seen.has(tag)) return failure(file, line, `duplicate tag "${tag}"`);
      seen.add(tag);
    }
  }
  for (const [index, entry] of entries.entries()) {
    const clash = entry.sharedTags.find((tag) => seen.has(tag));
    const line = raws[index]?.lines.sharedtags ?? entry.line;
    if (clash !== undefined) return failure(file, line, `shared tag "${clash}" is also a simple tag`);
  }
  return { ok: true, value: true };
}
