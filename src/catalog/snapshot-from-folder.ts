import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sizesFromRemoteSummary, type Snapshot } from './snapshot.js';

type Origin = Snapshot['source']['officialImages'];

/** `2026-08-21 16:53:11 -0700` → `2026-08-21T16:53:11-07:00`. */
function isoDate(text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2})$/.exec(text.trim());
  return match ? `${match[1]}T${match[2]}${match[3]}:${match[4]}` : text.trim();
}

/** The commit and date of `docker-library/<repo>` from SOURCE.md's table. */
export function originFromSourceMd(text: string, repo: 'official-images' | 'docs'): Origin {
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (!cells.some((cell) => cell.includes(`docker-library/${repo},`) || cell.endsWith(`docker-library/${repo}`))) continue;
    const commit = cells.map((cell) => /^`?([0-9a-f]{40})`?$/.exec(cell)?.[1]).find(Boolean);
    const date = cells.find((cell) => /^\d{4}-\d{2}-\d{2} /.test(cell));
    if (commit && date) return { repository: `docker-library/${repo}`, commit, date: isoDate(date) };
  }
  throw new Error(`SOURCE.md names no commit for docker-library/${repo}`);
}

/** A snapshot of the bundled data folder (library/, docs-metadata.json, repo-info/remote-summary.json, SOURCE.md). */
export function snapshotFromFolder(dir: string, now: Date = new Date()): Snapshot {
  const sourceMd = readFileSync(join(dir, 'SOURCE.md'), 'utf8');
  const library: Record<string, string> = {};
  for (const name of readdirSync(join(dir, 'library')).sort()) {
    library[name] = readFileSync(join(dir, 'library', name), 'utf8');
  }
  const docs = JSON.parse(readFileSync(join(dir, 'docs-metadata.json'), 'utf8')) as unknown;
  const summary = JSON.parse(readFileSync(join(dir, 'repo-info', 'remote-summary.json'), 'utf8')) as unknown;
  return {
    source: {
      officialImages: originFromSourceMd(sourceMd, 'official-images'),
      docs: originFromSourceMd(sourceMd, 'docs'),
      generatedAt: now.toISOString(),
    },
    library,
    docs: trimDocs(docs),
    sizes: sizesFromRemoteSummary(summary),
  };
}

const DOCS_FIELDS = ['categories', 'githubRepo', 'variants', 'issueUrls', 'supportedArchitectures', 'hasDeprecatedNotice', 'librarySupportedTags'];

/** Keeps the docs fields the catalog reads (DocsRecord), dropping docFiles and tag patterns. */
function trimDocs(docs: unknown): Record<string, unknown> {
  const trimmed: Record<string, unknown> = {};
  if (typeof docs !== 'object' || docs === null) return trimmed;
  for (const [name, record] of Object.entries(docs)) {
    if (typeof record !== 'object' || record === null) continue;
    trimmed[name] = Object.fromEntries(Object.entries(record).filter(([key]) => DOCS_FIELDS.includes(key)));
  }
  return trimmed;
}
