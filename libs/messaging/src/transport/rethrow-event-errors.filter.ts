import { ArgumentsHost, Catch, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';

/**
 * The event transport's exception filter: hands a handler's error back to the consumer engine
 * unchanged, so what it means survives Nest's exception layer: a poison message (malformed, or
 * refused by Kafka for good) is dead-lettered, an outage (database or broker unreachable) is
 * retried in place, other failures go through the retry topic. Nest's default RPC filter would
 * turn every error into a generic "Internal server error" object.
 */
@Catch()
export class RethrowEventErrorsFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}
