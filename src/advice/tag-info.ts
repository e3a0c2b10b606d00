import type { Catalog, ImageInfo, TagInfo } from '../catalog/types.js';
import type { Pins } from '../intent/types.js';
import { reply, type Reply, type ReplySection } from '../reply.js';
import { buildsOf, type Build } from './builds.js';
import { clip, describeRelease, describeTag, hubUrl, imageTag, plural } from './describe.js';
import { platformOfArch } from './platforms.js';
import { supportedLines } from './recommend-variant.js';
import { snapshotSource } from './source.js';
import { compareVersions, onVersionLine } from './versions.js';

const MAX_BUILDS = 8;

/** Tags of an image: one tag in detail, a version line's builds, or an overview of the image. */
export function tagInfo(catalog: Catalog, image: ImageInfo, tag: string | null, pins: Pins): Reply {
  if (tag !== null) {
    const info = catalog.getTag(image.name, tag);
    return info === undefined ? unknownTag(catalog, image, tag) : oneTag(catalog, image, info);
  }
  return versionLine(catalog, image, pins.version);
}

function oneTag(catalog: Catalog, image: ImageInfo, info: TagInfo): Reply {
  const others = info.aliases.filter((alias) => alias !== info.tag);
  const facts = [
    { label: 'Version', value: info.version ?? 'floating (follows the newest release)' },
    { label: 'Variant', value: info.variant },
    { label: 'Base', value: describeRelease(info) ?? 'not recorded' },
    { label: 'Architectures', value: info.architectures.map(platformOfArch).join(', ') },
  ];
  if (others.length > 0) facts.push({ label: 'Same image as', value: others.map((alias) => `\`${alias}\``).join(', ') });
  if (info.related.length > 0) {
    facts.push({ label: info.shared ? 'Covers' : 'Also in shared tags', value: info.related.map((name) => `\`${name}\``).join(', ') });
  }
  const links = info.sources.flatMap((source) => (source.dockerfileUrl === null ? [] : [{ label: `Dockerfile (${source.directory})`, url: source.dockerfileUrl }]));
  return reply({
    title: imageTag(image, info.tag),
    summary: `\`${imageTag(image, info.tag)}\` is ${describeVariant(info)} on ${describeRelease(info) ?? 'an unrecorded base'}, for ${plural(info.architectures.length, 'architecture')}.`,
    verdict: info.prerelease ? 'warning' : 'info',
    facts,
    recommendation: null,
    links: [...links.slice(0, 3), { label: `${image.name} on Docker Hub`, url: hubUrl(image.name) }],
    caveats: tagCaveats(info),
    source: snapshotSource(catalog),
    subject: { intent: 'tag-info', image: image.name, tag: info.tag, version: info.version, variant: info.variant },
  });
}

function describeVariant(info: TagInfo): string {
  const version = info.version === null ? '' : ` ${info.version}`;
  return info.variant === 'default' ? `the full image${version}` : `the ${info.variant} variant${version}`;
}

function tagCaveats(info: TagInfo): string[] {
  const caveats: string[] = [];
  if (info.prerelease) caveats.push('A pre-release: not for production.');
  if (info.shared && info.sources.length > 1) caveats.push('A shared tag: one name for several builds (e.g. Linux and Windows); each host pulls its own.');
  if (info.version === null) caveats.push('A floating tag: it moves to new releases. Pin a version (or a digest) for repeatable builds.');
  return caveats;
}

function unknownTag(catalog: Catalog, image: ImageInfo, tag: string): Reply {
  const lines = supportedLines(image);
  return reply({
    title: `${image.name}: unknown tag`,
    summary: `\`${imageTag(image, clip(tag, 60))}\` is not a supported tag of the official \`${image.name}\` image.`,
    verdict: 'warning',
    facts: lines.length > 0 ? [{ label: 'Supported versions', value: lines.join(', ') }] : [],
    recommendation: `See the supported tags: \`tags ${image.name}\``,
    links: [{ label: `${image.name} tags on Docker Hub`, url: `${hubUrl(image.name)}/tags` }],
    caveats: ['A dropped tag may still be pullable, but it is no longer rebuilt for security fixes.'],
    source: snapshotSource(catalog),
    subject: { intent: 'tag-info', image: image.name, tag, version: null, variant: null },
  });
}

function buildLine(image: ImageInfo, build: Build): ReplySection {
  const names = build.all.map((tag) => `\`${tag.tag}\``);
  return {
    title: `${imageTag(image, build.primary.tag)}: ${build.primary.variant}, ${describeTag(build.primary)}`,
    lines: [names.join(', ')],
  };
}

function versionLine(catalog: Catalog, image: ImageInfo, version: string | null): Reply {
  const builds = buildsOf(image)
    .filter((build) => version === null || build.tags.some((tag) => onVersionLine(tag.version, version)))
    .sort((a, b) => Number(a.primary.prerelease) - Number(b.primary.prerelease) || compareVersions(b.version, a.version));
  if (builds.length === 0) return unknownTag(catalog, image, version ?? 'latest');
  const shown = builds.slice(0, MAX_BUILDS);
  const more = builds.length - shown.length;
  const latest = catalog.getTag(image.name, 'latest');
  const facts = [
    { label: 'Versions', value: supportedLines(image).join(', ') || 'none' },
    { label: 'Builds', value: `${builds.length}${version === null ? '' : ` for ${version}`}` },
  ];
  if (latest !== undefined) facts.push({ label: '`latest`', value: `${latest.version ?? ''} ${latest.variant}, ${describeRelease(latest) ?? ''}`.trim() });
  return reply({
    title: version === null ? `${image.name}: tags` : `${image.name} ${version}: tags`,
    summary: `${plural(builds.length, 'build')} of \`${image.name}\`${version === null ? '' : ` ${version}`}; the newest first.`,
    verdict: 'info',
    facts,
    sections: shown.map((build) => buildLine(image, build)),
    recommendation: more > 0 ? `${more} more: ask for one version, e.g. \`tags ${image.name} ${supportedLines(image)[1] ?? ''}\``.trim() : null,
    links: [{ label: `${image.name} tags on Docker Hub`, url: `${hubUrl(image.name)}/tags` }],
    caveats: [],
    source: snapshotSource(catalog),
    subject: { intent: 'tag-info', image: image.name, tag: null, version, variant: null },
  });
}
