import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the stand-in saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Handler = (req: SeenRequest, res: ServerResponse) => void | Promise<void>;

interface Fault {
  match: (req: SeenRequest) => boolean;
  respond: Handler;
  remaining: number;
}

/** A loopback HTTP server with request counters, added latency and one-off faults (429, 5xx, bad bodies…). */
export interface StandInServer {
  url: string;
  requests: SeenRequest[];
  /** Added before every response, in ms; change it at any time (the benchmark sets it). */
  latencyMs: number;
  /** Requests whose path starts with `prefix` (and method, when given). */
  count(prefix: string, method?: string): number;
  /** Answers the next `times` matching requests with `respond` instead of the normal handler. */
  inject(match: string | ((req: SeenRequest) => boolean), respond: Handler, times?: number): void;
  close(): Promise<void>;
}

export async function startStandIn(handler: Handler, options: { latencyMs?: number } = {}): Promise<StandInServer> {
  const faults: Fault[] = [];
  const stand: StandInServer = {
    url: '',
    requests: [],
    latencyMs: options.latencyMs ?? 0,
    count: (prefix, method) => stand.requests.filter((r) => r.path.startsWith(prefix) && (!method || r.method === method)).length,
    inject: (match, respond, times = 1) => {
      const test = typeof match === 'string' ? (req: SeenRequest) => req.path.startsWith(match) : match;
      faults.push({ match: test, respond, remaining: times });
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  const server = createServer(async (incoming, res) => {
    const req = await record(incoming);
    stand.requests.push(req);
    if (stand.latencyMs > 0) await sleep(stand.latencyMs);
    const fault = faults.find((candidate) => candidate.remaining > 0 && candidate.match(req));
    if (fault) fault.remaining--;
    try {
      await (fault ? fault.respond : handler)(req, res);
    } catch (error) {
      if (!res.headersSent) sendJson(res, 500, { message: String(error) });
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stand.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return stand;
}

async function record(incoming: IncomingMessage): Promise<SeenRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return {
    method: incoming.method ?? 'GET',
    path: incoming.url ?? '/',
    authorization: incoming.headers.authorization,
    headers: incoming.headers,
    body: Buffer.concat(chunks).toString('utf8'),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Faults shared by every stand-in. */
export const faults = {
  status: (status: number, body: unknown = { message: 'stand-in fault' }, headers: Record<string, string> = {}): Handler =>
    (_req, res) => sendJson(res, status, body, headers),
  /** Status line and headers at once, then nothing for `ms`. */
  slowBody: (ms: number, body = '{"ok":true}'): Handler => async (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write(body.slice(0, 1));
    await sleep(ms);
    res.end(body.slice(1));
  },
  /** No status line for `ms`. */
  slowHeaders: (ms: number): Handler => async (_req, res) => {
    await sleep(ms);
    sendJson(res, 200, {});
  },
  /** Declares a longer body than it sends, then closes the connection. */
  truncated: (text: string): Handler => (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': text.length * 2 });
    res.end(text);
    res.socket?.destroy();
  },
  malformed: (text = '{"results": [') : Handler => (_req, res) => sendJson(res, 200, text),
};
