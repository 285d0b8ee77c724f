import { DynamicModule, INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoLogger } from 'nestjs-pino';
import { ConfigurationError } from '../config/load-config';
import { NoRouteHandler, ProblemDetailsFilter } from '../http/problem-details.filter';
import { strictValidationPipe } from '../http/validation.pipe';
import { jsonBodyMiddleware } from '../http/json-body.middleware';
import { ROOT_LOGGER } from '../logging/logger.module';
import { requestContextMiddleware } from '../logging/request-context';

/** Health checks and metrics are not logged per request. */
const QUIET_URLS = new Set(['/health', '/health/live', '/metrics']);

export interface BootstrapOptions {
  name: string;
  port: number;
  host?: string;
  bodyLimit?: string;
  /**
   * Middleware that must see requests before their body is parsed (e.g. a proxy that streams
   * bodies through); runs after the request context, so its requests are logged.
   */
  beforeBodyParsing?: (app: NestExpressApplication) => void;
  /** Extra setup between creation and listen (OpenAPI, static assets, the event transport, …). */
  configure?: (app: NestExpressApplication) => void | Promise<void>;
  /** Answers a request no route matched (e.g. 405 for a known path); 404 otherwise. */
  noRoute?: NoRouteHandler;
}

/** Prints a configuration error as one JSON log line and stops the process. */
export function exitOnConfigurationError(name: string, err: unknown): never {
  const message = err instanceof ConfigurationError ? err.message : `failed to start: ${(err as Error)?.stack ?? String(err)}`;
  process.stderr.write(JSON.stringify({ level: 'fatal', time: new Date().toISOString(), app: name, msg: message }) + '\n');
  process.exit(1);
}

/**
 * Creates and starts an app the same way for every service: JSON logs, problem+json errors,
 * strict validation, a request size limit, and graceful shutdown on SIGTERM/SIGINT.
 */
export async function bootstrapApp(module: DynamicModule, opts: BootstrapOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true, bodyParser: false });
  app.use(requestContextMiddleware(app.get(ROOT_LOGGER), { quiet: (url) => QUIET_URLS.has(url) }));
  app.useLogger(app.get(PinoLogger));
  opts.beforeBodyParsing?.(app);
  app.use(jsonBodyMiddleware(opts.bodyLimit ?? '64kb'));
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.useGlobalFilters(new ProblemDetailsFilter(opts.noRoute));
  app.useGlobalPipes(strictValidationPipe());
  app.enableShutdownHooks();
  await opts.configure?.(app);
  // Event consumers (a connected microservice) start once every module is initialised, and
  // before the HTTP port opens, so a ready app has joined its consumer groups.
  await app.init();
  if (app.getMicroservices().length) await app.startAllMicroservices();
  await app.listen(opts.port, opts.host ?? '127.0.0.1');
  new Logger('Bootstrap').log({ port: opts.port, url: `http://${opts.host ?? '127.0.0.1'}:${opts.port}` }, `${opts.name} listening`);
  return app;
}
