import { describe, expect, it } from 'vitest';
import { diagnoseImageRef, parseImageRef } from '../../../src/image-ref/parse-image-ref.js';

const SHA = 'a'.repeat(64);

describe('parseImageRef', () => {
  it.each([
    ['python', 'docker.io', 'library', 'python', null, false, false],
    ['python:3.13-slim', 'docker.io', 'library', 'python', '3.13-slim', false, false],
    ['library/python:3', 'docker.io', 'library', 'python', '3', false, true],
    ['docker.io/python', 'docker.io', 'library', 'python', null, true, false],
    ['index.docker.io/library/node:22', 'docker.io', 'library', 'node', '22', true, true],
    ['registry-1.docker.io/bitnami/redis', 'docker.io', 'bitnami', 'redis', null, true, true],
    ['bitnami/python', 'docker.io', 'bitnami', 'python', null, false, true],
    ['ghcr.io/org/img:1', 'ghcr.io', 'org', 'img', '1', true, true],
    ['localhost:5000/x', 'localhost:5000', '', 'x', null, true, false],
    ['localhost/x:y', 'localhost', '', 'x', 'y', true, false],
    ['quay.io/a/b/c:v1.0', 'quay.io', 'a/b', 'c', 'v1.0', true, true],
    ['my-registry.example.com:443/team/app__x', 'my-registry.example.com:443', 'team', 'app__x', null, true, true],
    ['[::1]:5000/x', '[::1]:5000', '', 'x', null, true, false],
    ['  node:22-alpine  ', 'docker.io', 'library', 'node', '22-alpine', false, false],
  ])('parses %j', (text, registry, namespace, name, tag, explicitRegistry, explicitNamespace) => {
    const result = parseImageRef(text);

    expect(result).toMatchObject({ ok: true, value: { registry, namespace, name, tag, explicitRegistry, explicitNamespace } });
  });

  it('keeps the digest and the trimmed original', () => {
    const result = parseImageRef(` python:3.13@sha256:${SHA} `);

    expect(result).toEqual({
      ok: true,
      value: {
        registry: 'docker.io',
        namespace: 'library',
        name: 'python',
        repository: 'library/python',
        tag: '3.13',
        digest: `sha256:${SHA}`,
        explicitRegistry: false,
        explicitNamespace: false,
        original: `python:3.13@sha256:${SHA}`,
      },
    });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['a'.repeat(256), 'too_long'],
    ['x'.repeat(1000), 'too_long'],
    ['../../etc/passwd', 'invalid'],
    ['http://169.254.169.254/latest', 'invalid'],
    ['https://hub.docker.com/_/python', 'invalid'],
    ['Python', 'invalid'],
    ['bitnami/Python:3', 'invalid'],
    ['python:', 'invalid'],
    ['python:-x', 'invalid'],
    ['python@sha256:abc', 'invalid'],
    [`python@sha256:${'A'.repeat(64)}`, 'invalid'],
    ['python::3', 'invalid'],
    ['a//b', 'invalid'],
    ['-a/b', 'invalid'],
    ['a_-b', 'invalid'],
    ['http:/x', 'invalid'],
    ['python 3.13', 'invalid'],
    ['пайтон', 'invalid'],
  ])('rejects %j as %s', (text, error) => {
    expect(parseImageRef(text)).toEqual({ ok: false, error });
  });

  it.each([
    ['Python', 'uppercase'],
    ['a/../x', 'bad_component'],
    ['../x', 'bad_registry'],
    ['http://x/y', 'url'],
    ['bad_host.io:x/y', 'bad_registry'],
    ['python:.x', 'bad_tag'],
    ['python@md5', 'bad_digest'],
    ['python', null],
  ])('diagnoses %j as %s', (text, problem) => {
    expect(diagnoseImageRef(text)).toBe(problem);
  });

  it('accepts a 255-character name and a 128-character tag', () => {
    const name = `${'a'.repeat(120)}/${'b'.repeat(134)}`;

    const result = parseImageRef(`${name}:${'t'.repeat(128)}`);

    expect(result.ok).toBe(true);
  });
});
