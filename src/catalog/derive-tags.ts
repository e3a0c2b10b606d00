import { ARCHITECTURES } from './read-paragraph.js';
import { entryFacts, type EntryFacts } from './entry-facts.js';
import { readTagWords } from './tag-words.js';
import type { LibraryFile, TagInfo } from './types.js';

export { DISTRO_RELEASES, releaseOf, findRelease, type DistroRelease } from './distro-releases.js';

/**
 * Every simple and shared tag of an image, in library-file order. The variant is the tag's words with the
 * version, the OS release, channel words (`latest`, `lts`, `mainline`) and date stamps removed, joined with `-`
 * (`alpine3.24` counts as `alpine`); `default` when nothing remains. A simple tag with no variant words takes the
 * variant of its entry's first tag: `php:8.5` and `php:latest` are `cli` (the docs say so), `eclipse-temurin:21-noble`
 * is `jdk`. Shared tags keep the word rule (`python:latest` is `default`).
 */
export function deriveTags(file: LibraryFile): TagInfo[] {
  const facts = file.entries.map((entry) => entryFacts(file.name, entry));
  const covers = sharedTagCovers(facts);
  const tags: TagInfo[] = [];
  const emitted = new Set<string>();
  for (const fact of facts) {
    const shape = entryShape(fact, covers);
    for (const tag of fact.entry.tags) tags.push(simpleTag(file.name, tag, fact, shape));
    for (const tag of fact.entry.sharedTags) {
      if (emitted.has(tag)) continue;
      emitted.add(tag);
      tags.push(sharedTag(file.name, tag, covers));
    }
  }
  return tags;
}

/** Shared tag → the entries it covers (bashbrew's shared tag groups). */
function sharedTagCovers(facts: EntryFacts[]): Map<string, EntryFacts[]> {
  const covers = new Map<string, EntryFacts[]>();
  for (const fact of facts) {
    for (const tag of fact.entry.sharedTags) covers.set(tag, [...(covers.get(tag) ?? []), fact]);
  }
  return covers;
}

/** The arrays every simple tag of one entry shares (not copied per tag: treat TagInfo arrays as read-only). */
interface EntryShape {
  architectures: string[];
  aliases: string[];
  related: string[];
  sources: TagInfo['sources'];
}

/** Shared tags covering exactly this one entry name the same build as its simple tags. */
function entryShape(fact: EntryFacts, covers: Map<string, EntryFacts[]>): EntryShape {
  const sole = fact.entry.sharedTags.filter((tag) => covers.get(tag)?.length === 1);
  return {
    architectures: fact.entry.architectures,
    aliases: [...fact.entry.tags, ...sole],
    related: fact.entry.sharedTags,
    sources: [fact.source],
  };
}

function simpleTag(image: string, tag: string, fact: EntryFacts, shape: EntryShape): TagInfo {
  const words = fact.words.get(tag) ?? readTagWords(tag);
  return {
    image,
    tag,
    version: words.version,
    variant: words.variantWords.length ? words.variantWords.join('-') : fact.variant,
    distro: fact.distro,
    release: fact.release,
    os: fact.os,
    shared: false,
    prerelease: fact.prerelease,
    ...shape,
  };
}

function sharedTag(image: string, tag: string, covers: Map<string, EntryFacts[]>): TagInfo {
  const covered = covers.get(tag) ?? [];
  const words = readTagWords(tag);
  const linux = covered.filter((fact) => fact.os === 'linux');
  const base = linux.length ? linux : covered;
  const releases = new Set(base.map((fact) => fact.release));
  const distros = new Set(base.map((fact) => fact.distro));
  const group = covered.map((fact) => fact.entry);
  return {
    image,
    tag,
    version: words.version,
    variant: words.variantWords.length ? words.variantWords.join('-') : 'default',
    distro: distros.size === 1 ? (base[0]?.distro ?? null) : null,
    release: releases.size === 1 ? (base[0]?.release ?? null) : null,
    os: linux.length ? 'linux' : 'windows',
    architectures: ARCHITECTURES.filter((arch) => group.some((entry) => entry.architectures.includes(arch))),
    shared: true,
    aliases: sameCover(tag, covers),
    related: group.flatMap((entry) => entry.tags),
    sources: covered.map((fact) => fact.source),
    prerelease: covered.length > 0 && covered.every((fact) => fact.prerelease),
  };
}

/** The shared tags covering exactly the same entries as `tag` (and, for one entry, its simple tags). */
function sameCover(tag: string, covers: Map<string, EntryFacts[]>): string[] {
  const mine = covers.get(tag) ?? [];
  const same = [...covers].filter(([, other]) => other.length === mine.length && other.every((f, i) => f === mine[i]));
  const shared = same.map(([name]) => name);
  const only = mine.length === 1 ? mine[0] : undefined;
  return only ? [...only.entry.tags, ...shared] : shared;
}
