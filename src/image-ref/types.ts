/**
 * An image reference split by the Docker reference grammar.
 * @see https://github.com/distribution/reference/blob/main/reference.go
 */
export interface ImageRef {
  /** `docker.io` unless the first component names a host (has `.` or `:`, or is `localhost`). */
  registry: string;
  /** `library` for a bare Docker Hub name; everything between the registry and the last component otherwise. */
  namespace: string;
  /** Last path component. */
  name: string;
  /** `namespace/name`, the repository path on the registry. */
  repository: string;
  tag: string | null;
  /** `sha256:<64 hex>` or another algorithm, when pinned. */
  digest: string | null;
  /** Whether the text named the registry / namespace itself (`docker.io/library/python` vs `python`). */
  explicitRegistry: boolean;
  explicitNamespace: boolean;
  /** The text as given, trimmed. */
  original: string;
}

export const IMAGE_REF_ERRORS = ['empty', 'too_long', 'invalid'] as const;
export type ImageRefError = (typeof IMAGE_REF_ERRORS)[number];
