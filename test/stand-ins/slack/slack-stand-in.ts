import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageProblems } from './block-rules.js';
import { conversationsHistory, conversationsInfo, missingScope, postRefusal, usersInfo, type PostedMessage, type StandInChannel, type StandInUser, type Workspace } from './conversations.js';
import { attachSocketMode, type SocketModeServer } from './socket-mode.js';

export const BOT_TOKEN = 'xoxb-1111-2222-standinbottoken';
export const APP_TOKEN = 'xapp-1-A0STANDIN-3333-standinapptoken';
export const SIGNING_SECRET = 'standin-signing-secret-0123456789abcdef';
export const BOT_USER_ID = 'U0BOT';
export const BOT_ID = 'B0BOT';
export const TEAM_ID = 'T0001';
/** The bot token's scopes: manifest.yml's (a test keeps the two lists equal). */
export const BOT_SCOPES = ['commands', 'app_mentions:read', 'chat:write', 'chat:write.public', 'im:history', 'users:read', 'channels:read', 'groups:read', 'channels:history', 'groups:history'] as const;

export type { PostedMessage, StandInChannel, StandInUser };

/** What the stand-in does to the next call of a method: answer and then drop the connection, 429, or 500. */
export type Fault = 'drop-answer' | 'rate-limited' | 'server-error';

/** One Web API call as the stand-in saw it (chat-platforms.md §2.1). */
export interface ApiCall {
  method: string;
  token: string | null;
  contentType: string;
  args: Record<string, unknown>;
}

/** One POST to a response_url. */
export interface ResponseCall {
  id: string;
  status: number;
  body: Record<string, unknown>;
  at: number;
}

export interface SlackStandIn extends Workspace {
  url: string;
  /** For SLACK_API_URL. */
  apiUrl: string;
  calls: ApiCall[];
  responses: ResponseCall[];
  /** Slack rules broken by the app: tests assert this stays empty. */
  violations: string[];
  socket: SocketModeServer;
  /** Queues a fault for the next call of `method` (one per call, in order). */
  fail(method: string, fault: Fault): void;
  /** A fresh response_url (5 uses within 30 minutes, as Slack's). */
  responseUrl(): string;
  callsTo(method: string): ApiCall[];
  close(): Promise<void>;
}

const JSON_ARGS = new Set(['blocks', 'attachments', 'view', 'metadata']);
const RESPONSE_URL_USES = 5;
const RESPONSE_URL_TTL_MS = 30 * 60_000;

/** The Slack Web API, a response_url sink and a Socket Mode server on one loopback port. */
export async function startSlackStandIn(): Promise<SlackStandIn> {
  const responseUrls = new Map<string, { uses: number; created: number }>();
  const faults = new Map<string, Fault[]>();
  let counter = 0;
  let lastMicros = 0;
  const server = createServer((req, res) => void route(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const violations: string[] = [];
  const stand: SlackStandIn = {
    url,
    apiUrl: `${url}/api/`,
    calls: [],
    responses: [],
    messages: [],
    violations,
    members: new Set(),
    users: new Map(),
    channels: new Map(),
    scopes: new Set(BOT_SCOPES),
    socket: attachSocketMode(server, url, violations),
    fail: (method, fault) => faults.set(method, [...(faults.get(method) ?? []), fault]),
    responseUrl: () => {
      counter += 1;
      responseUrls.set(String(counter), { uses: 0, created: Date.now() });
      return `${url}/respond/${counter}`;
    },
    callsTo: (method) => stand.calls.filter((call) => call.method === method),
    close: async () => {
      await stand.socket.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = req.url ?? '/';
    if (req.method === 'POST' && path.startsWith('/api/')) return answerApi(path.slice(5), req, res, body);
    if (req.method === 'POST' && path.startsWith('/respond/')) return respond(path.slice(9), req, body, res);
    send(res, 404, { ok: false, error: 'not_found' });
  }

  function answerApi(method: string, req: IncomingMessage, res: ServerResponse, body: string): void {
    const fault = faults.get(method)?.shift();
    if (fault === 'rate-limited') return void res.writeHead(429, { 'retry-after': '30', 'content-type': 'application/json' }).end('{"ok":false,"error":"ratelimited"}');
    if (fault === 'server-error') return send(res, 500, 'internal server error');
    const answer = api(method, req, body);
    // The call took effect, but its answer never arrives: the client sees a broken connection.
    if (fault === 'drop-answer') return void req.socket.destroy();
    send(res, 200, answer);
  }

  function api(method: string, req: IncomingMessage, body: string): Record<string, unknown> {
    const contentType = req.headers['content-type'] ?? '';
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
    const args = parseArgs(contentType, body);
    stand.calls.push({ method, token, contentType, args });
    if (method === 'apps.connections.open') return token === APP_TOKEN ? { ok: true, url: stand.socket.url } : { ok: false, error: 'invalid_auth' };
    if (token !== BOT_TOKEN) return { ok: false, error: token?.startsWith('xapp-') ? 'not_allowed_token_type' : 'invalid_auth' };
    if (method === 'auth.test') return { ok: true, url: 'https://standin.slack.com/', team: 'Stand-in', user: 'baseimage', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID };
    if (method === 'chat.postMessage') return postMessage(args);
    if (method === 'chat.update') return update(args);
    if (method === 'users.info') return usersInfo(stand, args);
    if (method === 'conversations.info') return conversationsInfo(stand, args);
    if (method === 'conversations.history') return conversationsHistory(stand, args);
    return { ok: false, error: 'unknown_method' };
  }

  function checked(where: string, message: Record<string, unknown>): string[] {
    const problems = messageProblems(message);
    for (const problem of problems) violations.push(`${where}: ${problem}`);
    return problems;
  }

  function postMessage(args: Record<string, unknown>): Record<string, unknown> {
    const channel = typeof args.channel === 'string' ? args.channel : '';
    const refused = missingScope(stand, 'chat:write') ?? postRefusal(stand, channel);
    if (refused !== null) return refused;
    const problems = checked('chat.postMessage', args);
    if (problems.length > 0) return { ok: false, error: 'invalid_blocks', response_metadata: { messages: problems } };
    if (args.metadata !== undefined && !validMetadata(args.metadata)) {
      violations.push(`chat.postMessage: metadata ${JSON.stringify(args.metadata)}`);
      return { ok: false, error: 'invalid_metadata_format' };
    }
    const ts = nextTs();
    const message: PostedMessage = { channel, ts, text: args.text, blocks: args.blocks, updates: 0 };
    if (typeof args.thread_ts === 'string') message.thread_ts = args.thread_ts;
    if (args.metadata !== undefined) message.metadata = args.metadata;
    stand.messages.push(message);
    const metadata = message.metadata === undefined ? {} : { metadata: message.metadata };
    return { ok: true, channel, ts, message: { type: 'message', user: BOT_USER_ID, bot_id: BOT_ID, app_id: 'A0STANDIN', ts, text: args.text, ...metadata } };
  }

  /** Slack's message ids: the time in seconds with six decimals, unique in a channel. */
  function nextTs(): string {
    lastMicros = Math.max(Date.now() * 1000, lastMicros + 1);
    return `${Math.floor(lastMicros / 1e6)}.${String(lastMicros % 1e6).padStart(6, '0')}`;
  }

  function update(args: Record<string, unknown>): Record<string, unknown> {
    const message = stand.messages.find((candidate) => candidate.channel === args.channel && candidate.ts === args.ts);
    if (message === undefined) return { ok: false, error: 'message_not_found' };
    const problems = checked('chat.update', args);
    if (problems.length > 0) return { ok: false, error: 'invalid_blocks', response_metadata: { messages: problems } };
    Object.assign(message, { text: args.text, blocks: args.blocks, updates: message.updates + 1 });
    return { ok: true, channel: message.channel, ts: message.ts, text: args.text };
  }

  function respond(id: string, req: IncomingMessage, body: string, res: ServerResponse): void {
    const entry = responseUrls.get(id);
    const record = (status: number, parsed: Record<string, unknown>) => stand.responses.push({ id, status, body: parsed, at: performance.now() });
    if (req.headers['content-type']?.split(';')[0] !== 'application/json') {
      violations.push(`response_url ${id}: content-type ${String(req.headers['content-type'])}`);
      return send(res, 400, 'invalid_payload');
    }
    const parsed = JSON.parse(body) as Record<string, unknown>;
    if (entry === undefined) return record(404, parsed), send(res, 404, 'expired_url');
    entry.uses += 1;
    if (entry.uses > RESPONSE_URL_USES || Date.now() - entry.created > RESPONSE_URL_TTL_MS) return record(404, parsed), send(res, 404, 'used_url');
    if (parsed.delete_original !== true && checked(`response_url ${id}`, parsed).length > 0) return record(400, parsed), send(res, 400, 'invalid_blocks');
    record(200, parsed);
    send(res, 200, { ok: true });
  }

  return stand;
}

/** Slack's message metadata: an `event_type` name and an `event_payload` object. @see https://docs.slack.dev/messaging/message-metadata */
function validMetadata(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { event_type: type, event_payload: payload } = value as Record<string, unknown>;
  return typeof type === 'string' && /^[A-Za-z0-9_]{1,255}$/.test(type) && typeof payload === 'object' && payload !== null && !Array.isArray(payload);
}

function parseArgs(contentType: string, body: string): Record<string, unknown> {
  if (contentType.startsWith('application/json')) return JSON.parse(body || '{}') as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) args[key] = JSON_ARGS.has(key) ? JSON.parse(value) : value;
  return args;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' });
  res.end(text);
}
