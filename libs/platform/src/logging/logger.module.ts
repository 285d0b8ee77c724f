import { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';

/** Structured JSON logs (pino) with the request id and W3C trace id of each request. */
export function jsonLoggerModule(app: string, level: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level,
      base: { app },
      messageKey: 'msg',
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      genReqId: (req, res) => {
        const existing = req.headers['x-request-id'];
        const id = typeof existing === 'string' && existing.length <= 100 ? existing : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      customProps: (req) => {
        const tp = req.headers.traceparent;
        const traceId = typeof tp === 'string' ? tp.split('-')[1] : undefined;
        return traceId ? { traceId } : {};
      },
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/health/live' || req.url === '/metrics' },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      serializers: {
        // Tokens passed in the query (EventSource cannot send headers) never reach the logs.
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.replace(/([?&]access_token=)[^&]*/g, '$1[redacted]') }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  });
}
