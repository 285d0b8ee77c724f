import { once } from 'node:events';
import net from 'node:net';
import { MongoNetworkError } from 'mongodb';

/* eslint-disable @typescript-eslint/no-require-imports -- the driver's connection class is internal, not exported */
const { Connection } = require('mongodb/lib/cmap/connection') as {
  Connection: new (socket: net.Socket, options: Record<string, unknown>) => { command(ns: unknown, cmd: object, options: object): Promise<unknown>; closed: boolean };
};
const { ns } = require('mongodb/lib/utils') as { ns(namespace: string): unknown };
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * The mongodb driver as patched by patches/mongodb+*.patch (applied by `npm install`): a command
 * written to a connection whose socket the server has just closed fails with a network error,
 * which the driver's pool and server monitor act on. Unpatched (6.20 to 7.9), a socket destroyed
 * while the command was being encoded made the write wait for a 'drain' event that never comes:
 * the operation hung for ever, and when it was the server monitor's check, the client never saw
 * the database again after a restart. A server that had closed its end made the write fail with
 * Node's bare EPIPE error, which the driver neither retries nor counts as a network error.
 *
 * The socket here is a real TCP connection to a local server (no database is needed to close one).
 */
describe('mongodb driver connection (patched)', () => {
  let server: net.Server;
  const serverSockets: net.Socket[] = [];

  beforeAll(async () => {
    server = net.createServer((s) => {
      serverSockets.push(s);
      s.resume();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
  });

  afterAll(async () => {
    for (const s of serverSockets) s.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  async function connection() {
    const accepting = once(server, 'connection') as Promise<[net.Socket]>;
    const socket = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
    await once(socket, 'connect');
    const [accepted] = await accepting;
    return { socket, accepted, conn: new Connection(socket, { id: 7, hostAddress: { toString: () => `127.0.0.1:${(server.address() as net.AddressInfo).port}` }, generation: 0 }) };
  }

  it('a command on a socket destroyed before the connection saw it close fails with MongoNetworkError instead of hanging', async () => {
    const { socket, conn } = await connection();
    // Destroyed now; the connection hears of it ('close') only on a later turn of the event loop,
    // after the command below has been encoded and written.
    socket.destroy();
    await expect(conn.command(ns('admin.$cmd'), { ping: 1 }, {})).rejects.toBeInstanceOf(MongoNetworkError);
    expect(conn.closed).toBe(true);
  }, 30_000);

  it('a command after the server closed its end fails with MongoNetworkError, not a bare EPIPE', async () => {
    const { socket, accepted, conn } = await connection();
    accepted.end();
    await once(socket, 'end');
    const err = await conn.command(ns('admin.$cmd'), { ping: 1 }, {}).then(
      () => new Error('the command succeeded'),
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(MongoNetworkError);
    expect(err.message).toMatch(/closed|ended by the other party|EPIPE/);
  }, 30_000);
});
