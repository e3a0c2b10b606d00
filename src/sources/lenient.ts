import { z } from 'zod';

/** An array that keeps the items `item` accepts and skips the rest; anything but an array becomes []. */
export function lenientArray<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((items) => {
      const kept: z.output<T>[] = [];
      for (const value of items) {
        const parsed = item.safeParse(value);
        if (parsed.success) kept.push(parsed.data);
      }
      return kept;
    });
}

/** A string field that turns anything else (missing, null, a number) into null. */
export const optionalString = z.string().nullable().optional().catch(null).transform((value) => value ?? null);

/** A number field that turns anything else into null. */
export const optionalNumber = z.number().nullable().optional().catch(null).transform((value) => value ?? null);
