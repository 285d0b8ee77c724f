import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROBLEM_BASE, PROBLEM_CONTENT_TYPE } from './problem';

const WINDOW_MS = 60_000;
const MAX_TRACKED = 100_000;
/** Health checks and metrics are never limited (orchestrators and scrapers poll them). */
const EXEMPT = /^\/(health|metrics)(\/|$|\?)/;

/**
 * A per-client-address budget of requests per minute (fixed one-minute windows, in memory, per
 * replica), answering 429 problem+json with Retry-After beyond it. The address is Express's
 * `req.ip`, which honours X-Forwarded-For only from the trusted proxy (`trust proxy`), so a forged
 * header cannot buy a fresh budget.
 */
export function ipRateLimit(perMinute: number) {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return (req: IncomingMessage & { ip?: string; url?: string }, res: ServerResponse, next: () => void): void => {
    if (EXEMPT.test(req.url ?? '')) return next();
    const now = Date.now();
    const key = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    let w = windows.get(key);
    if (!w || w.resetAt <= now) {
      if (windows.size >= MAX_TRACKED) for (const [k, v] of windows) if (v.resetAt <= now) windows.delete(k);
      if (windows.size >= MAX_TRACKED) windows.clear();
      w = { count: 0, resetAt: now + WINDOW_MS };
      windows.set(key, w);
    }
    w.count++;
    res.setHeader('X-RateLimit-Limit', String(perMinute));
    res.setHeader('X-RateLimit-Remaining', String(Math.max(0, perMinute - w.count)));
    if (w.count <= perMinute) return next();
    const retryAfter = Math.max(1, Math.ceil((w.resetAt - now) / 1000));
    res.statusCode = 429;
    res.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
    res.setHeader('Retry-After', String(retryAfter));
    res.end(
      JSON.stringify({
        type: `${PROBLEM_BASE}rate-limited`,
        title: 'Too Many Requests',
        status: 429,
        detail: `Rate limit of ${perMinute} requests per client address per minute exceeded; retry in ${retryAfter} s`,
        retryAfter,
        limit: perMinute,
      }),
    );
  };
}
