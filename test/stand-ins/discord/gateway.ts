import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { guildCreatePayload, readyPayload } from './payloads.js';

/** What the gateway saw: IDENTIFY payloads, heartbeats (each answered with an ACK), resumes. */
export interface GatewayLog {
  identifies: { token: string; intents: number; compress: boolean }[];
  heartbeats: number;
  resumes: number;
}

export interface GatewayStandIn {
  url: string;
  log: GatewayLog;
  /** Sends a dispatch (op 0) to every identified connection. */
  dispatch(event: string, data: object): void;
  /** Asks every connection to reconnect and resume (op 7). */
  requestReconnect(): void;
  close(): Promise<void>;
}

interface Frame {
  op: number;
  d?: unknown;
}

/**
 * The Discord gateway on loopback, JSON frames without compression: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeat
 * ACKs, RESUME → RESUMED, dispatches. A wrong token closes with 4004 as Discord does.
 * @see https://discord.com/developers/docs/events/gateway#connection-lifecycle
 */
export async function startGateway(token: string, heartbeatIntervalMs = 1_000): Promise<GatewayStandIn> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const log: GatewayLog = { identifies: [], heartbeats: 0, resumes: 0 };
  const sessions = new Set<WebSocket>();
  let seq = 0;

  function send(socket: WebSocket, frame: object): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  }

  function dispatchTo(socket: WebSocket, event: string, data: object): void {
    seq += 1;
    send(socket, { op: 0, t: event, s: seq, d: data });
  }

  function onFrame(socket: WebSocket, frame: Frame): void {
    const data = (frame.d ?? {}) as { token?: string; intents?: number; compress?: boolean };
    if (frame.op === 1) {
      log.heartbeats += 1;
      send(socket, { op: 11 });
    } else if (frame.op === 2 || frame.op === 6) {
      if (data.token !== token) {
        socket.close(4004, 'Authentication failed.');
        return;
      }
      sessions.add(socket);
      if (frame.op === 6) {
        log.resumes += 1;
        dispatchTo(socket, 'RESUMED', {});
        return;
      }
      log.identifies.push({ token: data.token, intents: data.intents ?? 0, compress: data.compress ?? false });
      dispatchTo(socket, 'READY', readyPayload('stand-in-session', url));
      dispatchTo(socket, 'GUILD_CREATE', guildCreatePayload());
    }
  }

  server.on('connection', (socket) => {
    send(socket, { op: 10, d: { heartbeat_interval: heartbeatIntervalMs } });
    socket.on('message', (raw) => onFrame(socket, JSON.parse(String(raw)) as Frame));
    socket.on('close', () => sessions.delete(socket));
  });

  return {
    url,
    log,
    dispatch: (event, data) => {
      for (const socket of sessions) dispatchTo(socket, event, data);
    },
    requestReconnect: () => {
      for (const socket of sessions) send(socket, { op: 7, d: null });
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of server.clients) socket.terminate();
        server.close(() => resolve());
      }),
  };
}
