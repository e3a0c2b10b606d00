import { z } from 'zod';
import { BotError } from '../errors.js';

const Origin = z.object({ repository: z.string(), commit: z.string(), date: z.string() });

export const SnapshotSource = z.object({ officialImages: Origin, docs: Origin, generatedAt: z.string() });

const SizePlatform = z.object({
  platform: z.string(),
  compressedBytes: z.number().nullable().catch(null),
  appVersion: z.string().nullable().catch(null),
});

/** One repo-info sample, keyed `<image>:<tag>` in the snapshot. */
export const SnapshotSize = z.object({ commit: z.string().catch(''), platforms: z.array(SizePlatform).catch([]) });
export type SnapshotSize = z.infer<typeof SnapshotSize>;

/** `data/snapshot.json`: raw library texts, docs records (parsed leniently later) and size samples. */
export const Snapshot = z.object({
  source: SnapshotSource,
  library: z.record(z.string(), z.string()),
  docs: z.record(z.string(), z.unknown()).catch({}),
  sizes: z.record(z.string(), SnapshotSize).catch({}),
});
export type Snapshot = z.infer<typeof Snapshot>;

/** Validates a parsed snapshot file; a broken one is a `catalog_invalid` error (the bot cannot start without it). */
export function loadSnapshot(json: unknown): Snapshot {
  const parsed = Snapshot.safeParse(json);
  if (!parsed.success) throw new BotError('catalog_invalid', `invalid snapshot: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Trims repo-info `remote-summary.json` to what a SizeSample needs. */
export function sizesFromRemoteSummary(json: unknown): Record<string, SnapshotSize> {
  const tags = z.object({ tags: z.record(z.string(), z.unknown()) }).safeParse(json);
  const sizes: Record<string, SnapshotSize> = {};
  if (!tags.success) return sizes;
  for (const [key, value] of Object.entries(tags.data.tags)) {
    const sample = RemoteSample.safeParse(value);
    if (sample.success) sizes[key] = sample.data;
  }
  return sizes;
}

const RemoteSample = z
  .object({
    commit: z.string().catch(''),
    platforms: z
      .array(
        z.object({
          platform: z.string(),
          compressedSizeBytes: z.number().nullable().catch(null).optional(),
          appVersion: z.string().nullable().catch(null).optional(),
        }),
      )
      .catch([]),
  })
  .transform(({ commit, platforms }) => ({
    commit,
    platforms: platforms.map((p) => ({
      platform: p.platform,
      compressedBytes: p.compressedSizeBytes ?? null,
      appVersion: p.appVersion ?? null,
    })),
  }));
