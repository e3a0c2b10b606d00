import { z } from 'zod';
import { lenientArray, optionalString } from '../lenient.js';

/**
 * The token server's answer; `token` and `access_token` are synonyms, `expires_in` defaults to 60 s.
 * @see https://distribution.github.io/distribution/spec/auth/token/#token-response-fields
 */
export const TokenResponse = z
  .object({
    token: z.string().optional().catch(undefined),
    access_token: z.string().optional().catch(undefined),
    expires_in: z.number().optional().catch(undefined),
  })
  .refine((body) => Boolean(body.token ?? body.access_token), { error: 'no token in the token response' })
  .transform((body) => ({ token: body.token ?? body.access_token ?? '', expiresInS: Math.max(body.expires_in ?? 60, 60) }));
export type TokenResponse = z.output<typeof TokenResponse>;

export const Platform = z.object({
  os: z.string(),
  architecture: z.string(),
  variant: optionalString,
});
export type Platform = z.output<typeof Platform>;

/** An OCI descriptor: in an index (`manifests[]`) or an image manifest (`layers[]`). */
export const Descriptor = z.object({
  mediaType: z.string().catch(''),
  digest: z.string().regex(/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/),
  size: z.number().catch(0),
  platform: Platform.nullable().optional().catch(null).transform((value) => value ?? null),
  annotations: z.record(z.string(), z.string()).optional().catch({}).transform((value) => value ?? {}),
});
export type Descriptor = z.output<typeof Descriptor>;

/**
 * An image index / manifest list or an image manifest; bad entries are skipped.
 * @see https://github.com/opencontainers/image-spec/blob/main/image-index.md
 */
export const ManifestBody = z.object({
  schemaVersion: z.number().optional(),
  mediaType: optionalString,
  manifests: lenientArray(Descriptor).optional().transform((value) => value ?? null),
  layers: lenientArray(Descriptor).optional().transform((value) => value ?? []),
});
export type ManifestBody = z.output<typeof ManifestBody>;

export const SpdxPackage = z.object({
  name: z.string(),
  versionInfo: optionalString,
  primaryPackagePurpose: optionalString,
  externalRefs: lenientArray(z.object({ referenceType: z.string(), referenceLocator: z.string() })).optional(),
});

const SpdxDocument = z.object({
  spdxVersion: z.string().optional(),
  creationInfo: z.object({ created: optionalString }).optional().catch(undefined),
  packages: lenientArray(SpdxPackage).optional().transform((value) => value ?? []),
});

/**
 * An in-toto statement wrapping an SPDX 2.x document (DOI attestations), or a bare SPDX document.
 * @see https://github.com/moby/buildkit/blob/master/docs/attestations/attestation-storage.md
 */
export const SbomStatement = z.union([
  z.object({ predicateType: z.literal('https://spdx.dev/Document'), predicate: SpdxDocument }).transform((s) => s.predicate),
  SpdxDocument.extend({ spdxVersion: z.string() }),
]);
