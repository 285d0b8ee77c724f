import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ProblemException } from './problem';
import { ProblemDetailsFilter } from './problem-details.filter';
import { bodyParserProblem } from './json-body.middleware';

describe('ProblemDetailsFilter', () => {
  const filter = new ProblemDetailsFilter();

  it('keeps field errors of validation failures', () => {
    const p = filter.toProblem(new BadRequestException({ message: 'Invalid request', errors: [{ field: 'body', message: 'must be a string' }] }));
    expect(p).toMatchObject({ status: 400, title: 'Bad Request', detail: 'Invalid request', errors: [{ field: 'body', message: 'must be a string' }] });
  });

  it('maps Nest HTTP errors and ProblemExceptions to stable types', () => {
    expect(filter.toProblem(new NotFoundException())).toMatchObject({ status: 404, type: 'https://parley.dev/problems/not-found' });
    expect(filter.toProblem(new ProblemException(403, 'article-closed', 'Closed', 'no more comments', { closedAt: 'x' }))).toEqual({
      type: 'https://parley.dev/problems/article-closed',
      title: 'Closed',
      status: 403,
      detail: 'no more comments',
      closedAt: 'x',
    });
  });

  it('turns body-parser errors into 4xx and hides unexpected errors behind a 500', () => {
    expect(filter.toProblem(Object.assign(new Error('x'), { status: 400, type: 'entity.parse.failed' }))).toMatchObject({ status: 400, type: 'https://parley.dev/problems/malformed-json' });
    expect(filter.toProblem(Object.assign(new Error('too big'), { status: 413, type: 'entity.too.large' }))).toMatchObject({ status: 413, title: 'Payload Too Large' });
    expect(filter.toProblem(new Error('secret internals'))).toEqual({ type: 'https://parley.dev/problems/internal', title: 'Internal Server Error', status: 500, detail: 'An unexpected error occurred' });
  });

  it('gives body-parser failures stable problem types', () => {
    const malformed = bodyParserProblem(Object.assign(new SyntaxError('Unexpected end of JSON input'), { type: 'entity.parse.failed', status: 400 }), '64kb');
    expect(filter.toProblem(malformed)).toMatchObject({ status: 400, type: 'https://parley.dev/problems/malformed-json', detail: 'The request body is not valid JSON: Unexpected end of JSON input' });
    const large = bodyParserProblem(Object.assign(new Error('too large'), { type: 'entity.too.large', status: 413 }), '64kb');
    expect(filter.toProblem(large)).toMatchObject({ status: 413, type: 'https://parley.dev/problems/payload-too-large' });
  });

  it('answers 503 while the database is unreachable', () => {
    const err = Object.assign(new Error('connection 5 to 127.0.0.1:27017 closed'), { name: 'MongoNetworkError' });
    expect(filter.toProblem(err)).toMatchObject({ status: 503, type: 'https://parley.dev/problems/unavailable' });
  });

  it("answers 503 for the driver's bare EPIPE when it writes to a connection the database closed, and 500 for the same error elsewhere", () => {
    const driverFrames = 'Error: This socket has been ended by the other party\n    at Socket.writeAfterFIN [as write] (node:net:566:14)\n    at Connection.writeCommand (/app/node_modules/mongodb/src/cmap/connection.ts:718:21)';
    const epipe = Object.assign(new Error('This socket has been ended by the other party'), { code: 'EPIPE', stack: driverFrames });
    expect(filter.toProblem(epipe)).toMatchObject({ status: 503, type: 'https://parley.dev/problems/unavailable' });
    const elsewhere = Object.assign(new Error('This socket has been ended by the other party'), { code: 'EPIPE', stack: 'Error: x\n    at Socket.writeAfterFIN [as write] (node:net:566:14)\n    at Mailer.send (/app/dist/notifications/main.js:1:1)' });
    expect(filter.toProblem(elsewhere)).toMatchObject({ status: 500 });
  });

  it('answers 503 for a bulk write that failed because the connection pool was cleared (the outage inside the write error)', () => {
    const pool = Object.assign(new Error('Connection pool for 127.0.0.1:27017 was cleared'), { name: 'MongoPoolClearedError' });
    const bulk = Object.assign(new Error(pool.message), { name: 'MongoBulkWriteError', errorResponse: pool, writeErrors: [] });
    expect(filter.toProblem(bulk)).toMatchObject({ status: 503, type: 'https://parley.dev/problems/unavailable' });
    const duplicate = Object.assign(new Error('E11000'), { name: 'MongoBulkWriteError', errorResponse: { name: 'MongoServerError', code: 11000 } });
    expect(filter.toProblem(duplicate)).toMatchObject({ status: 500 });
  });
});
