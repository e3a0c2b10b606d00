import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatImageRef } from '../../../src/image-ref/format-image-ref.js';
import { parseImageRef } from '../../../src/image-ref/parse-image-ref.js';

const alnum = fc.stringMatching(/^[a-z0-9]{1,6}$/);
const separator = fc.constantFrom('.', '_', '__', '-', '--');
const component = fc
  .tuple(alnum, fc.array(fc.tuple(separator, alnum), { maxLength: 2 }))
  .map(([head, rest]) => head + rest.map(([sep, part]) => sep + part).join(''));
const host = fc.oneof(
  fc.constant('localhost'),
  fc.tuple(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.constantFrom('.io', '.com', '.example.org')).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom('localhost', 'reg.local'), fc.integer({ min: 1, max: 65535 })).map(([h, p]) => `${h}:${p}`),
);
const tag = fc.stringMatching(/^[\w][\w.-]{0,20}$/);
const digest = fc.stringMatching(/^[0-9a-f]{64}$/).map((hex) => `sha256:${hex}`);
const refText = fc
  .record({
    host: fc.option(host, { nil: null }),
    path: fc.array(component, { minLength: 1, maxLength: 4 }),
    tag: fc.option(tag, { nil: null }),
    digest: fc.option(digest, { nil: null }),
  })
  .map(({ host: h, path, tag: t, digest: d }) => {
    // A dotted first component would read as a host: name Docker Hub then, as users must.
    const hubPrefix = h === null && path.length > 1 && (path[0] ?? '').includes('.') ? ['docker.io'] : [];
    const name = [...(h === null ? hubPrefix : [h]), ...path].join('/');
    return `${name}${t === null ? '' : `:${t}`}${d === null ? '' : `@${d}`}`;
  })
  .filter((text) => (text.split(/[:@]/)[0] ?? '').length <= 255);

describe('image references (properties)', () => {
  it('parse(format(parse(x))) gives the same registry, repository, tag and digest', () => {
    fc.assert(
      fc.property(refText, fc.constantFrom('familiar' as const, 'full' as const), (text, style) => {
        const first = parseImageRef(text);
        expect(first.ok).toBe(true);
        if (!first.ok) return;

        const again = parseImageRef(formatImageRef(first.value, style));

        expect(again.ok).toBe(true);
        if (!again.ok) return;
        const { registry, namespace, name, repository, tag: t, digest: d } = first.value;
        expect(again.value).toMatchObject({ registry, namespace, name, repository, tag: t, digest: d });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        const result = parseImageRef(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  it('answers a 100 KB string with too_long', () => {
    const text = 'a/'.repeat(50_000);

    const result = parseImageRef(text);

    expect(result).toEqual({ ok: false, error: 'too_long' });
  });

  it('never accepts path traversal or URLs', () => {
    const hostile = fc.oneof(
      fc.constantFrom('../', './', '/../', '%2e%2e/').chain((prefix) => fc.tuple(fc.constant(prefix), fc.string())),
      fc.constantFrom('http://', 'https://', 'file://').chain((prefix) => fc.tuple(fc.constant(prefix), fc.string())),
    );
    fc.assert(
      fc.property(hostile, ([prefix, rest]) => {
        expect(parseImageRef(prefix + rest).ok).toBe(false);
      }),
    );
  });
});
