import { DynamicModule, INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { CommonConfig } from '../config/common.config';
import { applyFixedHeaders, recordHeaders } from '../http/fixed-headers';
import { ipRateLimit } from '../http/ip-rate-limit';
import { metricsAccess } from '../metrics/metrics-access';
import { ConfigurationError } from '../config/load-config';
import { NoRouteHandler, ProblemDetailsFilter } from '../http/problem-details.filter';
import { strictValidationPipe } from '../http/validation.pipe';
import { jsonBodyMiddleware } from '../http/json-body.middleware';
import { ROOT_LOGGER } from '../logging/logger.module';
import { redactText } from '../logging/redaction';
import { requestContextMiddleware } from '../logging/request-context';

/** Health checks and metrics are not logged per request. */
const QUIET_URLS = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

/** HTTP hardening every app gets alike (see httpSecurity). */
export interface HttpSecurityOptions {
  /** Per-address requests per minute, answered here (429 problem+json); omit when the app throttles itself. */
  rateLimitPerMinute?: number;
  /** Bearer credential for /metrics; without it /metrics answers loopback connections only. */
  metricsToken?: string;
  /** The app sets its own (per-path) security headers in `configure`; otherwise the API set is applied. */
  ownHeaders?: boolean;
  /** Express `trust proxy` (default `loopback`): whose X-Forwarded-For gives the client address. */
  trustedProxies?: string[];
}

/** The hardening an app's configuration asks for: throttling and the metrics credential. */
export function httpSecurity(config: CommonConfig): HttpSecurityOptions {
  return {
    rateLimitPerMinute: config.RATE_LIMIT_ENABLED ? config.RATE_LIMIT_IP_PER_MINUTE : undefined,
    metricsToken: config.METRICS_TOKEN,
    trustedProxies: config.HTTP_TRUSTED_PROXIES,
  };
}

/** Security headers of a JSON API (helmet): nothing may be loaded or framed from a response. */
/** The same without a content security policy for the API documentation page (Swagger UI runs inline scripts). */
const DOCS_HEADERS = recordHeaders(helmet({ contentSecurityPolicy: false }) as never);
const API_HEADERS = recordHeaders(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }, crossOriginResourcePolicy: { policy: 'cross-origin' } }) as never);

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
  /** Throttling and the metrics credential (helmet headers are always set). */
  security?: HttpSecurityOptions;
}

/** Prints a configuration error as one JSON log line and stops the process. */
export function exitOnConfigurationError(name: string, err: unknown): never {
  const message = err instanceof ConfigurationError ? err.message : `failed to start: ${(err as Error)?.stack ?? String(err)}`;
  process.stderr.write(JSON.stringify({ level: 'fatal', time: new Date().toISOString(), app: name, msg: redactText(message) }) + '\n');
  process.exit(1);
}

/**
 * An error nothing caught (a rejected promise no one awaited, an exception in a timer) ends the
 * process as Node would, but first writes it as one JSON log line with its stack, so the crash is
 * in the structured log beside everything else and a supervisor restarts the app.
 */
export function exitOnUnhandledError(name: string): void {
  const die = (kind: string) => (err: unknown) => {
    process.stderr.write(JSON.stringify({ level: 'fatal', time: new Date().toISOString(), app: name, msg: redactText(`${kind}: ${(err as Error)?.stack ?? String(err)}`) }) + '\n');
    process.exit(1);
  };
  process.on('unhandledRejection', die('unhandled rejection'));
  process.on('uncaughtException', die('uncaught exception'));
}

/**
 * Creates and starts an app the same way for every service: JSON logs, problem+json errors,
 * strict validation, a request size limit, and graceful shutdown on SIGTERM/SIGINT.
 */
export async function bootstrapApp(module: DynamicModule, opts: BootstrapOptions): Promise<INestApplication> {
  exitOnUnhandledError(opts.name);
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true, bodyParser: false });
  app.use(requestContextMiddleware(app.get(ROOT_LOGGER), { quiet: (url) => QUIET_URLS.has(url) }));
  app.useLogger(app.get(PinoLogger));
  // Every app alike: security headers (an app may set its own per path in `configure`), the
  // metrics credential, and throttling unless the app has its own.
  if (!opts.security?.ownHeaders) {
    app.use((req: { url?: string }, res: never, next: () => void) => {
      applyFixedHeaders(res, req.url?.startsWith('/docs') ? DOCS_HEADERS : API_HEADERS);
      next();
    });
  }
  app.use(metricsAccess(opts.security?.metricsToken));
  if (opts.security?.rateLimitPerMinute) app.use(ipRateLimit(opts.security.rateLimitPerMinute));
  opts.beforeBodyParsing?.(app);
  app.use(jsonBodyMiddleware(opts.bodyLimit ?? '64kb'));
  app.disable('x-powered-by');
  app.set('trust proxy', opts.security?.trustedProxies?.length ? opts.security.trustedProxies : 'loopback');
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
  // A parent that started this process with an IPC channel (a process manager such as PM2's
  // `wait_ready`, or the test harness) learns that this very process is serving.
  process.send?.('ready');
  return app;
}
