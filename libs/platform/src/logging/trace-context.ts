import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** A new W3C trace context: version 00, random trace and span ids, sampled. */
export function newTraceparent(): string {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
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
