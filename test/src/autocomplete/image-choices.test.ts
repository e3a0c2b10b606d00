import { describe, expect, it } from 'vitest';
import { imageChoices } from '../../../src/autocomplete/image-choices.js';
import { resolveImageName } from '../../../src/autocomplete/resolve-image.js';
import { realCatalog, testContext } from '../../helpers/context.js';

const { catalog, lexicon } = testContext();

function values(text: string): string[] {
  return imageChoices(catalog, lexicon, text).map((choice) => choice.value);
}

describe('imageChoices', () => {
  it.each([
    ['python', 'python'],
    ['postgresql', 'postgres'],
    ['node.js', 'node'],
    ['nodejs', 'node'],
    ['pyhton', 'python'],
    ['nignx', 'nginx'],
    ['temurin', 'eclipse-temurin'],
    ['Python', 'python'],
    ['library/redis', 'redis'],
    ['docker.io/library/redis:7', 'redis'],
  ])('offers %s as %s first', (typed, expected) => {
    expect(values(typed)[0]).toBe(expected);
  });

  it('offers the most asked-about images first for a prefix, then the rest alphabetically', () => {
    const choices = values('p');

    expect(choices.slice(0, 3)).toEqual(['python', 'postgres', 'php']);
    expect(choices.every((name) => name.startsWith('p') || catalog.getImage(name) !== undefined)).toBe(true);
  });

  it('names the synonym that matched beside the official name', () => {
    expect(imageChoices(catalog, lexicon, 'postgresql')[0]).toEqual({ name: 'postgres (postgresql)', value: 'postgres' });
  });

  it('offers names that contain the text', () => {
    expect(values('sql')).toContain('mysql');
  });

  it('offers 25 popular names when nothing is typed', () => {
    const choices = values('');

    expect(choices).toHaveLength(25);
    expect(choices[0]).toBe('python');
    expect(new Set(choices).size).toBe(25);
  });

  it('offers a community image back as typed', () => {
    expect(values('bitnami/redis')).toEqual(['bitnami/redis']);
  });

  it('offers nothing for text that names no image', () => {
    expect(values('zzzzzz')).toEqual([]);
  });

  it('never offers more than 25 choices or a value over 100 characters, for every prefix of every name', () => {
    for (const name of realCatalog().names()) {
      for (let end = 0; end <= name.length; end += 1) {
        const choices = imageChoices(catalog, lexicon, name.slice(0, end));
        expect(choices.length).toBeLessThanOrEqual(25);
        expect(choices.every((choice) => choice.value.length <= 100 && choice.name.length <= 100)).toBe(true);
      }
      expect(values(name)[0]).toBe(name);
    }
  });
});

describe('resolveImageName', () => {
  it.each([
    ['postgresql', 'postgres'],
    ['node.js', 'node'],
    ['pyhton:3.13', 'python'],
    ['eclipse temurin', 'eclipse-temurin'],
    ['bitnami/redis', null],
    ['', null],
  ])('resolves %j to %j', (typed, expected) => {
    expect(resolveImageName(catalog, lexicon, typed)).toBe(expected);
  });
});
