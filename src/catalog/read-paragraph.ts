import { failure, splitList, type CatalogResult, type Paragraph } from './rfc2822.js';
import type { BuildFields, Maintainer } from './types.js';

/** Architectures bashbrew knows (data-formats.md §2.2). */
export const ARCHITECTURES = [
  'amd64',
  'arm32v5',
  'arm32v6',
  'arm32v7',
  'arm64v8',
  'i386',
  'mips64le',
  'ppc64le',
  'riscv64',
  's390x',
  'windows-amd64',
] as const;

const BUILD_KEYS: Record<string, keyof BuildFields> = {
  gitrepo: 'gitRepo',
  gitfetch: 'gitFetch',
  gitcommit: 'gitCommit',
  directory: 'directory',
  file: 'file',
  builder: 'builder',
};

const LIST_KEYS = { tags: 'tags', sharedtags: 'sharedTags', architectures: 'architectures', constraints: 'constraints' } as const;
type ListKey = (typeof LIST_KEYS)[keyof typeof LIST_KEYS];

/** One paragraph's fields, validated but not yet merged with the global defaults. */
export interface RawParagraph {
  line: number;
  build: Partial<BuildFields>;
  archOverrides: Record<string, Partial<BuildFields>>;
  lists: Partial<Record<ListKey, string[]>>;
  maintainers: Maintainer[] | null;
  /** Line of each key as written, lower-cased (`tags`, `arm64v8-gitcommit`). */
  lines: Record<string, number>;
}

const TAG = /^\w[\w.-]{0,127}$/;
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const FETCH = /^refs\/(?:heads|tags)\/\S+$/;
const MAINTAINER = /^(.+?)\s*(?:<[^>]*>\s*)?\(@([\w./-]+)\)$/;

/** Validates the fields of one paragraph; unknown keys are errors, as in bashbrew. */
export function readParagraph(file: string, paragraph: Paragraph): CatalogResult<RawParagraph> {
  const raw: RawParagraph = { line: paragraph.line, build: {}, archOverrides: {}, lists: {}, maintainers: null, lines: {} };
  for (const field of paragraph.fields) {
    const key = field.key.toLowerCase();
    if (Object.hasOwn(raw.lines, key)) return failure(file, field.line, `duplicate field "${field.key}"`);
    raw.lines[key] = field.line;
    const problem = readField(raw, key, field.value);
    if (problem) return failure(file, field.line, problem);
  }
  return { ok: true, value: raw };
}

/** Stores one field in `raw`; returns a problem description, or null when the field is fine. */
function readField(raw: RawParagraph, key: string, value: string): string | null {
  if (key === 'maintainers') return readMaintainers(raw, value);
  if (Object.hasOwn(LIST_KEYS, key)) return readList(raw, LIST_KEYS[key as keyof typeof LIST_KEYS], value);
  const buildKey = buildKeyOf(key);
  if (buildKey) return readBuild(raw.build, buildKey, value);
  const arch = ARCHITECTURES.find((name) => key.startsWith(`${name}-`) && buildKeyOf(key.slice(name.length + 1)));
  const archKey = arch && buildKeyOf(key.slice(arch.length + 1));
  if (arch && archKey) return readBuild((raw.archOverrides[arch] ??= {}), archKey, value);
  return `unknown field "${key}"`;
}

function buildKeyOf(key: string): keyof BuildFields | undefined {
  return Object.hasOwn(BUILD_KEYS, key) ? BUILD_KEYS[key] : undefined;
}

function readBuild(target: Partial<BuildFields>, key: keyof BuildFields, value: string): string | null {
  if (key === 'gitCommit' && !COMMIT.test(value)) return `GitCommit must be a full 40 or 64 hex commit, got "${value}"`;
  if (key === 'gitFetch' && !FETCH.test(value)) return `GitFetch must be refs/heads/… or refs/tags/…, got "${value}"`;
  if (key !== 'builder' && value === '') return `empty ${key}`;
  target[key] = value;
  return null;
}

function readList(raw: RawParagraph, key: ListKey, value: string): string | null {
  const items = splitList(value);
  if (key === 'tags' || key === 'sharedTags') {
    const bad = items.find((tag) => !TAG.test(tag));
    if (bad !== undefined) return `invalid tag "${bad}"`;
    const repeated = items.find((tag, index) => items.indexOf(tag) !== index);
    if (repeated !== undefined) return `duplicate tag "${repeated}"`;
  }
  if (key === 'architectures') {
    const bad = items.find((arch) => !(ARCHITECTURES as readonly string[]).includes(arch));
    if (bad !== undefined) return `unknown architecture "${bad}"`;
  }
  raw.lists[key] = items;
  return null;
}

function readMaintainers(raw: RawParagraph, value: string): string | null {
  const maintainers: Maintainer[] = [];
  for (const item of splitList(value)) {
    const match = MAINTAINER.exec(item);
    if (!match) return `invalid maintainer "${item}": expected "Full Name <email> (@handle)"`;
    maintainers.push({ name: match[1] ?? '', handle: match[2] ?? '' });
  }
  raw.maintainers = maintainers;
  return null;
}
