import type { IncomingMessage, ServerResponse } from 'node:http';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/** What a header middleware did to a response: headers set (in order) and headers removed. */
export interface FixedHeaders {
  set: Array<[string, string | string[]]>;
  removed: string[];
}

/**
 * Runs a middleware that only sets response headers, and whose headers do not depend on the
 * request (helmet with fixed directives, no nonces), once against a recording response, and
 * returns what it did. `applyFixedHeaders` then replays it per request: the same headers for
 * a fraction of the cost (helmet runs a chain of a dozen middlewares per request).
 */
export function recordHeaders(middleware: Middleware): FixedHeaders {
  const set = new Map<string, [string, string | string[]]>();
  const removed = new Set<string>();
  const res = {
    setHeader(name: string, value: string | number | string[]) {
      set.set(name.toLowerCase(), [name, Array.isArray(value) ? value.map(String) : String(value)]);
      removed.delete(name.toLowerCase());
      return res;
    },
    removeHeader(name: string) {
      set.delete(name.toLowerCase());
      removed.add(name.toLowerCase());
    },
    getHeader: (name: string) => set.get(name.toLowerCase())?.[1],
    hasHeader: (name: string) => set.has(name.toLowerCase()),
  };
  const req = { method: 'GET', url: '/', headers: {} };
  let nextCalled = false;
  let failure: unknown;
  middleware(req as never, res as never, (err?: unknown) => {
    nextCalled = true;
    failure = err;
  });
  if (!nextCalled || failure) throw new Error(`header middleware did not complete synchronously: ${String(failure ?? 'next() not called')}`);
  return { set: [...set.values()], removed: [...removed] };
}

export function applyFixedHeaders(res: ServerResponse, h: FixedHeaders): void {
  for (let i = 0; i < h.set.length; i++) res.setHeader(h.set[i]![0], h.set[i]![1]);
  for (let i = 0; i < h.removed.length; i++) res.removeHeader(h.removed[i]!);
}
