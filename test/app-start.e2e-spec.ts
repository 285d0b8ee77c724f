import http from 'node:http';
import { AddressInfo } from 'node:net';
import { appEnv, logDirFor } from './support/app-env';
import { freePort, RunningApp, startApp } from './support/app-processes';
import { uniqueNamespace } from './support/test-env';

/**
 * The harness's start-up under contention: the free port it picked is taken by another process
 * (here a stand-in that answers every request with 200, as another app's /health would) before
 * the app can listen. The started app must be our own process on another port, never the
 * stand-in answering for it.
 */
describe('starting an app whose port was taken', () => {
  let squatter: http.Server;
  let app: RunningApp | undefined;

  beforeAll(async () => {
    squatter = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'));
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await app?.stop();
    await new Promise((resolve) => squatter.close(resolve));
  });

  it('retries on a new port and returns the app that answers there', async () => {
    const taken = (squatter.address() as AddressInfo).port;
    const offered: number[] = [];
    const ports = async () => {
      const port = offered.length ? await freePort() : taken;
      offered.push(port);
      return port;
    };
    const namespace = uniqueNamespace('app-start');
    // The first process joins its consumer groups before it fails to listen, and exits without
    // leaving them: the second one's join waits until that member's session has timed out (30 s
    // by default; 6 s is the broker's least).
    app = await startApp('notifications', appEnv('notifications', namespace, { KAFKA_CONSUMER_SESSION_TIMEOUT_MS: '6000' }), logDirFor(namespace), ports);

    expect(offered[0]).toBe(taken);
    expect(offered.length).toBeGreaterThanOrEqual(2);
    const port = Number(new URL(app.url).port);
    expect(port).not.toBe(taken);
    expect(port).toBe(offered[offered.length - 1]);
    // The app at the returned address is a Parley app (the stand-in has no such route).
    const live = await fetch(`${app.url}/v1/me/notifications`);
    expect(live.status).toBe(401);
    expect(live.headers.get('content-type')).toContain('application/problem+json');
  });
});
