import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown, Provider } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { EventSources } from '@parley/contracts';
import { EventPublisher, OutboxCarrier, OutboxEntry, OutboxRelay } from '@parley/messaging';

/** An outbox entry for any topic (already prefixed) and key. */
export function outboxEntry(topic: string, key: string, type: string, data: object, time = new Date(), eventId: string = randomUUID()): OutboxEntry {
  return { eventId, topic, key, type, source: EventSources.CommentsApi, subject: key, time, data: { ...data } };
}

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
