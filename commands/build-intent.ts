import type { CommandContext } from '../src/command.js';
import { mentionOf } from '../src/intent/mention-of.js';
import type { Intent, IntentName, Pins } from '../src/intent/types.js';
import { z } from 'zod';

/** An image option: a reference or a name as people type it; typos and synonyms are resolved later. */
export const imageOption = z.string().trim().min(1, 'name an image, e.g. python or bitnami/redis:7').max(512, 'that image name is too long');
export const versionOption = z.string().trim().regex(/^[\w.+-]{1,40}$/, 'a version looks like 3.13 or 22').optional();
export const variantOption = z.string().trim().toLowerCase().regex(/^[a-z][a-z0-9-]{0,40}$/, 'a variant looks like slim or alpine').optional();

const NO_PINS: Pins = { version: null, variant: null, release: null, distro: null, libc: null, platform: null };

/** A structured command's input as the same Intent free text produces. */
export function buildIntent(
  ctx: CommandContext,
  name: IntentName,
  parts: { image?: string; other?: string; pins?: Partial<Pins>; dockerfile?: string; keywords?: string[]; category?: string | null },
): Intent {
  const variant = parts.pins?.variant === 'full' ? 'default' : (parts.pins?.variant ?? null);
  return {
    name,
    image: parts.image === undefined ? null : mentionOf(parts.image, ctx.lexicon, { asReference: name === 'official-check' }),
    other: parts.other === undefined ? null : mentionOf(parts.other, ctx.lexicon),
    pins: { ...NO_PINS, ...parts.pins, variant },
    vulnerabilityId: null,
    keywords: parts.keywords ?? [],
    category: parts.category ?? null,
    dockerfile: parts.dockerfile ?? null,
    language: 'en',
  };
}
