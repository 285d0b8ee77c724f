export * from './kafka-event.context';
export * from './kafka-event.server';
export * from './kafka-event.client';
export * from './rethrow-event-errors.filter';
export * from './connect-event-transport';
