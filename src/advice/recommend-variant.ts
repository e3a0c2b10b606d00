import type { Catalog, ImageInfo } from '../catalog/types.js';
import type { Pins } from '../intent/types.js';
import { reply, type Fact, type Reply } from '../reply.js';
import { familyOf, isDateStamp } from './builds.js';
import {
  nameBuild,
  rankBuilds,
  recommendChoice,
  selectBuilds,
  lineGranularity,
  type Choice,
  type PinName,
} from './choose-tag.js';
import { describeTag, hubUrl, imageTag } from './describe.js';
import { formatSizes } from './sizes.js';
import { snapshotSource } from './source.js';
import { versionParts, versionPrefix } from './versions.js';

type Family = ReturnType<typeof familyOf>;

/** What people build that needs the full image, per language image. */
const NATIVE_BUILDS: Record<string, string> = {
  python: 'compile C extensions (pip packages without wheels)',
  node: 'build native addons (node-gyp)',
  ruby: 'build native gems',
  php: 'compile PHP extensions',
  perl: 'build XS modules from CPAN',
  rust: 'link against C libraries',
  erlang: 'build NIFs',
  elixir: 'build NIFs',
};

const FAMILY_WHY: Record<Family, string> = {
  default: 'full: a build toolchain (gcc, make, headers) and many common libraries, so native modules build as they are; the largest',
  slim: 'slim: only the packages the runtime needs, far smaller and fewer packages to patch; add build tools in a build stage when you need them',
  alpine: 'alpine: the smallest, but musl libc: prebuilt glibc wheels and binaries may not work and must build from source',
  windows: 'Windows containers: run only on Windows hosts',
};

/** For a service or an OS image the default is not about toolchains. */
const SERVICE_DEFAULT = 'default: the standard build on glibc, the one the image documentation describes and most people run';

function whyFamily(image: ImageInfo, family: Family): string {
  const isLanguage = image.categories.includes('languages-and-frameworks');
  return family === 'default' && !isLanguage ? SERVICE_DEFAULT : FAMILY_WHY[family];
}

const PIN_TEXT: Record<PinName, (pins: Pins) => string> = {
  version: (pins) => `version ${pins.version}`,
  variant: (pins) => `the ${pins.variant} variant`,
  release: (pins) => `${pins.release}`,
  distro: (pins) => `${pins.distro}`,
  libc: (pins) => `${pins.libc}`,
  platform: (pins) => `${pins.platform}`,
};

/** Recommends a variant and a concrete tag for an official image, within the asker's pins. */
export function recommendVariant(catalog: Catalog, image: ImageInfo, pins: Pins): Reply {
  const successor = image.successors[0];
  const redirect = (image.deprecated || image.retired) && successor !== undefined ? catalog.getImage(successor) : undefined;
  if (redirect !== undefined) return withRedirect(recommendVariant(catalog, redirect, pins), image);
  const result = recommendChoice(image, pins);
  if (!result.ok) return noMatch(catalog, image, pins, result.failed);
  return answer(catalog, image, pins, result.choice, result.prerelease);
}

function answer(catalog: Catalog, image: ImageInfo, pins: Pins, choice: Choice, prerelease: boolean): Reply {
  const family = familyOf(choice.build);
  const alternatives = alternativesFor(image, pins, choice);
  const native = NATIVE_BUILDS[image.name];
  const unless = family === 'slim' && native !== undefined ? ` unless you ${native} at build time` : '';
  const facts: Fact[] = [{ label: 'Why', value: whyFamily(image, family) }, ...alternatives];
  const sizes = formatSizes(catalog, image.name, [choice, ...alternativeChoices(image, pins, choice)]);
  if (sizes !== null) facts.push(sizes);
  facts.push({ label: 'Architectures', value: choice.build.primary.architectures.join(', ') });
  return reply({
    title: `${image.name}: which tag to use`,
    summary: `Use \`${imageTag(image, choice.tag)}\` (${describeTag(choice.build.primary)})${unless}.`,
    verdict: prerelease ? 'warning' : 'good',
    facts,
    recommendation: `FROM ${imageTag(image, choice.pinned)}  (add @sha256:… to pin the exact bytes)`,
    links: linksFor(image, choice),
    caveats: caveatsFor(image, choice, prerelease),
    source: snapshotSource(catalog),
    subject: subjectFor(image, choice),
  });
}

function alternativeChoices(image: ImageInfo, pins: Pins, choice: Choice): Choice[] {
  const family = familyOf(choice.build);
  const relaxed = { ...pins, variant: null, libc: null };
  const selection = selectBuilds(image, { ...relaxed, version: pins.version ?? choice.build.primary.version?.split('.')[0] ?? null });
  if (!selection.ok) return [];
  const choices: Choice[] = [];
  for (const other of ['default', 'slim', 'alpine'] as const) {
    if (other === family) continue;
    const builds = selection.builds.filter((build) => familyOf(build) === other);
    const best = rankBuilds(builds, pins.version === null)[0];
    if (best !== undefined) choices.push(nameBuild(image, best, pins));
  }
  return choices;
}

function alternativesFor(image: ImageInfo, pins: Pins, choice: Choice): Fact[] {
  return alternativeChoices(image, pins, choice).map((other) => ({
    label: `\`${imageTag(image, other.tag)}\``,
    value: `${whyFamily(image, familyOf(other.build))} (${describeTag(other.build.primary)})`,
  }));
}

function linksFor(image: ImageInfo, choice: Choice): Reply['links'] {
  const links = [{ label: `${image.name} on Docker Hub`, url: hubUrl(image.name) }];
  const dockerfile = choice.build.primary.sources[0]?.dockerfileUrl;
  if (dockerfile) links.push({ label: `Dockerfile of ${choice.pinned}`, url: dockerfile });
  return links;
}

function caveatsFor(image: ImageInfo, choice: Choice, prerelease: boolean): string[] {
  const caveats: string[] = [];
  if (prerelease) caveats.push(`\`${choice.tag}\` is a pre-release: not for production.`);
  if (familyOf(choice.build) === 'alpine') caveats.push('Alpine uses musl libc: test native dependencies before switching.');
  const shared = choice.build.shared.find((tag) => tag.tag === choice.tag);
  if (shared !== undefined && shared.sources.length > 1) {
    caveats.push(`\`${choice.tag}\` is a shared tag that also covers Windows builds; Linux hosts get the Linux one.`);
  }
  if (image.tags.some((tag) => tag.tag === 'lts') && choice.build.tags.every((tag) => !tag.tag.startsWith('latest'))) {
    caveats.push('This is the LTS line; `latest` follows the newest release.');
  }
  return caveats;
}

function subjectFor(image: ImageInfo, choice: Choice): Reply['subject'] {
  const tag = choice.build.all.find((info) => info.tag === choice.tag) ?? choice.build.primary;
  return { intent: 'recommend-variant', image: image.name, tag: choice.tag, version: tag.version, variant: tag.variant };
}

function withRedirect(answer: Reply, from: ImageInfo): Reply {
  const why = from.retired ? 'has no supported tags any more' : 'is deprecated';
  return {
    ...answer,
    title: `${from.name} ${why}: use ${answer.subject.image}`,
    summary: `\`${from.name}\` ${why}. ${answer.summary}`,
    verdict: 'warning',
    caveats: [`Also maintained as successors: ${from.successors.map((name) => `\`${name}\``).join(', ')}.`, ...answer.caveats],
  };
}

function noMatch(catalog: Catalog, image: ImageInfo, pins: Pins, failed: PinName[]): Reply {
  const wanted = failed.length === 0 ? 'all you asked for' : failed.map((pin) => PIN_TEXT[pin](pins)).join(' and ');
  const lines = supportedLines(image);
  return reply({
    title: `${image.name}: no tag matches`,
    summary: `No supported \`${image.name}\` tag has ${wanted}.`,
    verdict: 'warning',
    facts: lines.length > 0 ? [{ label: 'Supported versions', value: lines.join(', ') }] : [],
    recommendation: `Ask without the ${failed[0] ?? 'version'} pin, or see the tags: \`tags ${image.name}\``,
    links: [{ label: `${image.name} on Docker Hub`, url: hubUrl(image.name) }],
    caveats: ['Tags that were dropped can still be pulled, but they are no longer rebuilt for security fixes.'],
    source: snapshotSource(catalog),
    subject: { intent: 'recommend-variant', image: image.name, tag: null, version: pins.version, variant: pins.variant },
  });
}

/** The version lines an image supports, newest first: `3.14, 3.13, 3.12`. */
export function supportedLines(image: ImageInfo): string[] {
  const lines = new Set<string>();
  for (const tag of image.tags) {
    if (tag.prerelease || tag.version === null || tag.os !== 'linux') continue;
    const granularity = lineGranularity(image);
    if (!isDateStamp(tag.version) && versionParts(tag.version).length >= granularity) lines.add(versionPrefix(tag.version, granularity));
  }
  return [...lines].sort((a, b) => b.localeCompare(a, 'en', { numeric: true })).slice(0, 8);
}
