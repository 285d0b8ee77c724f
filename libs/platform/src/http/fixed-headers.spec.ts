import helmet from 'helmet';
import { applyFixedHeaders, recordHeaders } from './fixed-headers';

/** A response that records what is done to its headers. */
function fakeResponse(initial: Record<string, string> = {}) {
  const headers = new Map<string, string | string[]>(Object.entries(initial));
  return {
    headers,
    setHeader: (k: string, v: string | string[]) => headers.set(k.toLowerCase(), v),
    removeHeader: (k: string) => headers.delete(k.toLowerCase()),
    getHeader: (k: string) => headers.get(k.toLowerCase()),
    hasHeader: (k: string) => headers.has(k.toLowerCase()),
  };
}

describe('fixed headers', () => {
  it('replays exactly what helmet does to a response, removals included', () => {
    const configs = [
      helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }, crossOriginResourcePolicy: { policy: 'cross-origin' } }),
      helmet({ contentSecurityPolicy: false }),
    ];
    for (const h of configs) {
      const byHelmet = fakeResponse({ 'x-powered-by': 'Express' });
      h({ method: 'GET', url: '/x', headers: {} } as never, byHelmet as never, () => undefined);
      const replayed = fakeResponse({ 'x-powered-by': 'Express' });
      applyFixedHeaders(replayed as never, recordHeaders(h as never));
      expect(Object.fromEntries(replayed.headers)).toEqual(Object.fromEntries(byHelmet.headers));
      expect(replayed.headers.has('x-powered-by')).toBe(false);
      expect(replayed.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('refuses a middleware that does not complete synchronously', () => {
    expect(() => recordHeaders(() => undefined)).toThrow(/did not complete synchronously/);
    expect(() => recordHeaders((_req, _res, next) => next(new Error('boom')))).toThrow(/boom/);
  });
});
