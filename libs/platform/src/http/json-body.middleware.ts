import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { json } from 'express';
import { ProblemException } from './problem';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  expose?: boolean;
}

/** Maps body-parser failures to problems with stable types (Nest would flatten them to a bare 400). */
export function bodyParserProblem(err: BodyParserError, limit: string): Error {
  switch (err.type) {
    case 'entity.parse.failed':
      return new ProblemException(400, 'malformed-json', 'Malformed JSON', `The request body is not valid JSON: ${err.message}`);
    case 'entity.too.large':
      return new ProblemException(413, 'payload-too-large', 'Payload Too Large', `The request body is larger than the limit of ${limit}`);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new ProblemException(415, 'unsupported-media-type', 'Unsupported Media Type', err.message);
    default:
      return err.status && err.status < 500 && err.expose !== false ? new ProblemException(err.status, 'bad-request', 'Bad Request', err.message) : err;
  }
}

/** JSON body parsing with a size limit whose errors become problem+json. */
export function jsonBodyMiddleware(limit: string): RequestHandler {
  const parse = json({ limit, type: ['application/json', 'application/*+json'] });
  return (req: Request, res: Response, next: NextFunction) => parse(req, res, (err?: unknown) => next(err ? bodyParserProblem(err as BodyParserError, limit) : undefined));
}
