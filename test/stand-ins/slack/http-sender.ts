import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { ACK_DEADLINE_MS } from './socket-mode.js';

/**
 * Slack's side of HTTP mode: signed POSTs to the app's `/slack/events` (chat-platforms.md §2.3). The Content-Type is
 * exactly Slack's, without a charset (§4.1); answers later than 3 s are violations.
 */
export interface SignedResponse {
  status: number;
  body: string;
  ms: number;
}

export interface SendOptions {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Overrides the computed signature: forgeries. */
  signature?: string | null;
  secret?: string;
}

export interface HttpSender {
  command(fields: Record<string, string | undefined>, options?: SendOptions): Promise<SignedResponse>;
  event(body: unknown, options?: SendOptions): Promise<SignedResponse>;
  action(payload: unknown, options?: SendOptions): Promise<SignedResponse>;
  raw(body: string, contentType: string, options?: SendOptions): Promise<SignedResponse>;
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

function form(fields: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) params.set(key, value);
  return params.toString();
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/** node:http rather than fetch: lighter per request, so a burst is timed by the app's speed, not the sender's. */
function post(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function createHttpSender(appUrl: string, secret: string, violations: string[]): HttpSender {
  async function raw(body: string, contentType: string, options: SendOptions = {}): Promise<SignedResponse> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = options.signature === undefined ? sign(options.secret ?? secret, timestamp, body) : options.signature;
    const headers: Record<string, string> = { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp) };
    if (signature !== null) headers['x-slack-signature'] = signature;
    const started = performance.now();
    const response = await post(`${appUrl}/slack/events`, headers, body);
    const ms = performance.now() - started;
    if (ms > ACK_DEADLINE_MS) violations.push(`http mode: answered after ${Math.round(ms)} ms`);
    return { ...response, ms };
  }
  const FORM = 'application/x-www-form-urlencoded';
  return {
    raw,
    command: (fields, options) => raw(form(fields), FORM, options),
    event: (body, options) => raw(JSON.stringify(body), 'application/json', options),
    action: (payload, options) => raw(form({ payload: JSON.stringify(payload) }), FORM, options),
  };
}
