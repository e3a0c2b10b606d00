import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/intent/edit-distance.js';
import { buildLexicon, compileLexicon, nearestName } from '../../../src/intent/lexicon.js';

const lexicon = buildLexicon(['python', 'node', 'nginx', 'postgres', 'golang', 'alpine'], ['web-servers']);

describe('buildLexicon', () => {
  it.each([
    ['python', 'python', 'exact', false],
    ['node.js', 'node', 'synonym', false],
    ['postgresql', 'postgres', 'synonym', false],
    ['go', 'golang', 'synonym', true],
    ['alpine', 'alpine', 'exact', true],
  ])('indexes %j as %s (%s, weak %s)', (word, official, match, weak) => {
    expect(lexicon.words.get(word)).toEqual({ official, match, weak });
  });

  it('leaves out synonyms of images the catalog does not have', () => {
    expect(lexicon.words.has('mongodb')).toBe(false);
  });

  it('compiles a plain lexicon once and reuses it', () => {
    const plain = { names: ['python'], categories: [] };

    expect(compileLexicon(plain)).toBe(compileLexicon(plain));
  });
});

describe('nearestName and editDistance', () => {
  it.each([
    ['pyhton', 'python'],
    ['ngnix', 'nginx'],
    ['postgress', 'postgres'],
    ['golnag', 'golang'],
    ['zzzzzz', null],
  ])('%j → %s', (word, name) => {
    expect(nearestName(lexicon, word)).toBe(name);
  });

  it.each([
    ['abc', 'abc', 0],
    ['abc', 'acb', 1],
    ['kitten', 'sitting', 3],
    ['a', 'abcdef', 3],
  ])('distance(%j, %j) is %i, capped at limit + 1', (a, b, distance) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(distance, 3));
  });
});
