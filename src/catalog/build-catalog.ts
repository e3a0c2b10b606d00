import { deriveTags } from './derive-tags.js';
import { docsFacts, parseDocsMetadata, type DocsRecord } from './docs-metadata.js';
import { parseLibraryFile } from './parse-library.js';
import type { Snapshot, SnapshotSize } from './snapshot.js';
import type { Catalog, CatalogError, ImageInfo, LibraryFile, SizeSample, TagInfo } from './types.js';

interface Parsed {
  file: LibraryFile;
  docs: DocsRecord | undefined;
  image?: ImageInfo;
  tags?: Map<string, TagInfo>;
}

/**
 * Parses every library text of the snapshot; a malformed file is skipped into `errors`, the rest still load.
 * Tags are derived per image on first use (then indexed by name), which keeps start-up under 100 ms.
 */
export function buildCatalog(snapshot: Snapshot): Catalog {
  const docs = parseDocsMetadata(snapshot.docs);
  const errors: CatalogError[] = [];
  const parsed = new Map<string, Parsed>();
  for (const name of Object.keys(snapshot.library).sort()) {
    const result = parseLibraryFile(name, snapshot.library[name] ?? '');
    if (result.ok) parsed.set(name, { file: result.value, docs: docs[name] });
    else errors.push(result.error);
  }
  const names = [...parsed.keys()];
  const getImage = (name: string) => imageOf(parsed.get(name));
  const getTag = (image: string, tag: string) => tagIndexOf(parsed.get(image))?.get(tag);
  let sizeIndex: Map<string, Map<string, SizeSample>> | undefined;
  return {
    source: snapshot.source,
    errors,
    names: () => [...names],
    getImage,
    getTag,
    getSizeSample: (image, tag) => {
      sizeIndex ??= indexSizes(snapshot.sizes, getTag);
      return sizeIndex.get(image)?.get(tag);
    },
    byCategory: (category) =>
      names.filter((name) => docs[name]?.categories.includes(category)).flatMap((name) => getImage(name) ?? []),
    categories: () => [...new Set(names.flatMap((name) => docs[name]?.categories ?? []))].sort(),
  };
}

function imageOf(parsed: Parsed | undefined): ImageInfo | undefined {
  if (!parsed) return undefined;
  parsed.image ??= toImage(parsed.file, parsed.docs);
  return parsed.image;
}

function tagIndexOf(parsed: Parsed | undefined): Map<string, TagInfo> | undefined {
  const image = imageOf(parsed);
  if (!parsed || !image) return undefined;
  parsed.tags ??= new Map(image.tags.map((tag) => [tag.tag, tag]));
  return parsed.tags;
}

function toImage(file: LibraryFile, record: DocsRecord | undefined): ImageInfo {
  const facts = docsFacts(file.name, record);
  const built = [...new Set(file.entries.flatMap((entry) => entry.architectures))];
  return {
    name: file.name,
    maintainers: file.maintainers,
    gitRepo: file.gitRepo,
    ...facts,
    supportedArchitectures: facts.supportedArchitectures.length ? facts.supportedArchitectures : built,
    retired: file.entries.length === 0,
    tags: deriveTags(file),
  };
}

/** The sample taken for this tag or for any alias of it (`python:3.14-slim` also answers `3.14.7-slim-trixie`). */
/** Size samples keyed by image, then by every alias of each sampled tag: built once, read in O(1). */
function indexSizes(sizes: Record<string, SnapshotSize>, getTag: (image: string, tag: string) => TagInfo | undefined) {
  const index = new Map<string, Map<string, SizeSample>>();
  for (const [key, size] of Object.entries(sizes)) {
    const [image = '', tag = ''] = key.split(':');
    const byTag = index.get(image) ?? new Map<string, SizeSample>();
    for (const alias of [tag, ...(getTag(image, tag)?.aliases ?? [])]) {
      if (!byTag.has(alias)) byTag.set(alias, { image, tag: alias, platforms: size.platforms, commit: size.commit });
    }
    index.set(image, byTag);
  }
  return index;
}
