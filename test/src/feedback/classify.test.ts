import { describe, expect, it } from 'vitest';
import { classifyFeedback } from '../../../src/feedback/classify.js';
import { MAX_LINK, newIssueLink } from '../../../src/feedback/new-issue-link.js';

describe('classifyFeedback', () => {
  it.each([
    ['Trivy reports CVE-2025-12345 in libssl3, no fix in Debian yet', 'distro', 'CVE-2025-12345'],
    ['our scanner flags 40 vulnerabilities in the slim image', 'distro', null],
    ['cve-2024-3094 is fixed in bookworm but the image was not rebuilt', 'packaging', 'CVE-2024-3094'],
    ['the Docker Hub description of this image links to a dead page', 'program', null],
    ['how does the library file decide which tags are shared?', 'program', null],
    ['docker-entrypoint.sh ignores POSTGRES_PASSWORD_FILE', 'packaging', null],
    ['the alpine variant is missing the tzdata package', 'packaging', null],
    ['the entrypoint crashes when the volume is read-only', 'packaging', null],
    ['the interpreter segfaults on a simple list comprehension', 'upstream', null],
    ['there is a memory leak in the server since 17.2, a regression', 'upstream', null],
    ['please make it smaller', 'packaging', null],
  ])('%s → %s', (text, route, cve) => {
    expect(classifyFeedback(text)).toEqual({ route, cve });
  });
});

describe('newIssueLink', () => {
  it('prefills a percent-encoded title and body naming the image', () => {
    const link = newIssueLink('docker-library/python', 'python', 'pip & setuptools missing\nin 3.14-slim');
    const url = new URL(link);

    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/docker-library/python/issues/new');
    expect(url.searchParams.get('title')).toBe('pip & setuptools missing');
    expect(url.searchParams.get('body')).toMatch(/^pip & setuptools missing\nin 3.14-slim\n\n---\nImage: `python`/);
    expect(link).not.toContain(' ');
  });

  it('keeps a long report under the length limit, the footer included', () => {
    const link = newIssueLink('docker-library/python', 'python', `${'ü'.repeat(200)}\n${'long text '.repeat(1000)}`);
    const url = new URL(link);

    expect(link.length).toBeLessThanOrEqual(MAX_LINK);
    expect(url.searchParams.get('title')).toHaveLength(120);
    expect(url.searchParams.get('body')).toContain('Image: `python`');
  });
});
