import { isValidTraceparent, newTraceparent, traceContextMiddleware } from './trace-context';

describe('trace context', () => {
  it('makes valid W3C traceparents and refuses malformed or all-zero ones', () => {
    expect(isValidTraceparent(newTraceparent())).toBe(true);
    expect(isValidTraceparent('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01')).toBe(true);
    expect(isValidTraceparent('00-00000000000000000000000000000000-b7ad6b7169203331-01')).toBe(false);
    expect(isValidTraceparent('garbage')).toBe(false);
  });

  it('keeps a valid incoming traceparent and replaces a bad one', () => {
    const keep = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const headers: Record<string, string> = {};
    const res = { setHeader: (k: string, v: string) => (headers[k] = v) };
    const req1 = { headers: { traceparent: keep } };
    traceContextMiddleware(req1 as never, res as never, () => undefined);
    expect(req1.headers.traceparent).toBe(keep);
    expect(headers['x-trace-id']).toBe('0af7651916cd43dd8448eb211c80319c');
    const req2 = { headers: { traceparent: 'nope' } };
    traceContextMiddleware(req2 as never, res as never, () => undefined);
    expect(isValidTraceparent(req2.headers.traceparent)).toBe(true);
  });
});
