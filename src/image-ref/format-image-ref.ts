import { DOCKER_HUB } from './parse-image-ref.js';
import type { ImageRef } from './types.js';

/** `familiar` drops `docker.io/` and `library/` as `docker` prints names; `full` always names both. */
export type ImageRefStyle = 'familiar' | 'full';

/**
 * Writes a reference back as text that `parseImageRef` reads to the same registry, repository, tag and digest.
 * @see https://github.com/distribution/reference/blob/main/normalize.go
 */
export function formatImageRef(ref: ImageRef, style: ImageRefStyle = 'familiar'): string {
  const name = style === 'full' ? fullName(ref) : familiarName(ref);
  const tag = ref.tag === null ? '' : `:${ref.tag}`;
  const digest = ref.digest === null ? '' : `@${ref.digest}`;
  return `${name}${tag}${digest}`;
}

/** Whether the reference points at Docker Hub (the only home of Docker Official Images). */
export function isDockerHub(ref: ImageRef): boolean {
  return ref.registry === DOCKER_HUB;
}

/** Whether the reference is a `library/` repository on Docker Hub, the namespace of official images. */
export function isLibraryRef(ref: ImageRef): boolean {
  return isDockerHub(ref) && ref.namespace === 'library';
}

function fullName(ref: ImageRef): string {
  const path = isDockerHub(ref) && ref.namespace === '' ? `library/${ref.name}` : ref.repository;
  return `${ref.registry}/${path}`;
}

function familiarName(ref: ImageRef): string {
  if (!isDockerHub(ref)) return `${ref.registry}/${ref.repository}`;
  if (ref.namespace === 'library') return ref.name;
  const first = ref.repository.split('/')[0] ?? '';
  // `my.org/app` on Hub would read back as a registry host; keep the registry to stay unambiguous.
  return looksLikeHost(first) ? `${DOCKER_HUB}/${ref.repository}` : ref.repository;
}

function looksLikeHost(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}
