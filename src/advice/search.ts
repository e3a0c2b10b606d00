import type { Catalog, ImageInfo } from '../catalog/types.js';
import { reply, type Reply } from '../reply.js';
import { clip, plural } from './describe.js';
import { snapshotSource } from './source.js';

/** `databases-and-storage` → `databases and storage`. */
export function categoryName(slug: string): string {
  return slug.replace(/-/g, ' ');
}

function matchesKeyword(image: ImageInfo, keyword: string): boolean {
  return image.name.includes(keyword) || image.categories.some((slug) => slug.split('-').includes(keyword));
}

/** Official images by category or keyword; deprecated and retired ones are marked, not hidden. */
export function searchImages(catalog: Catalog, category: string | null, keywords: string[]): Reply {
  const words = keywords.map((word) => word.toLowerCase()).filter((word) => word.length > 1);
  const byCategory = category === null ? [] : catalog.byCategory(category);
  const byKeyword = category !== null || words.length === 0 ? [] : catalog.names().flatMap((name) => {
    const image = catalog.getImage(name);
    return image !== undefined && words.some((word) => matchesKeyword(image, word)) ? [image] : [];
  });
  const found = category === null ? byKeyword : byCategory;
  const what = category === null ? `"${clip(words.join(' '), 40)}"` : categoryName(category);
  if (found.length === 0) return nothingFound(catalog, what);
  const current = found.filter((image) => !image.deprecated && !image.retired);
  const old = found.filter((image) => image.deprecated || image.retired);
  const facts = [{ label: 'Images', value: current.map((image) => `\`${image.name}\``).join(', ') }];
  if (old.length > 0) facts.push({ label: 'Deprecated or retired', value: old.map((image) => `\`${image.name}\``).join(', ') });
  return reply({
    title: `Official images: ${what}`,
    summary: `${plural(current.length, 'official image')} for ${what}.`,
    verdict: 'info',
    facts,
    recommendation: current[0] === undefined ? null : `Ask for a tag: \`which tag for ${current[0].name}?\``,
    links: category === null ? [] : [{ label: `${categoryName(category)} on Docker Hub`, url: `https://hub.docker.com/search?badges=official&categories=${category}` }],
    caveats: [],
    source: snapshotSource(catalog),
    subject: { intent: 'search', image: null, tag: null, version: null, variant: null },
  });
}

function nothingFound(catalog: Catalog, what: string): Reply {
  return reply({
    title: 'No official image found',
    summary: `No official image matches ${what}.`,
    verdict: 'unknown',
    facts: [{ label: 'Categories', value: catalog.categories().map(categoryName).join(', ') }],
    recommendation: 'Try a category, e.g. `official database images`.',
    links: [{ label: 'All official images', url: 'https://hub.docker.com/search?badges=official' }],
    caveats: [],
    source: snapshotSource(catalog),
    subject: { intent: 'search', image: null, tag: null, version: null, variant: null },
  });
}
