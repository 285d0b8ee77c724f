import { INestApplication } from '@nestjs/common';
import { NestMicroservice } from '@nestjs/microservices';
import { KafkaEventServer } from './kafka-event.server';
import { RethrowEventErrorsFilter } from './rethrow-event-errors.filter';

/**
 * Connects the app's Kafka event transport (KafkaModule's KafkaEventServer) as a Nest
 * microservice; `app.startAllMicroservices()` then starts its consumers. It does not inherit the
 * HTTP app's global filters, pipes or guards (problem+json means nothing to a Kafka message);
 * its one global filter hands errors back to the consumer engine unchanged.
 */
export function connectEventTransport(app: INestApplication): KafkaEventServer {
  const strategy = app.get(KafkaEventServer);
  // Deferred, so the filter is in place before the handlers are registered (Nest binds a
  // handler's filters when it registers it); then registered as connectMicroservice would.
  const microservice = app.connectMicroservice({ strategy }, { inheritAppConfig: false, deferInitialization: true }) as NestMicroservice;
  microservice.useGlobalFilters(new RethrowEventErrorsFilter());
  microservice.registerListeners();
  microservice.setIsInitialized(true);
  microservice.setIsInitHookCalled(true);
  return strategy;
}
