// TCP port helpers for local infrastructure: refuse to reuse a busy port,
// pick a free one for a server to bind later, and probe whether something is listening.
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

// Ports for servers started later (Kafka, the database, apps) come from below the kernel's
// ephemeral range (Linux 32768–60999, BSD/macOS/Windows 49152–65535). A port from that range
// is also handed out to outgoing connections and to listen(0), so between the pick and the
// server's bind it can be taken by any client; a port below it is only taken by another server.
const SERVER_PORTS = { min: 20000, max: 32000 };
const handedOut = new Set();

/** A port on 127.0.0.1 that is free now, outside the ephemeral range, not handed out before by this process. */
export async function freePort() {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = SERVER_PORTS.min + Math.floor(Math.random() * (SERVER_PORTS.max - SERVER_PORTS.min));
    if (handedOut.has(port) || !(await isPortFree(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error(`no free port between ${SERVER_PORTS.min} and ${SERVER_PORTS.max} after 200 tries`);
}

/**
 * Starts a server on a port picked free just before. Processes that run side by side (test
 * files, the provisioning specs) pick their ports each on its own, so another one's server can take
 * the port between the pick and the bind: the start is then tried again on a new port (five times
 * at most). `start(port)` must fail with a message saying the port is in use.
 */
export async function startOnFreePort(start) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await freePort());
    } catch (err) {
      if (attempt >= 5 || !/already in use|EADDRINUSE/i.test(String(err?.message))) throw err;
    }
  }
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
