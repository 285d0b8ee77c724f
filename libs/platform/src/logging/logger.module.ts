import { DynamicModule, Global, Module } from '@nestjs/common';
import { Logger, PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { redactLogObject, redactText } from './redaction';

/** The process's root pino logger (JSON lines on stdout); request loggers are its children. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

@Global()
@Module({})
class JsonLoggerModule {}

/**
 * The pino logger every app logs through: JSON lines with `app`, `level` (label), ISO `time` and
 * `msg`. Every line passes through the one redaction (redaction.ts): fields, messages and errors.
 */
export function createRootLogger(app: string, level: string, destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app },
    messageKey: 'msg',
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label) => ({ level: label }), log: (fields) => redactLogObject(fields) },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    hooks: {
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        if (first instanceof Error) {
          // pino would take the message from the error itself: give it the redacted one
          const msg = typeof rest[0] === 'string' ? redactText(rest[0]) : redactText(first.message);
          return method.apply(this, [{ err: first }, msg, ...rest.slice(1)] as Parameters<typeof method>);
        }
        return method.apply(this, args.map((a) => (typeof a === 'string' ? redactText(a) : a)) as Parameters<typeof method>);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Structured JSON logs (pino). Nest's logger (`app.useLogger(app.get(Logger))`) writes through
 * the root logger; the request middleware of bootstrapApp (request-context.ts) logs each request
 * with its request id and W3C trace id, and makes them the context of every log line written
 * while the request is handled.
 */
export function jsonLoggerModule(app: string, level: string): DynamicModule {
  const root = createRootLogger(app, level);
  // nestjs-pino's Logger: the request's logger while a request is handled, else the root.
  const logger = new Logger(new PinoLogger({ pinoHttp: { logger: root } }), {});
  return {
    module: JsonLoggerModule,
    providers: [
      { provide: ROOT_LOGGER, useValue: root },
      { provide: Logger, useValue: logger },
    ],
    exports: [ROOT_LOGGER, Logger],
  };
}
