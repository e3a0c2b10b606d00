import { z } from 'zod';
import type { ImageInfo } from './types.js';

const strings = z.array(z.string()).catch([]);

/** One docs-metadata.json record (data-formats.md §3.4), lenient: a bad field falls back to its default. */
export const DocsRecord = z.object({
  categories: strings,
  githubRepo: z.string().nullable().catch(null),
  variants: strings,
  issueUrls: strings,
  supportedArchitectures: strings,
  hasDeprecatedNotice: z.boolean().catch(false),
  librarySupportedTags: z.boolean().catch(false),
});
export type DocsRecord = z.infer<typeof DocsRecord>;

/** Parses the records by image name, skipping any that is not an object. */
export function parseDocsMetadata(json: unknown): Record<string, DocsRecord> {
  const records: Record<string, DocsRecord> = {};
  if (typeof json !== 'object' || json === null) return records;
  for (const [name, value] of Object.entries(json)) {
    if (name.startsWith('_')) continue;
    const parsed = DocsRecord.safeParse(value);
    if (parsed.success) records[name] = parsed.data;
  }
  return records;
}

/**
 * Official images to use instead of a deprecated or retired one. openjdk's deprecation notice recommends these
 * builds; the other deprecated or retired images (mongo-express, notary, php-zendserver, plone, unit, clefos,
 * gazebo, clearlinux, amazonlinux, rockylinux, emqx, liquibase, nextcloud) have no official-image successor:
 * where they moved, it is to a vendor namespace, which is not an official image.
 * @see https://github.com/docker-library/docs/blob/master/openjdk/deprecated.md
 */
export const SUCCESSORS: Readonly<Record<string, readonly string[]>> = {
  openjdk: ['eclipse-temurin', 'amazoncorretto', 'ibm-semeru-runtimes', 'sapmachine'],
};

type DocsFacts = Pick<
  ImageInfo,
  'categories' | 'githubRepo' | 'issueUrls' | 'variants' | 'deprecated' | 'successors' | 'supportedArchitectures'
>;

/** The docs side of an ImageInfo; issues default to `<githubRepo>/issues`. */
export function docsFacts(name: string, record: DocsRecord | undefined): DocsFacts {
  const githubRepo = record?.githubRepo?.replace(/\/+$/, '') || null;
  const issueUrls = record?.issueUrls.length ? record.issueUrls : githubRepo ? [`${githubRepo}/issues`] : [];
  return {
    categories: record?.categories ?? [],
    githubRepo,
    issueUrls,
    variants: record?.variants ?? [],
    deprecated: record?.hasDeprecatedNotice ?? false,
    successors: [...(Object.hasOwn(SUCCESSORS, name) ? (SUCCESSORS[name] ?? []) : [])],
    supportedArchitectures: record?.supportedArchitectures ?? [],
  };
}
