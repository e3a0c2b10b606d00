import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { messageProblems } from './block-rules.js';

/** Slack's deadline for acknowledging an envelope. @see https://docs.slack.dev/apis/events-api/using-socket-mode */
export const ACK_DEADLINE_MS = 3_000;

export type EnvelopeType = 'events_api' | 'slash_commands' | 'interactive';

export interface AckRecord {
  envelopeId: string;
  type: EnvelopeType;
  /** The ack's payload: what Slack shows for a slash command; `{}` or absent otherwise. */
  payload: Record<string, unknown> | undefined;
  /** From sending the envelope to receiving its ack. */
  ms: number;
}

/** The Socket Mode side of the stand-in: `hello`, envelopes, acks against the 3 s deadline. */
export interface SocketModeServer {
  /** The URL `apps.connections.open` hands out. */
  url: string;
  acks: AckRecord[];
  connections: number;
  /** Resolves once a client is connected and has been sent `hello`. */
  connected(): Promise<void>;
  /** Sends one envelope and resolves with its ack (or rejects when none comes within `waitMs`). */
  send(type: EnvelopeType, payload: unknown, waitMs?: number): Promise<AckRecord>;
  /** Sends a frame as is: malformed envelopes. */
  sendRaw(frame: string): void;
  /** Asks the client to reconnect, as Slack does before it moves or refreshes a connection. */
  disconnect(reason: 'warning' | 'refresh_requested' | 'link_disabled'): void;
  close(): Promise<void>;
}

interface Waiting {
  type: EnvelopeType;
  sentAt: number;
  timer: NodeJS.Timeout;
  resolve: (ack: AckRecord) => void;
}

/** Serves Socket Mode on `server` at `/link`; deadline misses and invalid ack messages go to `violations`. */
export function attachSocketMode(server: Server, baseUrl: string, violations: string[]): SocketModeServer {
  const wss = new WebSocketServer({ noServer: true });
  const waiting = new Map<string, Waiting>();
  const acks: AckRecord[] = [];
  let socket: WebSocket | null = null;
  let ready: () => void = () => undefined;
  let isReady = new Promise<void>((resolve) => (ready = resolve));
  let next = 0;

  server.on('upgrade', (request, stream, head) => {
    if (!request.url?.startsWith('/link')) return stream.destroy();
    wss.handleUpgrade(request, stream, head, (ws) => {
      socket = ws;
      state.connections += 1;
      ws.on('message', (data) => receive(String(data)));
      ws.on('close', () => {
        if (socket === ws) socket = null;
        isReady = new Promise<void>((resolve) => (ready = resolve));
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0STANDIN' }, debug_info: { host: 'stand-in', approximate_connection_time: 3600 } }));
      ready();
    });
  });

  function receive(frame: string): void {
    let message: { envelope_id?: unknown; payload?: Record<string, unknown> };
    try {
      message = JSON.parse(frame) as typeof message;
    } catch {
      violations.push(`socket mode: client sent a frame that is not JSON: ${frame.slice(0, 80)}`);
      return;
    }
    const pending = typeof message.envelope_id === 'string' ? waiting.get(message.envelope_id) : undefined;
    if (pending === undefined) {
      violations.push(`socket mode: ack for an unknown or already acknowledged envelope ${String(message.envelope_id)}`);
      return;
    }
    const envelopeId = message.envelope_id as string;
    waiting.delete(envelopeId);
    clearTimeout(pending.timer);
    const ack: AckRecord = { envelopeId, type: pending.type, payload: message.payload, ms: performance.now() - pending.sentAt };
    if (ack.ms > ACK_DEADLINE_MS) violations.push(`socket mode: ${envelopeId} acknowledged after ${Math.round(ack.ms)} ms`);
    if (message.payload !== undefined && (message.payload.text !== undefined || message.payload.blocks !== undefined)) {
      for (const problem of messageProblems(message.payload)) violations.push(`socket mode ack ${envelopeId}: ${problem}`);
    }
    acks.push(ack);
    pending.resolve(ack);
  }

  const state: SocketModeServer = {
    url: `${baseUrl.replace(/^http/, 'ws')}/link/?ticket=stand-in`,
    acks,
    connections: 0,
    connected: () => isReady,
    send: (type, payload, waitMs = 15_000) =>
      new Promise<AckRecord>((resolve, reject) => {
        if (socket === null) return reject(new Error('no Socket Mode client is connected'));
        next += 1;
        const envelopeId = `env-${next}`;
        const sentAt = performance.now();
        const timer = setTimeout(() => violations.push(`socket mode: ${envelopeId} (${type}) not acknowledged within 3 s`), ACK_DEADLINE_MS);
        waiting.set(envelopeId, { type, sentAt, timer, resolve });
        setTimeout(() => waiting.has(envelopeId) && reject(new Error(`no ack for ${envelopeId}`)), waitMs).unref();
        socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api' }));
      }),
    sendRaw: (frame) => socket?.send(frame),
    disconnect: (reason) => {
      socket?.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'stand-in' } }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const pending of waiting.values()) clearTimeout(pending.timer);
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
  return state;
}
