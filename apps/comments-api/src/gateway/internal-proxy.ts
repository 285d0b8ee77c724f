import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROBLEM_BASE, PROBLEM_CONTENT_TYPE } from '@parley/platform';
import { InternalRoute, routeFor } from './internal-routes';

/** Headers that describe one connection, not the message (RFC 9110 §7.6.1), plus the host. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
]);

type Request = IncomingMessage & { originalUrl?: string };
type Middleware = (req: Request, res: ServerResponse, next: () => void) => void;

export interface InternalProxyOptions {
  /** Called before the response head is written (e.g. security and CORS headers). */
  decorate?: (req: Request, res: ServerResponse) => void;
  /** Called when an app cannot be reached. */
  onError?: (route: InternalRoute, err: Error) => void;
}

function withoutHopByHop(headers: http.IncomingHttpHeaders | http.OutgoingHttpHeaders): http.OutgoingHttpHeaders {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  );
  const out: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(name) && !named.has(name)) out[name] = value;
  return out;
}

/**
 * Express middleware that forwards requests for the other apps' routes (see internal-routes.ts)
 * to their internal URLs and streams the answer back: the request body is piped through
 * unparsed (register it before any body parser), the response is passed on chunk by chunk
 * with its head sent at once, so server-sent event streams work, and closing either side
 * closes the other. Adds X-Forwarded-For/-Host/-Proto. CORS preflights (OPTIONS) are left to
 * comments-api's own CORS handling. An unreachable app is a 502 problem+json.
 */
export function internalRoutesProxy(routes: readonly InternalRoute[], options: InternalProxyOptions = {}): Middleware {
  const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };
  return (req, res, next) => {
    const url = req.originalUrl ?? req.url ?? '/';
    const path = url.split('?', 1)[0]!;
    const route = routes.length ? routeFor(routes, path) : undefined;
    if (!route || req.method === 'OPTIONS') return next();

    const target = new URL(route.baseUrl + url);
    const client = target.protocol === 'https:' ? https : http;
    const headers = withoutHopByHop(req.headers);
    const remote = req.socket.remoteAddress ?? '';
    headers['x-forwarded-for'] = req.headers['x-forwarded-for'] ? `${req.headers['x-forwarded-for']}, ${remote}` : remote;
    headers['x-forwarded-host'] = req.headers['x-forwarded-host'] ?? req.headers.host ?? '';
    headers['x-forwarded-proto'] = req.headers['x-forwarded-proto'] ?? ((req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http');

    const upstream = client.request(target, { method: req.method, headers, agent: agents[target.protocol as 'http:' | 'https:'] }, (answer) => {
      options.decorate?.(req, res);
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, withoutHopByHop(answer.headers));
      res.flushHeaders(); // an event stream's head goes out before its first event
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    upstream.on('error', (err) => {
      if (res.headersSent) return void res.destroy();
      options.onError?.(route, err);
      options.decorate?.(req, res);
      const body = JSON.stringify({
        type: PROBLEM_BASE + 'upstream-unavailable',
        title: 'Bad Gateway',
        status: 502,
        detail: `${route.app} is unreachable; try again shortly`,
        instance: path,
      });
      res.writeHead(502, { 'content-type': PROBLEM_CONTENT_TYPE, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
    // The client went away (a closed event stream, an aborted upload): end the upstream request too.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  };
}
