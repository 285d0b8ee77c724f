import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROBLEM_BASE, PROBLEM_CONTENT_TYPE } from '../http/problem';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function refuse(res: ServerResponse, detail: string): void {
  res.statusCode = 401;
  res.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
  res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
  res.end(JSON.stringify({ type: `${PROBLEM_BASE}unauthorized`, title: 'Authentication required', status: 401, detail }));
}

/**
 * Who may read `/metrics`: with METRICS_TOKEN, callers sending `Authorization: Bearer <token>`
 * (compared in constant time); without it, only connections from the loopback interface (the
 * socket's peer, never X-Forwarded-For), so a deployment behind a proxy exposes nothing.
 */
export function metricsAccess(token: string | undefined) {
  const expected = token ? Buffer.from(`Bearer ${token}`) : null;
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics' && path !== '/metrics/') return next();
    if (expected) {
      const got = Buffer.from(req.headers.authorization ?? '');
      if (got.length === expected.length && timingSafeEqual(got, expected)) return next();
      return refuse(res, 'Send Authorization: Bearer <METRICS_TOKEN>');
    }
    if (LOOPBACK.has(req.socket.remoteAddress ?? '') && req.headers['x-forwarded-for'] === undefined) return next();
    return refuse(res, '/metrics answers local connections only unless METRICS_TOKEN is set');
  };
}
