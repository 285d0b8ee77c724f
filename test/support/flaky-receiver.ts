import http from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  at: number;
  headers: Record<string, string>;
  body: string;
  json: { type: string; timestamp: string; data: Record<string, unknown> };
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Answer after this long (a slow receiver); `Infinity` never answers. */
  delayMs?: number;
}

/** A local HTTP receiver whose answer is scripted per request (fail, then recover; 410; 429; slow). */
export async function startScriptedReceiver(reply: (n: number, req: http.IncomingMessage) => Reply = () => ({ status: 204 })) {
  const received: ReceivedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      let json: ReceivedRequest['json'];
      try {
        json = JSON.parse(body);
      } catch {
        json = { type: 'unparseable', timestamp: '', data: {} };
      }
      received.push({ at: Date.now(), headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), body, json });
      const r = reply(received.length, req);
      const answer = () => res.writeHead(r.status, r.headers ?? {}).end();
      if (r.delayMs === Infinity) return;
      if (r.delayMs) setTimeout(answer, r.delayMs);
      else answer();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
