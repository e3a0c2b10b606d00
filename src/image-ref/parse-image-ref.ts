import { err, ok, type Result } from '../result.js';
import type { ImageRef, ImageRefError } from './types.js';

/** Longest repository name (host and path) the grammar allows. */
export const MAX_NAME_LENGTH = 255;
/** Longest text worth parsing: a name, a 128-char tag and a sha512 digest fit well within it. */
const MAX_TEXT_LENGTH = 600;

export const DOCKER_HUB = 'docker.io';
const HUB_ALIASES: ReadonlySet<string> = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

// distribution/reference grammar (regexp.go), anchored and applied piece by piece.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;
const DIGEST_HEX_LENGTH: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

/** Why a reference is invalid, for a message the asker can act on. */
export const IMAGE_REF_PROBLEMS = [
  'uppercase',
  'url',
  'bad_registry',
  'bad_component',
  'bad_tag',
  'bad_digest',
] as const;
export type ImageRefProblem = (typeof IMAGE_REF_PROBLEMS)[number];

interface Split {
  name: string;
  tag: string | null;
  digest: string | null;
}

interface Located {
  registry: string;
  explicitRegistry: boolean;
  path: string[];
}

/**
 * Parses `[registry/][namespace/]name[:tag][@digest]`; Docker Hub names get `docker.io` and `library`.
 * @see https://github.com/distribution/reference/blob/main/normalize.go
 */
export function parseImageRef(text: string): Result<ImageRef, ImageRefError> {
  const checked = checkImageRef(text);
  return checked.ok ? checked : err(checked.error === 'empty' || checked.error === 'too_long' ? checked.error : 'invalid');
}

/** The problem with `text` as an image reference, or null when it parses. */
export function diagnoseImageRef(text: string): ImageRefProblem | 'empty' | 'too_long' | null {
  const checked = checkImageRef(text);
  return checked.ok ? null : checked.error;
}

function checkImageRef(text: string): Result<ImageRef, ImageRefProblem | 'empty' | 'too_long'> {
  const original = text.trim();
  if (original === '') return err('empty');
  if (original.length > MAX_TEXT_LENGTH) return err('too_long');
  if (original.includes('://')) return err('url');
  const split = splitTagAndDigest(original);
  if (!split.ok) return split;
  if (split.value.name.length > MAX_NAME_LENGTH) return err('too_long');
  const located = locate(split.value.name);
  if (!located.ok) return located;
  return ok(assemble(original, split.value, located.value));
}

function splitTagAndDigest(text: string): Result<Split, ImageRefProblem> {
  const at = text.indexOf('@');
  const digest = at === -1 ? null : text.slice(at + 1);
  if (digest !== null && !isDigest(digest)) return err('bad_digest');
  const rest = at === -1 ? text : text.slice(0, at);
  const colon = rest.lastIndexOf(':');
  const hasTag = colon > rest.lastIndexOf('/');
  const tag = hasTag ? rest.slice(colon + 1) : null;
  if (tag !== null && !TAG.test(tag)) return err('bad_tag');
  return ok({ name: hasTag ? rest.slice(0, colon) : rest, tag, digest });
}

function isDigest(text: string): boolean {
  if (!DIGEST.test(text)) return false;
  const [algorithm = '', hex = ''] = text.split(':');
  const length = DIGEST_HEX_LENGTH[algorithm];
  return length === undefined || (hex.length === length && hex === hex.toLowerCase());
}

function locate(name: string): Result<Located, ImageRefProblem> {
  const parts = name.split('/');
  const first = parts[0] ?? '';
  const hasHost = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasHost && !DOMAIN.test(first)) return err('bad_registry');
  const path = hasHost ? parts.slice(1) : parts;
  for (const component of path) {
    if (PATH_COMPONENT.test(component)) continue;
    return err(PATH_COMPONENT.test(component.toLowerCase()) ? 'uppercase' : 'bad_component');
  }
  const registry = hasHost ? first.toLowerCase() : DOCKER_HUB;
  return ok({ registry: HUB_ALIASES.has(registry) ? DOCKER_HUB : registry, explicitRegistry: hasHost, path });
}

function assemble(original: string, split: Split, located: Located): ImageRef {
  const { registry, explicitRegistry, path } = located;
  const name = path[path.length - 1] ?? '';
  const isHub = registry === DOCKER_HUB;
  const explicitNamespace = path.length > 1;
  const namespace = explicitNamespace ? path.slice(0, -1).join('/') : isHub ? 'library' : '';
  const repository = namespace === '' ? name : `${namespace}/${name}`;
  return { registry, namespace, name, repository, tag: split.tag, digest: split.digest, explicitRegistry, explicitNamespace, original };
}
