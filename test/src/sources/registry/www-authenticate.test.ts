import { describe, expect, it } from 'vitest';
import { bearerChallenge, parseWwwAuthenticate } from '../../../../src/sources/registry/www-authenticate.js';

describe('parseWwwAuthenticate', () => {
  it.each([
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/python:pull"',
      [{ scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/python:pull' } }],
    ],
    ['Basic realm="Registry Realm"', [{ scheme: 'basic', params: { realm: 'Registry Realm' } }]],
    [
      'Basic realm="r", Bearer realm="https://t.example/token", error="invalid_token"',
      [
        { scheme: 'basic', params: { realm: 'r' } },
        { scheme: 'bearer', params: { realm: 'https://t.example/token', error: 'invalid_token' } },
      ],
    ],
    ['bearer Realm=https://t.example/token , Service=x', [{ scheme: 'bearer', params: { realm: 'https://t.example/token', service: 'x' } }]],
    ['Bearer realm="a \\"quoted\\" realm"', [{ scheme: 'bearer', params: { realm: 'a "quoted" realm' } }]],
    ['', []],
  ])('parses %s', (header, expected) => {
    expect(parseWwwAuthenticate(header)).toEqual(expected);
  });
});

describe('bearerChallenge', () => {
  it('returns null without a Bearer realm', () => {
    expect(bearerChallenge('Basic realm="x"')).toBeNull();
    expect(bearerChallenge('Bearer service="x"')).toBeNull();
    expect(bearerChallenge(undefined)).toBeNull();
  });

  it('reads realm, service and scope', () => {
    expect(bearerChallenge('Bearer realm="https://t/token",service="s"')).toEqual({ realm: 'https://t/token', service: 's', scope: null });
  });
});
