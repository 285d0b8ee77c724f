import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown, Provider } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { EventPublisher, OutboxCarrier, OutboxRelay } from '@parley/messaging';

/** A relay for one of moderation's own collections, started and stopped with the app. */
export function outboxRelayProvider(token: string, modelName: string): Provider[] {
  @Injectable()
  class Lifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
    constructor(@Inject(token) private readonly relay: OutboxRelay) {}
    onApplicationBootstrap() {
      this.relay.start();
    }
    async onApplicationShutdown() {
      await this.relay.stop();
    }
  }
  Object.defineProperty(Lifecycle, 'name', { value: `${modelName}OutboxLifecycle` });
  return [
    {
      provide: token,
      inject: [getModelToken(modelName), EventPublisher],
      useFactory: (model: Model<OutboxCarrier>, publisher: EventPublisher) => new OutboxRelay(model, publisher),
    },
    Lifecycle,
  ];
}
