import { COMMON_WORDS } from './common-words.js';

/** Other words for official images, as people type them (`node.js`, `postgresql`, `mongodb`). */
export const SYNONYMS: Readonly<Record<string, string>> = {
  'node.js': 'node',
  nodejs: 'node',
  'node js': 'node',
  golang: 'golang',
  'go-lang': 'golang',
  postgresql: 'postgres',
  postgre: 'postgres',
  postgressql: 'postgres',
  psql: 'postgres',
  mongodb: 'mongo',
  'mongo db': 'mongo',
  java: 'eclipse-temurin',
  temurin: 'eclipse-temurin',
  'eclipse temurin': 'eclipse-temurin',
  'apache httpd': 'httpd',
  apache2: 'httpd',
  rabbit: 'rabbitmq',
  elastic: 'elasticsearch',
  'elastic search': 'elasticsearch',
  'ruby on rails': 'ruby',
  'php-fpm': 'php',
  mosquitto: 'eclipse-mosquitto',
  zulu: 'azul-zulu',
  corretto: 'amazoncorretto',
  'amazon corretto': 'amazoncorretto',
  semeru: 'ibm-semeru-runtimes',
  websphere: 'websphere-liberty',
  'open liberty': 'open-liberty',
  influx: 'influxdb',
  couch: 'couchdb',
  sonar: 'sonarqube',
  memcache: 'memcached',
  'amazon linux': 'amazonlinux',
  'arch linux': 'archlinux',
  'rocky linux': 'rockylinux',
  rocky: 'rockylinux',
  'alma linux': 'almalinux',
  alma: 'almalinux',
  'oracle linux': 'oraclelinux',
  'rocket chat': 'rocket.chat',
  rocketchat: 'rocket.chat',
  'hello world': 'hello-world',
  helloworld: 'hello-world',
  'mongo express': 'mongo-express',
  'r-lang': 'r-base',
  rakudo: 'rakudo-star',
  raku: 'rakudo-star',
};

/**
 * Variant words whose tags are one image's own (PHP's FastCGI Process Manager and thread-safe builds): alone, or in a
 * bare tag (`7.4.11-fpm-alpine`, `8.3-zts`), they name that image. Apps built on it (`wordpress:fpm`) are named beside
 * the tag, and a name wins over a tag. `apache` is not among them: alone it is httpd, in a tag it is PHP's variant.
 */
export const VARIANT_IMAGES: Readonly<Record<string, string>> = { fpm: 'php', zts: 'php' };

/**
 * Words that name an image only when nothing better is named: common English (`go`, `docker`, `registry`), distro
 * names that are also variants (`alpine`, `debian`), frameworks that imply a language (`django` → python).
 */
export const WEAK_SYNONYMS: Readonly<Record<string, string>> = {
  go: 'golang',
  pg: 'postgres',
  jdk: 'eclipse-temurin',
  jre: 'eclipse-temurin',
  apache: 'httpd',
  rails: 'ruby',
  django: 'python',
  flask: 'python',
  fastapi: 'python',
  pip: 'python',
  numpy: 'python',
  pandas: 'python',
  laravel: 'php',
  symfony: 'php',
  express: 'node',
  nextjs: 'node',
  'next.js': 'node',
  nestjs: 'node',
  npm: 'node',
  'spring boot': 'eclipse-temurin',
  spring: 'eclipse-temurin',
  ...VARIANT_IMAGES,
};

/** Official names that are also everyday words or variants: they name the image only when nothing else does. */
export const WEAK_NAMES: ReadonlySet<string> = new Set([
  'alpine', 'debian', 'ubuntu', 'busybox', 'docker', 'registry', 'alt', 'unit', 'ghost', 'crate', 'storm', 'spark',
  'swift', 'bash', 'hitch', 'gcc', 'nim', 'dart', 'ros', 'kong', 'monica', 'composer', 'photon', 'fedora', 'scratch',
  'buildpack-deps', 'satosa', 'spiped', 'backdrop', 'percona', 'mageia', 'clearlinux', 'oraclelinux', 'maven', 'gradle',
]);

/** Variant words and the pin they set (`full` is the default variant). */
export const VARIANTS: Readonly<Record<string, string>> = {
  slim: 'slim',
  alpine: 'alpine',
  full: 'default',
  default: 'default',
  fpm: 'fpm',
  'php-fpm': 'fpm',
  apache: 'apache',
  cli: 'cli',
  zts: 'zts',
  jre: 'jre',
  jdk: 'jdk',
  windowsservercore: 'windowsservercore',
  nanoserver: 'nanoserver',
  dind: 'dind',
  rootless: 'rootless',
  perl: 'perl',
  '完整版': 'default',
  '完整': 'default',
  '精简版': 'slim',
};

/** Words that are never typos of an image name, however close (`note` is not `node`, `https` is not `httpd`). */
export const NOT_TYPOS: ReadonlySet<string> = COMMON_WORDS;
