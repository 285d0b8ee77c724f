import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CommentSubmittedV1, ConsumerGroups, EventTypes, Topics } from '@parley/contracts';
import { ConsumedEvent, EventConsumer, KAFKA, KafkaNames } from '@parley/messaging';
import { Kafka } from 'kafkajs';
import { ModerationWorkerConfig } from '../config/moderation-worker.config';
import { CommentModerationService } from './comment-moderation.service';

/** Consumes comment events and moderates each submitted revision. */
@Injectable()
export class CommentEventsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly consumer: EventConsumer;

  constructor(@Inject(KAFKA) kafka: Kafka, names: KafkaNames, config: ModerationWorkerConfig, moderation: CommentModerationService) {
    this.consumer = new EventConsumer(kafka, {
      groupId: names.group(ConsumerGroups.ModerationWorker),
      topics: [names.topic(Topics.CommentEvents)],
      partitionsConsumedConcurrently: config.MODERATION_CONCURRENCY,
      handlers: {
        [EventTypes.CommentSubmitted]: async (e) => {
          const event = e as ConsumedEvent<CommentSubmittedV1>;
          await moderation.moderate(event.id, event.data, event.traceparent);
        },
      },
    });
  }

  async onApplicationBootstrap() {
    await this.consumer.start();
  }

  async beforeApplicationShutdown() {
    await this.consumer.stop();
  }
}
