import { randomFillSync } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

// Random bytes are drawn 4 KiB at a time (one call into the CSPRNG per 170 trace contexts).
const pool = Buffer.alloc(4096);
let used = pool.length;
function randomHex(bytes: number): string {
  if (used + bytes > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const hex = pool.toString('hex', used, used + bytes);
  used += bytes;
  return hex;
}

/** A new W3C trace context: version 00, random trace and span ids, sampled. */
export function newTraceparent(): string {
  const tp = `00-${randomHex(16)}-${randomHex(8)}-01`;
  // All-zero ids are invalid; with 128 random bits this never happens, but never emit one.
  return isValidTraceparent(tp) ? tp : newTraceparent();
}

export function isValidTraceparent(value: unknown): value is string {
  const m = typeof value === 'string' ? TRACEPARENT.exec(value) : null;
  return !!m && !/^0+$/.test(m[1]!) && !/^0+$/.test(m[2]!);
}

/**
 * Every request carries a W3C `traceparent`: the caller's when valid, else a new one. It is
 * logged with the request and copied into the events the request causes.
 */
export function traceContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  if (!isValidTraceparent(req.headers.traceparent)) req.headers.traceparent = newTraceparent();
  res.setHeader('x-trace-id', req.headers.traceparent.split('-')[1]!);
  next();
}
