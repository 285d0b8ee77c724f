import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, NotFoundException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { FieldError, PROBLEM_BASE, PROBLEM_CONTENT_TYPE, ProblemDetails, ProblemException } from './problem';

const slugByStatus: Record<number, [string, string]> = {
  400: ['bad-request', 'Bad Request'],
  401: ['unauthorized', 'Authentication required'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not Found'],
  405: ['method-not-allowed', 'Method Not Allowed'],
  409: ['conflict', 'Conflict'],
  413: ['payload-too-large', 'Payload Too Large'],
  415: ['unsupported-media-type', 'Unsupported Media Type'],
  422: ['unprocessable', 'Unprocessable Content'],
  429: ['rate-limited', 'Too Many Requests'],
  503: ['unavailable', 'Service Unavailable'],
};

/** Errors thrown by body-parser carry a status and a type. */
interface BodyParserError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  message: string;
}

/**
 * Called when no route matched the request (before the 404 is sent): may answer with another
 * problem, e.g. 405 when the path exists for other methods.
 */
export type NoRouteHandler = (method: string, path: string) => ProblemException | undefined;

/** Turns every error into an RFC 9457 problem+json response. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  constructor(private readonly noRoute?: NoRouteHandler) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    // Nest's router answers an unmatched request with exactly this NotFoundException.
    if (this.noRoute && exception instanceof NotFoundException && exception.message === `Cannot ${req.method} ${req.originalUrl}`) {
      exception = this.noRoute(req.method, req.path) ?? exception;
    }
    const problem = this.toProblem(exception);
    problem.instance = req.originalUrl?.split('?')[0];
    if (problem.status >= 500) this.logger.error({ err: exception, path: req.originalUrl }, 'unhandled error');
    if (exception instanceof ProblemException) for (const [k, v] of Object.entries(exception.headers)) res.setHeader(k, v);
    if (problem.status === 503) res.setHeader('Retry-After', '2');
    if (res.headersSent) return;
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ProblemException) {
      return {
        type: PROBLEM_BASE + exception.slug,
        title: exception.title,
        status: exception.status,
        detail: exception.detail,
        ...exception.extensions,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const [slug, title] = slugByStatus[status] ?? ['http-error', HttpStatus[status] ?? 'Error'];
      const body = exception.getResponse();
      const problem: ProblemDetails = { type: PROBLEM_BASE + slug, title, status };
      if (typeof body === 'object' && body !== null) {
        const b = body as { message?: unknown; errors?: FieldError[] };
        if (Array.isArray(b.errors)) problem.errors = b.errors;
        if (typeof b.message === 'string') problem.detail = b.message;
        else if (Array.isArray(b.message)) problem.detail = b.message.join('; ');
      } else if (typeof body === 'string') problem.detail = body;
      if (problem.errors?.length && !problem.detail) problem.detail = problem.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      return problem;
    }
    if (isDatabaseUnreachable(exception)) {
      return { type: PROBLEM_BASE + 'unavailable', title: 'Service Unavailable', status: 503, detail: 'The database is unreachable; try again shortly' };
    }
    const bp = exception as BodyParserError;
    const bpStatus = bp?.status ?? bp?.statusCode;
    if (bpStatus && bpStatus >= 400 && bpStatus < 500 && bp.expose !== false) {
      const [slug, title] = slugByStatus[bpStatus] ?? ['bad-request', 'Bad Request'];
      const detail = bp.type === 'entity.parse.failed' ? 'The request body is not valid JSON' : bp.message;
      return { type: PROBLEM_BASE + (bp.type === 'entity.parse.failed' ? 'malformed-json' : slug), title, status: bpStatus, detail };
    }
    return { type: PROBLEM_BASE + 'internal', title: 'Internal Server Error', status: 500, detail: 'An unexpected error occurred' };
  }
}

const UNREACHABLE = /^Mongo(Network|ServerSelection|NotConnected|PoolCleared|NetworkTimeout|TopologyClosed|ServerClosed)/;
const SOCKET_LOST = new Set(['EPIPE', 'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT']);

/**
 * The driver's errors for a database it cannot reach, also when another error carries one (a
 * bulk write's `errorResponse`, an error's `cause`): the client should come back, not report a bug.
 *
 * Also a bare socket error raised inside the driver's connection: the mongodb driver (6.x) lets a
 * write to a socket the server has just closed fail with Node's own `EPIPE` error ("This socket
 * has been ended by the other party"), not wrapped in a MongoNetworkError.
 */
export function isDatabaseUnreachable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 3) return false;
  const e = err as { name?: string; cause?: unknown; errorResponse?: unknown; code?: unknown; stack?: string };
  if (UNREACHABLE.test(e.name ?? '')) return true;
  if (typeof e.code === 'string' && SOCKET_LOST.has(e.code) && /[\\/]mongodb[\\/]/.test(e.stack ?? '')) return true;
  return isDatabaseUnreachable(e.cause, depth + 1) || isDatabaseUnreachable(e.errorResponse, depth + 1);
}
