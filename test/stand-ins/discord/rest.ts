import type { ServerResponse } from 'node:http';
import { sendJson, startStandIn, type SeenRequest, type StandInServer } from '../http-stand-in.js';
import { listMessages, createMessage, type Channel } from './channels.js';
import { ERRORS, type ApiError, type InitialResponse, type InteractionLedger } from './ledger.js';
import { BOT_USER, IDS, messagePayload, snowflake } from './payloads.js';
import { commandProblems, type CommandDefinition, type CreateMessageBody, type MessageBody } from './rules.js';

/** What the REST side keeps besides interactions: registered commands and messages posted to channels. */
export interface RestState {
  token: string;
  gatewayUrl: string;
  ledger: InteractionLedger;
  /** `null` key: global commands; otherwise by guild id. */
  registered: Map<string | null, CommandDefinition[]>;
  /** The body of every message created in any channel, in order (a repeated nonce creates none). */
  channelMessages: CreateMessageBody[];
  /** The guild's channels by id, with their messages. */
  channels: Map<string, Channel>;
  /** Messages to create and then answer by closing the connection, as when a response is lost on the way. */
  loseAnswers: number;
  /** Discord's clock (epoch ms), for the nonce window; tests move it forward. */
  now: () => number;
  typing: number;
}

/** A route's answer: a status and body, Discord's error, or a lost answer (the connection closes unanswered). */
export type RouteResult = { status: number; body?: unknown } | ApiError | 'lost';

type Route = (state: RestState, request: SeenRequest, match: string[]) => RouteResult;

const ROUTES: [string, RegExp, Route][] = [
  ['GET', /^\/gateway\/bot$/, gatewayBot],
  ['PUT', /^\/applications\/(\d+)\/commands$/, (state, request, [app]) => putCommands(state, request, app, null)],
  ['PUT', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (state, request, [app, guild]) => putCommands(state, request, app, guild ?? null)],
  ['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, (state, request, [id, token]) => callback(state, request, id ?? '', token ?? '')],
  ['PATCH', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/, (state, request, [, token]) => webhook(state, request, token ?? '', 'edit')],
  ['POST', /^\/webhooks\/(\d+)\/([^/]+)$/, (state, request, [, token]) => webhook(state, request, token ?? '', 'followUp')],
  ['POST', /^\/channels\/(\d+)\/messages$/, (state, request, [channelId]) => createMessage(state, request, channelId ?? '')],
  ['GET', /^\/channels\/(\d+)\/messages$/, (state, request, [channelId]) => listMessages(state, request, channelId ?? '')],
  ['POST', /^\/channels\/(\d+)\/typing$/, (state) => ((state.typing += 1), { status: 204 })],
];

/** Routes sent with the bot token; interaction callbacks and webhooks carry none. */
const BOT_AUTH = /^\/(gateway|applications|channels)\//;

/**
 * Discord's REST API under `/api/v10` (chat-platforms.md §3.1, §3.7), on loopback port 0.
 * @see https://discord.com/developers/docs/reference
 */
export function startRest(state: RestState): Promise<StandInServer> {
  return startStandIn((request, res) => route(state, request, res));
}

function route(state: RestState, request: SeenRequest, res: ServerResponse): void {
  const url = new URL(request.path, 'http://stand-in');
  // Routes URL-encode an explicit `@original` (chat-platforms.md §4.3).
  const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
  if (BOT_AUTH.test(path) && request.authorization !== `Bot ${state.token}`) return send(res, { status: 401, code: 0, message: '401: Unauthorized' });
  for (const [method, pattern, handle] of ROUTES) {
    const match = pattern.exec(path);
    if (match !== null && request.method === method) return send(res, handle(state, request, match.slice(1)));
  }
  send(res, state.ledger.breach({ status: 404, code: 0, message: '404: Not Found' }, `unexpected ${request.method} ${path}`));
}

function send(res: ServerResponse, result: RouteResult): void {
  if (result === 'lost') {
    res.socket?.destroy();
    return;
  }
  if ('code' in result) return sendJson(res, result.status, { code: result.code, message: result.message });
  // A 204 must be bare: a JSON Content-Type with no body breaks @discordjs/rest (chat-platforms.md §4.2).
  if (result.status === 204) {
    res.writeHead(204);
    res.end();
    return;
  }
  sendJson(res, result.status, result.body);
}

function gatewayBot(state: RestState): { status: number; body: unknown } {
  return {
    status: 200,
    body: { url: state.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } },
  };
}

function putCommands(state: RestState, request: SeenRequest, app: string | undefined, guild: string | null): { status: number; body: unknown } | ApiError {
  if (app !== IDS.application) return state.ledger.breach({ status: 404, code: 10002, message: 'Unknown Application' }, `commands for application ${app}`);
  const commands = JSON.parse(request.body) as CommandDefinition[];
  const problems = commandProblems(commands);
  if (problems.length > 0) return state.ledger.breach(ERRORS.invalidBody, `commands: ${problems.join('; ')}`);
  state.registered.set(guild, commands);
  const stored = commands.map((command) => ({ ...command, id: snowflake(), application_id: IDS.application, version: snowflake(), type: 1, ...(guild === null ? {} : { guild_id: guild }) }));
  return { status: 200, body: stored };
}

function callback(state: RestState, request: SeenRequest, id: string, token: string): { status: number } | ApiError {
  return state.ledger.callback(id, token, JSON.parse(request.body) as InitialResponse) ?? { status: 204 };
}

function webhook(state: RestState, request: SeenRequest, token: string, kind: 'edit' | 'followUp'): { status: number; body: unknown } | ApiError {
  const body = JSON.parse(request.body) as MessageBody;
  return state.ledger.webhook(token, kind, body) ?? { status: 200, body: messagePayload({ author: BOT_USER, ...body }) };
}
