import { describe, expect, it } from 'vitest';
import { docsFacts, parseDocsMetadata } from '../../../src/catalog/docs-metadata.js';

describe('parseDocsMetadata', () => {
  it('skips records that are not objects and defaults bad fields', () => {
    const records = parseDocsMetadata({
      good: { categories: ['databases-and-storage'], githubRepo: 'https://github.com/a/b', hasDeprecatedNotice: true },
      bad: 'not a record',
      odd: { categories: 'nope', githubRepo: 42 },
    });
    expect(Object.keys(records)).toEqual(['good', 'odd']);
    expect(records.odd).toMatchObject({ categories: [], githubRepo: null, hasDeprecatedNotice: false });
  });

  it.each([
    [{ githubRepo: 'https://github.com/a/b/', issueUrls: [] }, ['https://github.com/a/b/issues']],
    [{ githubRepo: 'https://github.com/a/b', issueUrls: ['https://jira.example.org'] }, ['https://jira.example.org']],
    [{ githubRepo: null, issueUrls: [] }, []],
  ])('issue links of %j are %j', (record, issueUrls) => {
    const parsed = parseDocsMetadata({ img: record }).img;
    expect(docsFacts('img', parsed).issueUrls).toEqual(issueUrls);
  });

  it('names successors for openjdk only', () => {
    expect(docsFacts('openjdk', undefined).successors).toContain('eclipse-temurin');
    expect(docsFacts('notary', undefined).successors).toEqual([]);
  });
});
