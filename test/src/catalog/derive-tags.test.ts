import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveTags, findRelease, releaseOf } from '../../../src/catalog/derive-tags.js';
import { parseLibraryFile } from '../../../src/catalog/parse-library.js';
import type { TagInfo } from '../../../src/catalog/types.js';

const LIBRARY = join(import.meta.dirname, '../../../../shared/data/official-images/library');
const cache = new Map<string, TagInfo[]>();

function tagsOf(image: string): TagInfo[] {
  const cached = cache.get(image);
  if (cached) return cached;
  const result = parseLibraryFile(image, readFileSync(join(LIBRARY, image), 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  const tags = deriveTags(result.value);
  cache.set(image, tags);
  return tags;
}

function tagOf(image: string, tag: string): TagInfo {
  const found = tagsOf(image).find((info) => info.tag === tag);
  if (!found) throw new Error(`${image}:${tag} not found`);
  return found;
}

describe('deriveTags on real tags', () => {
  it.each([
    ['python', '3.14.7-slim-trixie', '3.14.7', 'slim', 'debian', 'trixie', false],
    ['python', '3.14-alpine3.24', '3.14', 'alpine', 'alpine', 'alpine3.24', false],
    ['python', 'alpine', null, 'alpine', 'alpine', 'alpine3.24', false],
    ['python', 'latest', null, 'default', 'debian', 'trixie', false],
    ['python', '3.14', '3.14', 'default', 'debian', 'trixie', false],
    ['python', '3.15-rc-slim-trixie', '3.15-rc', 'slim', 'debian', 'trixie', true],
    ['python', '3.15.0rc1', '3.15.0rc1', 'default', 'debian', 'trixie', true],
    ['python', 'windowsservercore-ltsc2022', null, 'windowsservercore', 'windows', 'ltsc2022', false],
    ['node', '26-bookworm-slim', '26', 'slim', 'debian', 'bookworm', false],
    ['node', 'lts', null, 'default', 'debian', 'bookworm', false],
    ['node', 'current-alpine3.23', null, 'alpine', 'alpine', 'alpine3.23', false],
    ['node', '24-slim', '24', 'slim', 'debian', 'bookworm', false],
    ['node', 'krypton', null, 'default', 'debian', 'bookworm', false],
    ['php', '8.5-fpm-alpine3.24', '8.5', 'fpm-alpine', 'alpine', 'alpine3.24', false],
    ['php', '8.5', '8.5', 'cli', 'debian', 'trixie', false],
    ['php', 'latest', null, 'cli', 'debian', 'trixie', false],
    ['php', '8.6.0beta1-cli-trixie', '8.6.0beta1', 'cli', 'debian', 'trixie', true],
    ['php', '8.5-apache-bookworm', '8.5', 'apache', 'debian', 'bookworm', false],
    ['php', 'zts', null, 'zts', 'debian', 'trixie', false],
    ['eclipse-temurin', '21-jdk-noble', '21', 'jdk', 'ubuntu', 'noble', false],
    ['eclipse-temurin', '21-jre-alpine-3.24', '21', 'jre-alpine', 'alpine', 'alpine3.24', false],
    ['eclipse-temurin', '8u502-b07-jdk-resolute', '8u502-b07', 'jdk', 'ubuntu', 'resolute', false],
    ['eclipse-temurin', '21-jdk-ubi9-minimal', '21', 'jdk', 'ubi', 'ubi9-minimal', false],
    ['eclipse-temurin', '21-jdk-nanoserver-ltsc2025', '21', 'jdk-nanoserver', 'windows', 'ltsc2025', false],
    ['eclipse-temurin', 'latest', null, 'default', 'ubuntu', 'resolute', false],
    ['golang', '1.27-windowsservercore-ltsc2022', '1.27', 'windowsservercore', 'windows', 'ltsc2022', false],
    ['golang', 'nanoserver-ltsc2025', null, 'nanoserver', 'windows', 'ltsc2025', false],
    ['golang', 'tip-20260815-alpine3.24', '20260815', 'tip-alpine', 'alpine', 'alpine3.24', true],
    ['golang', '1.27-alpine', '1.27', 'alpine', 'alpine', 'alpine3.24', false],
    ['golang', 'latest', null, 'default', 'debian', 'trixie', false],
    ['openjdk', '28-ea-11-jdk-oraclelinux10', '28-ea-11', 'jdk', 'oraclelinux', 'oraclelinux10', true],
    ['openjdk', '27-rc-jdk-slim-bookworm', '27-rc', 'jdk-slim', 'debian', 'bookworm', true],
    ['openjdk', '28-ea-oracle', '28-ea', 'jdk', 'oraclelinux', 'oraclelinux10', true],
    ['postgres', '19beta3', '19beta3', 'default', 'debian', 'trixie', true],
    ['postgres', '18-alpine3.23', '18', 'alpine', 'alpine', 'alpine3.23', false],
    ['postgres', 'bookworm', null, 'default', 'debian', 'bookworm', false],
    ['nginx', 'mainline', null, 'default', 'debian', 'trixie', false],
    ['nginx', 'stable-alpine3.24-perl', null, 'alpine-perl', 'alpine', 'alpine3.24', false],
    ['nginx', '1.31-trixie-otel', '1.31', 'otel', 'debian', 'trixie', false],
    ['nginx', 'alpine-slim', null, 'alpine-slim', 'alpine', 'alpine3.24', false],
    ['redis', '8.10-alpine', '8.10', 'alpine', 'alpine', 'alpine3.23', false],
    ['redis', '7.4-bookworm', '7.4', 'default', 'debian', 'bookworm', false],
    ['debian', 'bookworm', null, 'default', 'debian', 'bookworm', false],
    ['debian', '12.15', '12.15', 'default', 'debian', 'bookworm', false],
    ['debian', 'bookworm-slim', null, 'slim', 'debian', 'bookworm', false],
    ['debian', 'sid', null, 'default', 'debian', 'sid', false],
    ['debian', 'experimental', null, 'default', 'debian', null, true],
    ['debian', 'trixie-backports', null, 'backports', 'debian', 'trixie', false],
    ['ubuntu', '24.04', '24.04', 'default', 'ubuntu', 'noble', false],
    ['ubuntu', 'noble', null, 'default', 'ubuntu', 'noble', false],
    ['ubuntu', '26.10', '26.10', 'default', 'ubuntu', 'stonking', true],
    ['ubuntu', 'latest', null, 'default', 'ubuntu', 'resolute', false],
    ['alpine', '3.24', '3.24', 'default', 'alpine', 'alpine3.24', false],
    ['alpine', 'edge', null, 'default', 'alpine', null, true],
    ['alpine', 'latest', null, 'default', 'alpine', 'alpine3.24', false],
    ['ruby', '4.0-slim', '4.0', 'slim', 'debian', 'trixie', false],
    ['ruby', '3.4-alpine3.23', '3.4', 'alpine', 'alpine', 'alpine3.23', false],
    ['rust', '1-slim-bookworm', '1', 'slim', 'debian', 'bookworm', false],
    ['rust', '1.98.0-alpine3.21', '1.98.0', 'alpine', 'alpine', 'alpine3.21', false],
    ['docker', 'cli', null, 'cli', 'alpine', 'alpine3.24', false],
    ['docker', 'latest', null, 'dind', 'alpine', 'alpine3.24', false],
    ['docker', '29-dind-rootless', '29', 'dind-rootless', null, null, false],
    ['docker', 'windowsservercore-ltsc2025', null, 'windowsservercore', 'windows', 'ltsc2025', false],
    ['busybox', 'glibc', null, 'glibc', null, null, false],
    ['busybox', '1.38-musl', '1.38', 'musl', null, null, false],
    ['busybox', 'latest', null, 'default', null, null, false],
    ['mongo', '8.0-noble', '8.0', 'default', 'ubuntu', 'noble', false],
    ['mongo', '7.0-nanoserver-ltsc2022', '7.0', 'nanoserver', 'windows', 'ltsc2022', false],
    ['mysql', '8.4-oraclelinux9', '8.4', 'default', 'oraclelinux', 'oraclelinux9', false],
    ['mysql', 'lts', null, 'default', 'oraclelinux', 'oraclelinux9', false],
    ['mysql', 'innovation-oracle', null, 'default', 'oraclelinux', 'oraclelinux9', false],
    ['wordpress', '7.1-php8.4-fpm-alpine', '7.1', 'php8.4-fpm-alpine', 'alpine', null, false],
    ['wordpress', 'latest', null, 'apache', null, null, false],
    ['wordpress', 'cli-2.12-php8.2', '2.12', 'cli-php8.2', null, null, false],
    ['tomcat', '11.0-jdk25-temurin-noble', '11.0', 'jdk25-temurin', 'ubuntu', 'noble', false],
    ['tomcat', '10-jre21-temurin-jammy', '10', 'jre21-temurin', 'ubuntu', 'jammy', false],
    ['maven', '4.0.0-rc-5-eclipse-temurin-21-noble', '4.0.0-rc-5', 'eclipse-temurin-21', 'ubuntu', 'noble', true],
    ['maven', '3-eclipse-temurin-17-alpine', '3', 'eclipse-temurin-17-alpine', 'alpine', null, false],
    ['gradle', '9.7-jdk21-jammy', '9.7', 'jdk21', 'ubuntu', 'jammy', false],
    ['gradle', 'jdk25-ubi10', null, 'jdk25', 'ubi', 'ubi10', false],
    ['elixir', '1.20-otp-28-alpine', '1.20', 'otp-28-alpine', 'alpine', null, false],
    ['elixir', '1.19-slim', '1.19', 'slim', null, null, false],
    ['perl', '5.44-slim-threaded-bookworm', '5.44', 'slim-threaded', 'debian', 'bookworm', false],
    ['perl', 'stable', null, 'default', 'debian', 'trixie', false],
    ['perl', 'devel', null, 'default', 'debian', 'trixie', true],
    ['archlinux', 'base-devel', null, 'base-devel', 'archlinux', null, false],
    ['archlinux', 'multilib-devel', null, 'multilib-devel', 'archlinux', null, false],
    ['amazoncorretto', '8-alpine3.22', '8', 'alpine', 'alpine', 'alpine3.22', false],
    ['fedora', 'rawhide', null, 'default', 'fedora', null, true],
    ['swift', '6.3-rhel-ubi9-slim', '6.3', 'slim', 'ubi', 'ubi9', false],
  ] as const)('%s:%s → version %s, variant %s, %s %s, prerelease %s', (image, tag, version, variant, distro, release, prerelease) => {
    expect(tagOf(image, tag)).toMatchObject({ version, variant, distro, release, prerelease });
  });

  it('derives every tag of every image once', () => {
    const images = ['python', 'node', 'php', 'golang', 'eclipse-temurin', 'openjdk', 'debian'];
    for (const image of images) {
      const tags = tagsOf(image).map((info) => info.tag);
      expect(new Set(tags).size).toBe(tags.length);
    }
  });

  it('gives a shared tag the union of architectures, the Linux release, and the covered tags', () => {
    const latest = tagOf('python', 'latest');
    expect(latest).toMatchObject({ shared: true, os: 'linux', distro: 'debian', release: 'trixie' });
    expect(latest.architectures).toContain('windows-amd64');
    expect(latest.architectures).toContain('arm64v8');
    expect(latest.related).toEqual(expect.arrayContaining(['3.14.7-trixie', '3.14.7-windowsservercore-ltsc2022', 'windowsservercore-ltsc2025']));
    expect(latest.aliases).toEqual(['3.14.7', '3.14', '3', 'latest']);
    expect(latest.sources).toHaveLength(3);
  });

  it('gives a simple tag its aliases, its shared tags and a Dockerfile link', () => {
    const slim = tagOf('python', '3.14-slim');
    expect(slim).toMatchObject({ shared: false, os: 'linux', related: [] });
    expect(slim.aliases).toContain('3.14.7-slim-trixie');
    expect(slim.sources).toEqual([
      {
        gitRepo: 'https://github.com/docker-library/python.git',
        gitCommit: '228f71e70a42ba9f9a092321b971031603bb88ff',
        directory: '3.14/slim-trixie',
        file: 'Dockerfile',
        dockerfileUrl: 'https://github.com/docker-library/python/blob/228f71e70a42ba9f9a092321b971031603bb88ff/3.14/slim-trixie/Dockerfile',
      },
    ]);
    expect(tagOf('python', '3.14.7-trixie').related).toEqual(['3.14.7', '3.14', '3', 'latest']);
  });

  it('marks a Windows-only shared tag windows', () => {
    expect(tagOf('golang', 'nanoserver')).toMatchObject({ shared: true, os: 'windows', distro: 'windows', release: null, architectures: ['windows-amd64'] });
  });

  it('applies per-architecture fields to the source (debian pins amd64 to its own branch commit)', () => {
    const source = tagOf('debian', 'bookworm').sources[0];
    expect(source?.gitCommit).toBe('b09f23ad7aab0cafa864c696dfbf130128e5e452');
    expect(source?.dockerfileUrl).toBe('https://github.com/debuerreotype/docker-debian-artifacts/blob/b09f23ad7aab0cafa864c696dfbf130128e5e452/bookworm/oci/index.json');
  });
});

describe('releases', () => {
  it.each([
    ['bookworm', 'debian', '12'],
    ['trixie', 'debian', '13'],
    ['noble', 'ubuntu', '24.04'],
    ['alpine3.24', 'alpine', '3.24'],
    ['alpine-3.21', 'alpine', '3.21'],
    ['ltsc2022', 'windows', '2022'],
    ['ubi9-minimal', 'ubi', '9'],
  ])('releaseOf(%s) is %s %s', (word, distro, version) => {
    expect(releaseOf(word)).toMatchObject({ distro, version });
  });

  it('maps a distribution version back to its release', () => {
    expect(findRelease('debian', '12')).toBe('bookworm');
    expect(findRelease('ubuntu', '24.04')).toBe('noble');
    expect(findRelease('alpine', '3.23')).toBe('alpine3.23');
    expect(releaseOf('slim')).toBeUndefined();
    expect(releaseOf('constructor')).toBeUndefined();
  });
});
