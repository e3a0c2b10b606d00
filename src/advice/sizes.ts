import type { Catalog, SizeSample, TagInfo } from '../catalog/types.js';
import type { Fact } from '../reply.js';
import type { Choice } from './choose-tag.js';

export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The repo-info sample of a tag, or of the simple tags a shared tag covers. */
export function sampleForTag(catalog: Catalog, info: TagInfo): SizeSample | undefined {
  for (const name of [info.tag, ...info.related]) {
    const sample = catalog.getSizeSample(info.image, name);
    if (sample !== undefined) return sample;
  }
  return undefined;
}

/** The repo-info sample of a build, when one of its tags was sampled. */
export function sampleFor(catalog: Catalog, image: string, choice: Choice): SizeSample | undefined {
  return catalog.getSizeSample(image, choice.build.primary.tag);
}

export function amd64Bytes(sample: SizeSample): number | null {
  return sample.platforms.find((entry) => entry.platform === 'linux/amd64')?.compressedBytes ?? null;
}

/** `python:3.14-slim` 43.4 MB · `python:3.14` 414.7 MB, from the repo-info sample; null when none was sampled. */
export function formatSizes(catalog: Catalog, image: string, choices: Choice[]): Fact | null {
  const parts: string[] = [];
  for (const choice of choices) {
    const sample = sampleFor(catalog, image, choice);
    const bytes = sample === undefined ? null : amd64Bytes(sample);
    if (bytes !== null) parts.push(`\`${choice.tag}\` ${megabytes(bytes)}`);
  }
  if (parts.length === 0) return null;
  return { label: 'Compressed size, linux/amd64 (repo-info sample)', value: parts.join(' · ') };
}
