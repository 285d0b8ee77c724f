export * from './kafka-client';
export * from './topic-provisioner';
export * from './event-publisher';
export * from './event-consumer';
export * from './outbox-relay';
export * from './infrastructure-error';
export * from './kafka.module';
export * from './kafka-names';
