import { describe, expect, it } from 'vitest';
import { compareTags } from '../../../src/advice/compare-tags.js';
import { sizeOffline, vulnCheckOffline } from '../../../src/advice/live-needed.js';
import { NO_PINS, realCatalog } from '../../helpers/context.js';

const catalog = realCatalog();
const python = catalog.getImage('python');
if (python === undefined) throw new Error('python missing');

function tag(image: string, name: string) {
  const info = catalog.getTag(image, name);
  if (info === undefined) throw new Error(`no ${image}:${name}`);
  return info;
}

describe('answers that need live data, from the catalog alone', () => {
  it('gives the sampled size of a sampled tag, per platform', () => {
    const answer = sizeOffline(catalog, python, '3.14-slim', NO_PINS);

    expect(answer.summary).toBe('`python:3.14-slim` is 43.4 MB compressed on linux/amd64 (repo-info sample).');
    expect(answer.facts.length).toBeGreaterThan(1);
  });

  it('says honestly that it could not check the size of an unsampled tag', () => {
    const answer = sizeOffline(catalog, python, '3.11-slim', NO_PINS);

    expect(answer.verdict).toBe('unknown');
    expect(answer.summary).toContain('I could not check the size of `python:3.11-slim`');
  });

  it('says a scan needs live data, and what the catalog knows of maintenance', () => {
    const answer = vulnCheckOffline(catalog, python, '3.13-slim', NO_PINS);

    expect(answer.summary).toBe('I could not scan `python:3.13-slim` now: vulnerability counts need a live SBOM and OSV lookup.');
    expect(answer.facts).toEqual([
      { label: 'Base', value: 'Debian 13 trixie' },
      { label: 'Maintenance', value: 'a supported tag: rebuilt when the base distribution ships fixes' },
    ]);
  });

  it('flags a tag that is no longer rebuilt', () => {
    expect(vulnCheckOffline(catalog, python, '3.8', NO_PINS).verdict).toBe('bad');
  });

  it('compares two tags side by side, with the sampled size ratio', () => {
    const answer = compareTags(catalog, tag('python', '3.14'), tag('python', '3.14-slim'));

    expect(answer.summary).toContain('variant default vs slim');
    expect(answer.sections.map((section) => section.title)).toEqual(['`python:3.14`', '`python:3.14-slim`']);
    expect(answer.facts.map((fact) => fact.value).join(' ')).toContain('`3.14` is 9.5× the size of `3.14-slim`');
    expect(answer.caveats).toEqual(['Package and vulnerability counts need a live SBOM lookup.']);
  });

  it('sees that two names are one image', () => {
    expect(compareTags(catalog, tag('python', '3.14-slim'), tag('python', '3.14-slim-trixie')).summary).toContain('the same image under two names');
  });
});
