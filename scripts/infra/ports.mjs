// TCP port helpers for local infrastructure: refuse to reuse a busy port,
// pick a free ephemeral one, and probe whether something is listening.
import net from 'node:net';

const HOST = '127.0.0.1';

/** Resolves true if `port` can be bound on 127.0.0.1 right now. */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ host: HOST, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * Throws if `port` is taken. `hint` tells the user how to pick another one,
 * e.g. assertPortFree(9092, 'kafka', 'another Kafka? stop it or set KAFKA_PORT').
 */
export async function assertPortFree(port, name, hint = 'stop whatever uses it or choose another port') {
  if (!(await isPortFree(port))) {
    throw new Error(`${name}: port ${port} is already in use — ${hint}`);
  }
}

/** Asks the OS for an unused ephemeral port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: HOST, port: 0, exclusive: true }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves true if a TCP connection to host:port succeeds within `timeoutMs`. */
export function canConnect(port, host = HOST, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
