import { z } from 'zod';
import { lenientArray, optionalNumber, optionalString } from '../lenient.js';

/**
 * `repository_info`; Docker Hub has no "official" field: the `library` namespace is the signal.
 * @see https://docs.docker.com/reference/api/hub/latest/#tag/repositories
 */
export const HubRepository = z
  .object({
    namespace: z.string(),
    name: z.string(),
    description: optionalString,
    star_count: optionalNumber,
    pull_count: optionalNumber,
    last_updated: optionalString,
    is_private: z.boolean().catch(false).optional(),
    status_description: optionalString,
  })
  .transform((repo) => ({
    namespace: repo.namespace,
    name: repo.name,
    description: repo.description,
    starCount: repo.star_count,
    pullCount: repo.pull_count,
    lastUpdated: repo.last_updated,
    isPrivate: repo.is_private ?? false,
    status: repo.status_description,
  }));
export type HubRepository = z.output<typeof HubRepository>;

const TagImage = z
  .object({
    architecture: z.string(),
    os: z.string().catch('linux'),
    variant: optionalString,
    digest: optionalString,
    size: optionalNumber,
    last_pushed: optionalString,
  })
  .transform((image) => ({
    os: image.os,
    architecture: image.architecture,
    variant: image.variant === '' ? null : image.variant,
    digest: image.digest,
    size: image.size,
    lastPushed: image.last_pushed,
  }));
export type HubTagImage = z.output<typeof TagImage>;

/**
 * One tag; `images` may be missing or empty (hub-feedback#2484), and `unknown` architectures are dropped.
 * @see https://docs.docker.com/reference/api/hub/latest/#tag/repositories/operation/GetRepositoryTag
 */
export const HubTag = z
  .object({
    name: z.string(),
    digest: optionalString,
    full_size: optionalNumber,
    last_updated: optionalString,
    tag_last_pushed: optionalString,
    media_type: optionalString,
    images: lenientArray(TagImage).optional().transform((value) => value ?? []),
  })
  .transform((tag) => ({
    name: tag.name,
    digest: tag.digest,
    fullSize: tag.full_size,
    lastPushed: tag.tag_last_pushed ?? tag.last_updated,
    mediaType: tag.media_type,
    images: tag.images.filter((image) => image.architecture !== 'unknown'),
  }));
export type HubTag = z.output<typeof HubTag>;

export const HUB_BADGES = ['official', 'verified_publisher', 'open_source'] as const;
export type HubBadge = (typeof HUB_BADGES)[number];

/** `badge` as search v4 spells it: the spec's `verfified_publisher` typo is accepted; `none`/null/unknown → null. */
const Badge = z
  .unknown()
  .transform((value): HubBadge | null => {
    if (value === 'verfified_publisher') return 'verified_publisher';
    return HUB_BADGES.find((badge) => badge === value) ?? null;
  });

/**
 * Search v4 (undocumented; the spec lives in docker/hub-mcp `specs/search.yaml`): the only surface with `badge`.
 * @see https://github.com/docker/hub-mcp/blob/main/src/search.ts
 */
export const HubSearch = z.object({
  results: lenientArray(z.object({ name: z.string(), badge: Badge })),
});
