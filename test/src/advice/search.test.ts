import { describe, expect, it } from 'vitest';
import { searchImages } from '../../../src/advice/search.js';
import { realCatalog } from '../../helpers/context.js';

const catalog = realCatalog();

describe('searchImages', () => {
  it('lists a category, with retired images apart', () => {
    const answer = searchImages(catalog, 'databases-and-storage', []);

    expect(answer.summary).toBe('24 official images for databases and storage.');
    expect(answer.facts[0]?.value).toContain('`postgres`');
    expect(answer.facts[1]).toEqual({ label: 'Deprecated or retired', value: '`mongo-express`' });
  });

  it('matches keywords against names', () => {
    expect(searchImages(catalog, null, ['maria']).facts[0]?.value).toBe('`mariadb`');
  });

  it('says plainly when nothing matches and lists the categories', () => {
    const answer = searchImages(catalog, null, ['zzzz']);

    expect(answer.verdict).toBe('unknown');
    expect(answer.facts[0]?.value).toContain('web servers');
  });
});
