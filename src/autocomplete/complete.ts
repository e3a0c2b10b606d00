import type { Catalog } from '../catalog/types.js';
import type { CompiledLexicon } from '../intent/lexicon.js';
import type { Choice } from './choice.js';
import { imageChoices } from './image-choices.js';
import { referenceChoices, tagChoices, variantChoices, versionChoices } from './tag-choices.js';

/** What an option holds, and so what to suggest for it. */
export type Completion = 'image' | 'reference' | 'tag' | 'version' | 'variant';

/** The suggestions for one option: `typed` is its text so far, `image` the image option beside it (for tags). */
export function complete(catalog: Catalog, lexicon: CompiledLexicon, kind: Completion, typed: string, image = ''): Choice[] {
  switch (kind) {
    case 'image':
      return imageChoices(catalog, lexicon, typed);
    case 'reference':
      return referenceChoices(catalog, lexicon, typed);
    case 'tag':
      return tagChoices(catalog, lexicon, image, typed);
    case 'version':
      return versionChoices(catalog, lexicon, image, typed);
    case 'variant':
      return variantChoices(catalog, lexicon, image, typed);
  }
}
