import { describe, expect, it } from 'vitest';
import { tagInfo } from '../../../src/advice/tag-info.js';
import { NO_PINS, pins, realCatalog } from '../../helpers/context.js';

const catalog = realCatalog();
const python = catalog.getImage('python');
if (python === undefined) throw new Error('python missing from the snapshot');

describe('tagInfo', () => {
  it('describes one tag: base, architectures, aliases, shared tags and Dockerfile', () => {
    const answer = tagInfo(catalog, python, '3.13-slim', NO_PINS);

    expect(answer.summary).toBe('`python:3.13-slim` is the slim variant 3.13 on Debian 13 trixie, for 8 architectures.');
    expect(answer.facts.find((fact) => fact.label === 'Same image as')?.value).toContain('`3.13-slim-trixie`');
    expect(answer.facts.find((fact) => fact.label === 'Architectures')?.value).toContain('linux/arm64/v8');
    expect(answer.links[0]?.url).toMatch(/^https:\/\/github\.com\/docker-library\/python\/blob\/[0-9a-f]{40}\/3\.13\/slim-trixie\/Dockerfile$/);
  });

  it('explains that a shared tag covers Linux and Windows builds', () => {
    const answer = tagInfo(catalog, python, '3.14', NO_PINS);

    expect(answer.facts.find((fact) => fact.label === 'Covers')?.value).toContain('windowsservercore-ltsc2022');
    expect(answer.caveats).toContain('A shared tag: one name for several builds (e.g. Linux and Windows); each host pulls its own.');
    expect(answer.links.filter((link) => link.label.startsWith('Dockerfile')).length).toBeGreaterThan(1);
  });

  it('lists the builds of a version line, newest first', () => {
    const answer = tagInfo(catalog, python, null, pins({ version: '3.13' }));

    expect(answer.title).toBe('python 3.13: tags');
    expect(answer.sections.length).toBeGreaterThan(3);
    expect(answer.sections.every((section) => section.title.startsWith('python:3.13'))).toBe(true);
  });

  it('says when a tag is not supported and lists the supported versions', () => {
    const answer = tagInfo(catalog, python, '2.7-slim', NO_PINS);

    expect(answer.summary).toBe('`python:2.7-slim` is not a supported tag of the official `python` image.');
    expect(answer.facts[0]).toEqual({ label: 'Supported versions', value: '3.14, 3.13, 3.12, 3.11, 3.10' });
  });

  it('marks pre-release and floating tags', () => {
    expect(tagInfo(catalog, python, '3.15-rc', NO_PINS).caveats).toContain('A pre-release: not for production.');
    expect(tagInfo(catalog, python, 'slim', NO_PINS).caveats.join(' ')).toContain('A floating tag');
  });
});
