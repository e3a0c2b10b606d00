import { describe, expect, it } from 'vitest';
import { referenceChoices, tagChoices, variantChoices, versionChoices } from '../../../src/autocomplete/tag-choices.js';
import { testContext } from '../../helpers/context.js';

const { catalog, lexicon } = testContext();

function isPrerelease(image: string, tag: string): boolean {
  return catalog.getTag(image, tag)?.prerelease === true;
}

describe('tagChoices', () => {
  it('offers tags that begin with the text, in library order', () => {
    const choices = tagChoices(catalog, lexicon, 'python', '3.13').map((choice) => choice.value);

    expect(choices.length).toBeGreaterThan(0);
    expect(choices.every((tag) => tag.startsWith('3.13'))).toBe(true);
  });

  it('offers released tags before pre-releases', () => {
    const choices = tagChoices(catalog, lexicon, 'python', '').map((choice) => choice.value);

    expect(choices).toHaveLength(25);
    expect(isPrerelease('python', choices[0] ?? '')).toBe(false);
    const firstPrerelease = choices.findIndex((tag) => isPrerelease('python', tag));
    if (firstPrerelease >= 0) expect(choices.slice(firstPrerelease).every((tag) => isPrerelease('python', tag))).toBe(true);
  });

  it('offers the tag typed in full first, then tags beginning with it, then tags containing it', () => {
    const choices = tagChoices(catalog, lexicon, 'python', 'slim').map((choice) => choice.value);

    expect(choices[0]).toBe('slim');
    const firstInner = choices.findIndex((tag) => !tag.startsWith('slim'));
    expect(firstInner).toBeGreaterThan(1);
    expect(choices.slice(firstInner).every((tag) => tag.includes('slim') && !tag.startsWith('slim'))).toBe(true);
  });

  it('reads the image through synonyms and typos', () => {
    expect(tagChoices(catalog, lexicon, 'postgresql', '16').length).toBeGreaterThan(0);
    expect(tagChoices(catalog, lexicon, 'pyhton', '3.14').length).toBeGreaterThan(0);
  });

  it('offers nothing for an image it does not know', () => {
    expect(tagChoices(catalog, lexicon, 'bitnami/redis', '')).toEqual([]);
    expect(tagChoices(catalog, lexicon, '', '')).toEqual([]);
  });

  it('never offers more than 25 tags for any image', () => {
    for (const name of catalog.names()) {
      expect(tagChoices(catalog, lexicon, name, '').length).toBeLessThanOrEqual(25);
    }
  });
});

describe('versionChoices', () => {
  it('offers each version once, released before pre-release', () => {
    const choices = versionChoices(catalog, lexicon, 'python', '').map((choice) => choice.value);

    expect(new Set(choices).size).toBe(choices.length);
    expect(choices).toContain('3.13');
    expect(choices.indexOf('3.13')).toBeLessThan(choices.findIndex((version) => version.includes('rc')));
  });

  it('filters by what was typed', () => {
    expect(versionChoices(catalog, lexicon, 'python', '3.1').every((choice) => choice.value.startsWith('3.1'))).toBe(true);
  });
});

describe('variantChoices', () => {
  it('offers the default variant as full', () => {
    const choices = variantChoices(catalog, lexicon, 'python', '').map((choice) => choice.value);

    expect(choices).toEqual(expect.arrayContaining(['full', 'slim', 'alpine']));
    expect(choices).not.toContain('default');
  });
});

describe('referenceChoices', () => {
  it('offers image names before a colon', () => {
    expect(referenceChoices(catalog, lexicon, 'node.js')[0]?.value).toBe('node');
  });

  it('offers name:tag for the image named before the colon, synonyms included', () => {
    const choices = referenceChoices(catalog, lexicon, 'postgresql:16').map((choice) => choice.value);

    expect(choices[0]).toMatch(/^postgres:16/);
    expect(choices.every((reference) => reference.startsWith('postgres:16') || reference.includes('16'))).toBe(true);
  });

  it('offers a reference to another namespace back as typed', () => {
    expect(referenceChoices(catalog, lexicon, 'bitnami/redis:7')).toEqual([{ name: 'bitnami/redis:7', value: 'bitnami/redis:7' }]);
  });
});
