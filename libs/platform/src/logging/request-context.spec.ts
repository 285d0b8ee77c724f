import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { Logger, PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { requestContextMiddleware } from './request-context';

function capture() {
  const lines: Array<Record<string, any>> = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      cb();
    },
  });
  return { lines, stream };
}

function exchange(url: string, headers: Record<string, string> = {}) {
  const res = Object.assign(new EventEmitter(), {
    statusCode: 200,
    headers: {} as Record<string, string>,
    setHeader(k: string, v: string) {
      this.headers[k] = v;
    },
  });
  const req = { method: 'GET', url, originalUrl: url, headers: { ...headers } as Record<string, string> };
  return { req, res };
}

describe('request context middleware', () => {
  const { lines, stream } = capture();
  const root = pino({ level: 'info', base: { app: 'test' }, messageKey: 'msg' }, stream);
  const nestLogger = new Logger(new PinoLogger({ pinoHttp: { logger: root } }), {});
  const mw = requestContextMiddleware(root, { quiet: (u) => u === '/health' });
  const flush = () => new Promise((r) => setImmediate(r));

  beforeEach(() => lines.splice(0));

  it('sets the trace and request ids, logs the completion once, and is the context of log lines written meanwhile', async () => {
    const tp = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const { req, res } = exchange('/v1/things?access_token=secret', { traceparent: tp, 'x-request-id': 'req-1' });
    mw(req as never, res as never, () => nestLogger.log({ step: 1 }, 'handling', 'TestContext'));
    expect(res.headers['x-trace-id']).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(res.headers['x-request-id']).toBe('req-1');
    res.statusCode = 201;
    res.emit('close');
    res.emit('close');
    await flush();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ msg: 'handling', context: 'TestContext', step: 1, req: { id: 'req-1', method: 'GET', url: '/v1/things?access_token=[redacted]' }, traceId: '0af7651916cd43dd8448eb211c80319c' });
    expect(lines[1]).toMatchObject({ level: 30, msg: 'request completed', res: { statusCode: 201 }, req: { id: 'req-1' }, traceId: '0af7651916cd43dd8448eb211c80319c' });
    expect(typeof lines[1]!.responseTime).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('secret');
  });

  it('makes ids when missing or invalid, logs a 5xx as an error, and keeps quiet URLs out of the log', async () => {
    const a = exchange('/v1/x', { traceparent: 'garbage', 'x-request-id': 'x'.repeat(101) });
    mw(a.req as never, a.res as never, () => undefined);
    expect(a.req.headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(a.res.headers['x-trace-id']).toBe(a.req.headers.traceparent!.slice(3, 35));
    expect(a.res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    a.res.statusCode = 503;
    a.res.emit('close');
    const b = exchange('/health');
    mw(b.req as never, b.res as never, () => undefined);
    b.res.emit('close');
    await flush();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, msg: 'request errored', res: { statusCode: 503 } });
  });
});
