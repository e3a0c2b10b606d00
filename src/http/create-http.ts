import type { Agent, Dispatcher } from 'undici';
import type { z } from 'zod';
import type { Logger } from '../command.js';
import { RateLimitedError, UpstreamError } from '../errors.js';
import { hostOf, mapHttpError, mapRequestFailure, rateLimitedUntil, type ResponseHead } from './map-http-error.js';
import { undici } from './undici.js';

export interface HttpOptions {
  /** Connect, headers and whole-request timeout per request (redirect hops each get their own). */
  timeoutMs: number;
  /** Tests pass a MockAgent; otherwise one Agent is built here (see createAgent). */
  dispatcher?: Dispatcher;
  userAgent?: string;
  /** Epoch ms; injected so tests can move time. */
  now?: () => number;
  log?: Logger;
  /** Largest body read; SBOM blobs of big images run to tens of MB. */
  maxBodyBytes?: number;
}

export interface RequestOptions {
  method?: 'GET' | 'HEAD' | 'POST';
  headers?: Readonly<Record<string, string>>;
  body?: string;
  signal?: AbortSignal | undefined;
}

export interface HttpResponse extends ResponseHead {
  /** The body as text ('' for HEAD). */
  text: string;
}

export type CallOptions = { signal?: AbortSignal | undefined };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const USER_AGENT = 'baseimage/0.1 (+https://github.com/docker-library/official-images)';

/** The one undici Agent of the process: explicit connect, headers and body timeouts, short keep-alive. */
export function createAgent(timeoutMs: number): Agent {
  const { Agent: UndiciAgent } = undici();
  return new UndiciAgent({
    connect: { timeout: timeoutMs },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    keepAliveTimeout: 10_000,
    connections: 64,
  });
}

/** Builds the shared Http over an injected dispatcher, or over a fresh Agent with the configured timeouts. */
export function createHttp(options: HttpOptions): Http {
  return new Http({ ...options, dispatcher: options.dispatcher ?? createAgent(options.timeoutMs) });
}

/**
 * HTTP over one dispatcher: follows redirects (dropping `Authorization` across origins, refusing non-http(s)
 * targets and https → http downgrades), remembers per host how long a 429 asked us to wait and fails fast
 * meanwhile, and maps failures to BotErrors in map-http-error.ts.
 */
export class Http {
  private readonly dispatcher: Dispatcher;
  private readonly timeoutMs: number;
  private readonly userAgent: string;
  private readonly now: () => number;
  private readonly log: Logger | undefined;
  private readonly maxBodyBytes: number;
  private readonly blockedUntil = new Map<string, number>();

  constructor(options: HttpOptions & { dispatcher: Dispatcher }) {
    this.dispatcher = options.dispatcher;
    this.timeoutMs = options.timeoutMs;
    this.userAgent = options.userAgent ?? USER_AGENT;
    this.now = options.now ?? Date.now;
    this.log = options.log;
    this.maxBodyBytes = options.maxBodyBytes ?? 64 * 1024 * 1024;
  }

  /** GET JSON parsed by `schema`; null on 404; throws RateLimitedError or UpstreamError otherwise. */
  async getJson<S extends z.ZodType>(url: string, schema: S, options: RequestOptions = {}): Promise<z.output<S> | null> {
    const response = await this.send(url, { ...options, headers: { accept: 'application/json', ...options.headers } });
    return this.jsonOrNull(response, schema);
  }

  /** POST a JSON body and parse the JSON answer; null on 404. */
  async postJson<S extends z.ZodType>(url: string, body: unknown, schema: S, options: CallOptions = {}): Promise<z.output<S> | null> {
    const headers = { accept: 'application/json', 'content-type': 'application/json' };
    const response = await this.send(url, { method: 'POST', headers, body: JSON.stringify(body), signal: options.signal });
    return this.jsonOrNull(response, schema);
  }

  /** A 2xx response parsed as JSON by `schema`; null on 404; the mapped error for any other status. */
  jsonOrNull<S extends z.ZodType>(response: HttpResponse, schema: S): z.output<S> | null {
    this.throwUnlessOk(response);
    if (response.status === 404) return null;
    return parseJson(response, schema);
  }

  /** Throws the mapped error for a status other than 2xx and 404. */
  throwUnlessOk(response: ResponseHead): void {
    if (response.status >= 200 && response.status < 300) return;
    const error = mapHttpError(response, this.now());
    if (error) throw error;
  }

  /**
   * One request, redirects followed; returns any final status except 429, which throws RateLimitedError after
   * blocking the host. Network failures and timeouts throw UpstreamError.
   */
  async send(url: string, options: RequestOptions = {}): Promise<HttpResponse> {
    let target = url;
    let current = options;
    for (let hop = 0; ; hop++) {
      const response = await this.sendOnce(target, current);
      const location = response.headers['location'];
      if (!REDIRECTS.has(response.status) || !location || current.method === 'POST') return response;
      if (hop >= MAX_REDIRECTS) throw new UpstreamError(`${hostOf(url)} redirected too often`, { url });
      const next = redirectTarget(target, location);
      current = { ...current, headers: headersFor(target, next, current.headers) };
      target = next;
    }
  }

  private async sendOnce(url: string, options: RequestOptions): Promise<HttpResponse> {
    this.checkNotBlocked(url);
    const signal = options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(this.timeoutMs)]) : AbortSignal.timeout(this.timeoutMs);
    try {
      const response = await undici().request(url, {
        method: options.method ?? 'GET',
        headers: { 'user-agent': this.userAgent, ...options.headers },
        body: options.body ?? null,
        signal,
        dispatcher: this.dispatcher,
      });
      const headers = flattenHeaders(response.headers);
      const text = await readBody(response.body, this.maxBodyBytes, url);
      return this.noteRateLimit({ url, status: response.statusCode, headers, text });
    } catch (error) {
      throw mapRequestFailure(error, url);
    }
  }

  private checkNotBlocked(url: string): void {
    const origin = originOf(url);
    const until = this.blockedUntil.get(origin) ?? 0;
    if (until > this.now()) throw new RateLimitedError(`${hostOf(url)} asked us to wait`, { url, retryAt: until });
    this.blockedUntil.delete(origin);
  }

  /** Blocks the host on 429 (thrown) and when `X-RateLimit-Remaining: 0` comes with a reset time. */
  private noteRateLimit(response: HttpResponse): HttpResponse {
    const now = this.now();
    const until = rateLimitedUntil(response.headers, now);
    if (response.status === 429) {
      const error = mapHttpError(response, now);
      const retryAt = error instanceof RateLimitedError ? error.retryAt : now;
      this.blockedUntil.set(originOf(response.url), retryAt);
      this.log?.warn({ host: hostOf(response.url), retryAt: new Date(retryAt).toISOString() }, 'upstream rate limited');
      throw error;
    }
    if (until !== null && until > now && response.headers['x-ratelimit-remaining']?.trim() === '0') {
      this.blockedUntil.set(originOf(response.url), until);
    }
    return response;
  }
}

/** Parses a response body as JSON through `schema`; malformed, truncated or mis-shaped bodies are UpstreamErrors. */
export function parseJson<S extends z.ZodType>(response: HttpResponse, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(response.text);
  } catch (error) {
    throw new UpstreamError(`${hostOf(response.url)} sent malformed JSON`, { url: response.url, status: response.status, cause: error });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new UpstreamError(`${hostOf(response.url)} sent an unexpected response`, { url: response.url, status: response.status, cause: parsed.error });
  }
  return parsed.data;
}

function redirectTarget(from: string, location: string): string {
  const target = URL.canParse(location, from) ? new URL(location, from) : null;
  if (!target || (target.protocol !== 'http:' && target.protocol !== 'https:')) {
    throw new UpstreamError(`${hostOf(from)} redirected to an unsupported URL`, { url: from });
  }
  if (new URL(from).protocol === 'https:' && target.protocol === 'http:') {
    throw new UpstreamError(`${hostOf(from)} redirected from https to http`, { url: from });
  }
  return target.href;
}

/** Credentials never follow a redirect to another origin (e.g. a registry blob sent to a CDN). */
function headersFor(from: string, to: string, headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const kept: Record<string, string> = {};
  const sameOrigin = originOf(from) === originOf(to);
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!sameOrigin && (name.toLowerCase() === 'authorization' || name.toLowerCase() === 'cookie')) continue;
    kept[name] = value;
  }
  return kept;
}

function originOf(url: string): string {
  return new URL(url).origin;
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

async function readBody(body: Dispatcher.ResponseData['body'], maxBytes: number, url: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) {
      body.destroy();
      throw new UpstreamError(`${hostOf(url)} sent more than ${maxBytes} bytes`, { url });
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
