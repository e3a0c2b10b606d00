import { z } from 'zod';
import { lenientArray, optionalString } from '../lenient.js';

export const SBOM_STATES = ['INDEXED', 'INDEXING', 'INDEXING_FAILED', 'INDEXING_UNAVAILABLE', 'NONE'] as const;

const Count = z.number().int().nonnegative().catch(0);

const Summary = z.object({
  digest: z.string(),
  sbomState: z.enum(SBOM_STATES).catch('NONE'),
  vulnerabilityReport: z
    .object({ critical: Count, high: Count, medium: Count, low: Count, unspecified: Count, total: Count })
    .nullable()
    .catch(null),
});

/**
 * The GraphQL envelope of `imageSummariesByDigest`: data, or errors with `extensions.status` (`FORBIDDEN`, …).
 * @see https://github.com/docker/hub-mcp/blob/main/src/scout/genql/schema.graphql
 */
export const ScoutResponse = z.object({
  data: z
    .object({ imageSummariesByDigest: lenientArray(Summary) })
    .nullable()
    .optional()
    .catch(null),
  errors: lenientArray(
    z.object({ message: optionalString, extensions: z.object({ code: optionalString, status: optionalString }).optional().catch(undefined) }),
  ).optional(),
});
