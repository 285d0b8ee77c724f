import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type pino from 'pino';
// nestjs-pino keeps the logger of the request being handled in this AsyncLocalStorage.
import { storage, Store } from 'nestjs-pino/storage';
import { redactUrl } from './redaction';
import { isValidTraceparent, newTraceparent } from './trace-context';

type Req = IncomingMessage & { id?: string; log?: pino.Logger; originalUrl?: string };
type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

export interface RequestContextOptions {
  /** Requests not logged when they complete (health checks, metrics). */
  quiet?: (url: string) => boolean;
}


/**
 * The logger of one request: a child of the root with `req` ({ id, method, url }) and
 * `traceId`, created on first use only (most requests log nothing but their completion).
 */
class RequestLogger {
  private instance?: pino.Logger;
  constructor(
    private readonly root: pino.Logger,
    private readonly bindings: () => Record<string, unknown>,
  ) {}
  get logger(): pino.Logger {
    return (this.instance ??= this.root.child(this.bindings()));
  }
  get level(): string {
    return this.root.level;
  }
  isLevelEnabled(level: string): boolean {
    return this.root.isLevelEnabled(level);
  }
  child(b: pino.Bindings): pino.Logger {
    return this.logger.child(b);
  }
  setBindings(b: pino.Bindings): void {
    this.logger.setBindings(b);
  }
}
for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as Level[]) {
  Object.defineProperty(RequestLogger.prototype, level, {
    value(this: RequestLogger, ...args: unknown[]) {
      if (this.isLevelEnabled(level)) (this.logger[level] as (...a: unknown[]) => void)(...args);
    },
  });
}

/**
 * The first middleware of every app:
 * - a W3C `traceparent` on every request (the caller's when valid, else a new one; logged and
 *   copied into the events the request causes), echoed as `x-trace-id`;
 * - a request id (`x-request-id`: the caller's, up to 100 characters, else a UUID);
 * - one JSON log line when the response is finished (`request completed`, or `request
 *   errored` at level error for a 5xx) with the status and response time;
 * - the request's logger as the context of every log line written while it is handled.
 * Cheap by design: nothing is allocated for logging unless a line is written.
 */
export function requestContextMiddleware(root: pino.Logger, opts: RequestContextOptions = {}) {
  return (req: Req, res: ServerResponse, next: () => void): void => {
    const started = Date.now();
    let tp = req.headers.traceparent;
    if (!isValidTraceparent(tp)) req.headers.traceparent = tp = newTraceparent();
    const traceId = tp.slice(3, 35);
    res.setHeader('x-trace-id', traceId);
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && given.length > 0 && given.length <= 100 ? given : randomUUID();
    req.id = id;
    res.setHeader('x-request-id', id);
    const url = req.originalUrl ?? req.url ?? '';
    const bindings = () => ({ req: { id, method: req.method, url: redactUrl(url) }, traceId });
    const log = new RequestLogger(root, bindings);
    req.log = log as unknown as pino.Logger;
    if (!opts.quiet?.(url) && root.isLevelEnabled('error')) {
      // 'close' follows every response, finished or aborted: one listener is enough.
      res.once('close', () => {
        const fields = { ...bindings(), res: { statusCode: res.statusCode }, responseTime: Date.now() - started };
        if (res.statusCode >= 500) root.error(fields, 'request errored');
        else root.info(fields, 'request completed');
      });
    }
    storage.run(new Store(log as unknown as pino.Logger), next);
  };
}
