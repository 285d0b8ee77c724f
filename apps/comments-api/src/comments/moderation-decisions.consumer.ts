import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommentModeratedV1, ConsumerGroups, EventTypes, Topics } from '@parley/contracts';
import { ConsumedEvent, EventConsumer, KAFKA, KafkaNames } from '@parley/messaging';
import { Kafka } from 'kafkajs';
import { CommentsService } from './comments.service';

/** Applies moderation decisions (automated and human) to comment statuses. */
@Injectable()
export class ModerationDecisionsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ModerationDecisionsConsumer.name);
  private readonly consumer: EventConsumer;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    names: KafkaNames,
    private readonly comments: CommentsService,
  ) {
    this.consumer = new EventConsumer(kafka, {
      groupId: names.group(ConsumerGroups.CommentsApi),
      topics: [names.topic(Topics.ModerationDecisions)],
      handlers: { [EventTypes.CommentModerated]: (e) => this.onDecision(e as ConsumedEvent<CommentModeratedV1>) },
    });
  }

  async onApplicationBootstrap() {
    await this.consumer.start();
  }

  async beforeApplicationShutdown() {
    await this.consumer.stop();
  }

  private async onDecision(e: ConsumedEvent<CommentModeratedV1>) {
    const applied = await this.comments.applyDecision(e.id, e.data, e.traceparent);
    this.logger.log({ eventId: e.id, commentId: e.data.commentId, revision: e.data.revision, decision: e.data.decision, applied, traceparent: e.traceparent }, 'decision consumed');
  }
}
