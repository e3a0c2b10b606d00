import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHttp } from '../../../src/http/create-http.js';
import { RateLimitedError, UpstreamError } from '../../../src/errors.js';
import { useMockAgent } from './use-mock-agent.js';

const mock = useMockAgent();
const Body = z.object({ name: z.string() });
const HOST = 'https://hub.example';

function makeHttp(now = () => 1_000_000) {
  return createHttp({ timeoutMs: 500, dispatcher: mock.agent, now });
}

describe('Http.getJson', () => {
  it('parses a 200 body through the schema', async () => {
    mock.agent.get(HOST).intercept({ path: '/a' }).reply(200, { name: 'python', extra: 1 });

    expect(await makeHttp().getJson(`${HOST}/a`, Body)).toEqual({ name: 'python' });
  });

  it('returns null on 404', async () => {
    mock.agent.get(HOST).intercept({ path: '/a' }).reply(404, { message: 'object not found' });

    expect(await makeHttp().getJson(`${HOST}/a`, Body)).toBeNull();
  });

  it.each([
    [500, 'hub.example failed (500)'],
    [503, 'hub.example failed (503)'],
    [403, 'hub.example refused the request (403)'],
  ])('maps %i to UpstreamError', async (status, message) => {
    mock.agent.get(HOST).intercept({ path: '/a' }).reply(status, 'nope');

    const failure = makeHttp().getJson(`${HOST}/a`, Body);

    await expect(failure).rejects.toThrow(UpstreamError);
    await expect(failure).rejects.toThrow(message);
  });

  it.each([
    ['malformed', '{"name": '],
    ['truncated', '{"name": "pyth'],
    ['html', '<html>oops</html>'],
  ])('maps a %s body to UpstreamError', async (_kind, body) => {
    mock.agent.get(HOST).intercept({ path: '/a' }).reply(200, body);

    await expect(makeHttp().getJson(`${HOST}/a`, Body)).rejects.toThrow('hub.example sent malformed JSON');
  });

  it('maps a body of the wrong shape to UpstreamError', async () => {
    mock.agent.get(HOST).intercept({ path: '/a' }).reply(200, { name: 42 });

    await expect(makeHttp().getJson(`${HOST}/a`, Body)).rejects.toThrow('hub.example sent an unexpected response');
  });

  it('maps a connection error to UpstreamError', async () => {
    mock.agent.get(HOST).intercept({ path: '/a' }).replyWithError(new Error('ECONNRESET'));

    await expect(makeHttp().getJson(`${HOST}/a`, Body)).rejects.toThrow('hub.example could not be reached');
  });
});

describe('rate limits', () => {
  it('fails fast after a 429 until Retry-After has passed, then asks again', async () => {
    let now = 1_000_000;
    const http = makeHttp(() => now);
    mock.agent.get(HOST).intercept({ path: '/a' }).reply(429, { detail: 'Rate limit exceeded' }, { headers: { 'retry-after': '30' } });

    const first = await http.getJson(`${HOST}/a`, Body).catch((error: unknown) => error);
    now += 29_000;
    const second = await http.getJson(`${HOST}/other`, Body).catch((error: unknown) => error);
    now += 1_000;
    mock.agent.get(HOST).intercept({ path: '/a' }).reply(200, { name: 'ok' });
    const third = await http.getJson(`${HOST}/a`, Body);

    expect(first).toBeInstanceOf(RateLimitedError);
    expect((first as RateLimitedError).retryAt).toBe(1_030_000);
    expect(second).toBeInstanceOf(RateLimitedError);
    expect(third).toEqual({ name: 'ok' });
  });

  it.each([
    [{ 'x-retry-after': '1060' }, 1_060_000],
    [{ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1100' }, 1_100_000],
    [{ 'retry-after': new Date(1_090_000).toUTCString() }, 1_090_000],
    [{}, 1_060_000],
  ])('reads the wait from %o', async (headers, retryAt) => {
    mock.agent.get(HOST).intercept({ path: '/a' }).reply(429, '', { headers });

    const error = await makeHttp().getJson(`${HOST}/a`, Body).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAt).toBe(retryAt);
  });

  it('stops before the limit when X-RateLimit-Remaining reaches 0', async () => {
    const http = makeHttp();
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1010' };
    mock.agent.get(HOST).intercept({ path: '/a' }).reply(200, { name: 'last' }, { headers });

    await http.getJson(`${HOST}/a`, Body);

    await expect(http.getJson(`${HOST}/a`, Body)).rejects.toThrow(RateLimitedError);
  });

  it('keeps other hosts usable while one is limited', async () => {
    const http = makeHttp();
    mock.agent.get(HOST).intercept({ path: '/a' }).reply(429, '', { headers: { 'retry-after': '60' } });
    mock.agent.get('https://osv.example').intercept({ path: '/a' }).reply(200, { name: 'osv' });

    await http.getJson(`${HOST}/a`, Body).catch(() => undefined);

    expect(await http.getJson('https://osv.example/a', Body)).toEqual({ name: 'osv' });
  });
});

describe('redirects', () => {
  it('follows a cross-host redirect without Authorization', async () => {
    mock.agent.get(HOST).intercept({ path: '/blob', headers: { authorization: 'Bearer t' } }).reply(307, '', { headers: { location: 'https://cdn.example/x?sig=1' } });
    const seen: (string | undefined)[] = [];
    mock.agent
      .get('https://cdn.example')
      .intercept({ path: '/x?sig=1' })
      .reply(200, (options) => {
        seen.push(new Headers(options.headers as Record<string, string>).get('authorization') ?? undefined);
        return { name: 'blob' };
      });

    const body = await makeHttp().getJson(`${HOST}/blob`, Body, { headers: { authorization: 'Bearer t' } });

    expect(body).toEqual({ name: 'blob' });
    expect(seen).toEqual([undefined]);
  });

  it.each([
    ['file:///etc/passwd', 'redirected to an unsupported URL'],
    ['http://cdn.example/x', 'redirected from https to http'],
  ])('refuses a redirect to %s', async (location, message) => {
    mock.agent.get(HOST).intercept({ path: '/blob' }).reply(302, '', { headers: { location } });

    await expect(makeHttp().getJson(`${HOST}/blob`, Body)).rejects.toThrow(message);
  });

  it('gives up after five redirects', async () => {
    mock.agent.get(HOST).intercept({ path: '/loop' }).reply(302, '', { headers: { location: '/loop' } }).times(6);

    await expect(makeHttp().getJson(`${HOST}/loop`, Body)).rejects.toThrow('redirected too often');
  });
});
