import { z } from 'zod';
import { lenientArray, optionalString } from '../lenient.js';

/** One query of a batch: an OS package by ecosystem and source name, or a language package by purl. */
export type OsvQuery =
  | { package: { ecosystem: string; name: string }; version: string; page_token?: string }
  | { package: { purl: string }; page_token?: string };

const QueryResult = z
  .object({
    vulns: lenientArray(z.object({ id: z.string() })).optional().transform((value) => value ?? []),
    next_page_token: optionalString,
  })
  .catch({ vulns: [], next_page_token: null });

/**
 * `querybatch` answers in query order with ids only; no hits is `{}` or an empty `vulns`.
 * @see https://google.github.io/osv.dev/post-v1-querybatch/
 */
export const QueryBatchResponse = z.object({ results: z.array(QueryResult) });

const Severity = z.object({ type: z.string(), score: z.string() });
const Event = z.object({ introduced: optionalString, fixed: optionalString, last_affected: optionalString });

const Affected = z.object({
  package: z
    .object({ ecosystem: optionalString, name: optionalString, purl: optionalString })
    .optional()
    .catch(undefined),
  ranges: lenientArray(z.object({ type: optionalString, events: lenientArray(Event) })).optional(),
  severity: lenientArray(Severity).optional(),
  ecosystem_specific: z.record(z.string(), z.unknown()).optional().catch(undefined),
});
export type OsvAffected = z.output<typeof Affected>;

/**
 * One vulnerability record; `severity[].score` is a CVSS vector string, not a number.
 * @see https://ossf.github.io/osv-schema/
 */
export const OsvVuln = z.object({
  id: z.string(),
  summary: optionalString,
  aliases: lenientArray(z.string()).optional().transform((value) => value ?? []),
  upstream: lenientArray(z.string()).optional().transform((value) => value ?? []),
  withdrawn: optionalString,
  severity: lenientArray(Severity).optional().transform((value) => value ?? []),
  affected: lenientArray(Affected).optional().transform((value) => value ?? []),
});
export type OsvVuln = z.output<typeof OsvVuln>;
