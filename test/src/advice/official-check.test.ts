import { describe, expect, it } from 'vitest';
import { officialCheck } from '../../../src/advice/official-check.js';
import { mentionOf } from '../../../src/intent/mention-of.js';
import { testContext } from '../../helpers/context.js';

const ctx = testContext();

function check(text: string) {
  const mention = mentionOf(text, ctx.lexicon, { asReference: true });
  if (mention === null) throw new Error('no mention');
  return officialCheck(ctx.catalog, mention);
}

describe('officialCheck', () => {
  it.each(['python', 'library/python', 'docker.io/library/python', 'docker.io/library/python:3.13-slim', 'index.docker.io/library/redis'])(
    'says %s is a Docker Official Image',
    (text) => {
      const answer = check(text);

      expect(answer.subject.official).toBe(true);
      expect(answer.verdict).toBe('good');
      expect(answer.summary).toMatch(/^Yes: `(python|redis)` is a Docker Official Image/);
    },
  );

  it.each([
    ['pyhton', 'python'],
    ['python3', 'python'],
    ['offical/python', 'python'],
    ['library/pythons', 'python'],
    ['bitnami/python', 'python'],
    ['ngnix', 'nginx'],
  ])('says %s is not official and suggests %s', (text, suggestion) => {
    const answer = check(text);

    expect(answer.subject.official).toBe(false);
    expect(answer.summary).toContain(`Did you mean \`${suggestion}\`?`);
  });

  it('says another namespace needs a live lookup for its publisher badge', () => {
    const answer = check('bitnami/python');

    expect(answer.facts[0]?.value).toContain('published under `bitnami/`');
    expect(answer.caveats[0]).toContain('Verified Publisher');
  });

  it('says images on other registries are not Docker Official Images', () => {
    const answer = check('ghcr.io/acme/tool:1.2');

    expect(answer.subject.official).toBe(false);
    expect(answer.facts[0]?.value).toBe('it is on ghcr.io: Docker Official Images live only on Docker Hub.');
  });

  it('recognises a mirror of an official image', () => {
    const answer = check('public.ecr.aws/docker/library/python:3.13');

    expect(answer.subject.official).toBe(false);
    expect(answer.facts[0]?.value).toContain('a mirror of the official `python`');
  });

  it('warns about an unsupported tag of an official image', () => {
    const answer = check('python:3.8');

    expect(answer.subject.official).toBe(true);
    expect(answer.caveats[0]).toContain('`python:3.8` is not a supported tag');
  });

  it('flags a deprecated official image and names its successors', () => {
    const answer = check('openjdk');

    expect(answer.subject.official).toBe(true);
    expect(answer.verdict).toBe('warning');
    expect(answer.caveats[0]).toContain('`eclipse-temurin`');
  });

  it('flags a retired image that has no tags any more', () => {
    const answer = check('gazebo');

    expect(answer.caveats[0]).toContain('no supported tags');
  });

  it('accepts a product name in a question that maps to an official image', () => {
    const mention = mentionOf('postgresql', ctx.lexicon);
    if (mention === null) throw new Error('no mention');

    const answer = officialCheck(ctx.catalog, mention);

    expect(answer.subject).toMatchObject({ official: true, image: 'postgres' });
    expect(answer.caveats[0]).toBe('The image is named `postgres`, not `postgresql`.');
  });
});
