import net from 'node:net';

/**
 * Every test runs with outbound connections limited to loopback: a connection to any other host fails the
 * test loudly instead of reaching the internet.
 */
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const connect = net.Socket.prototype.connect;

function hostOf(args: unknown[]): string | undefined {
  // net.connect() hands Socket#connect its normalized arguments as one array.
  const [first, second] = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; path?: string };
    return options.path !== undefined ? 'localhost' : (options.host ?? 'localhost');
  }
  if (typeof first === 'string' && Number.isNaN(Number(first))) return 'localhost';
  return typeof second === 'string' ? second : 'localhost';
}

net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const host = hostOf(args);
  if (host !== undefined && !LOOPBACK.test(host)) throw new Error(`a test tried to connect to ${host}: tests use loopback stand-ins only`);
  return (connect as (...rest: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
