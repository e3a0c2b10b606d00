import { describe, expect, it } from 'vitest';
import { Cache } from '../../../src/cache/cached.js';

function counter<T>(values: (() => T | Promise<T>)[]) {
  let calls = 0;
  const load = async () => {
    const next = values[Math.min(calls, values.length - 1)];
    calls++;
    if (!next) throw new Error('no value');
    return next();
  };
  return { load, calls: () => calls };
}

const spec = { namespace: 'hub-tag', key: 'library/python:3', ttlMs: 1000 } as const;

describe('Cache.cached', () => {
  it('shares one call among 100 concurrent identical lookups', async () => {
    let release: (value: string) => void = () => undefined;
    const gate = new Promise<string>((resolve) => (release = resolve));
    const { load, calls } = counter([() => gate]);
    const cache = new Cache();

    const all = Promise.all(Array.from({ length: 100 }, () => cache.cached(spec, load)));
    release('v');

    expect(await all).toEqual(Array.from({ length: 100 }, () => 'v'));
    expect(calls()).toBe(1);
  });

  it('answers from the cache until the entry expires', async () => {
    let now = 0;
    const { load, calls } = counter([() => 'a', () => 'b']);
    const cache = new Cache({ now: () => now });

    const first = await cache.cached(spec, load);
    now = 999;
    const second = await cache.cached(spec, load);
    now = 1000;
    const third = await cache.cached(spec, load);

    expect([first, second, third]).toEqual(['a', 'a', 'b']);
    expect(calls()).toBe(2);
  });

  it('answers with the expired value when the refresh fails (stale-if-error)', async () => {
    let now = 0;
    const { load } = counter<string>([() => 'a', () => Promise.reject(new Error('down'))]);
    const cache = new Cache({ now: () => now, staleIfErrorMs: 5000 });

    await cache.cached(spec, load);
    now = 3000;
    const stale = await cache.cached(spec, load);
    now = 7000;
    const tooOld = cache.cached(spec, load);

    expect(stale).toBe('a');
    await expect(tooOld).rejects.toThrow('down');
  });

  it('caches neither errors nor null', async () => {
    const { load, calls } = counter<string | null>([() => Promise.reject(new Error('down')), () => null, () => 'c']);
    const cache = new Cache();

    await expect(cache.cached(spec, load)).rejects.toThrow('down');
    expect(await cache.cached(spec, load)).toBeNull();
    expect(await cache.cached(spec, load)).toBe('c');
    expect(calls()).toBe(3);
  });

  it('keeps digest-addressed values forever', async () => {
    let now = 0;
    const { load, calls } = counter([() => 'm']);
    const cache = new Cache({ now: () => now });
    const immutable = { ...spec, ttlMs: Number.POSITIVE_INFINITY };

    await cache.cached(immutable, load);
    now = 1e12;
    await cache.cached(immutable, load);

    expect(calls()).toBe(1);
  });

  it('lets one caller stop waiting without cancelling the shared call', async () => {
    let release: (value: string) => void = () => undefined;
    const gate = new Promise<string>((resolve) => (release = resolve));
    const cache = new Cache();
    const controller = new AbortController();

    const impatient = cache.cached(spec, () => gate, controller.signal);
    const patient = cache.cached(spec, () => gate);
    controller.abort(new Error('user left'));
    release('v');

    await expect(impatient).rejects.toThrow('user left');
    expect(await patient).toBe('v');
  });
});
