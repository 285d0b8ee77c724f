import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommentDeletedV1, CommentEditedV1, CommentReportedV1, CommentSubmittedV1, ConsumerGroups, EventTypes, Topics, UserSanctionedV1 } from '@parley/contracts';
import { ConsumedEvent, EventConsumer, KAFKA, KafkaNames } from '@parley/messaging';
import { Kafka } from 'kafkajs';
import { AuthorStatusService } from '../authors/author-status';
import { ModerationWorkerConfig } from '../config/moderation-worker.config';
import { DecisionLogService } from '../decisions/decision-log.service';
import { CommentModerationService } from './comment-moderation.service';

/**
 * The worker's consumer group (shared by its replicas): submitted and edited comments are
 * decided, reports trigger a re-review, deletions erase the worker's copy of the text, and
 * sanctions update the author's status for the rules.
 */
@Injectable()
export class CommentEventsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(CommentEventsConsumer.name);
  private readonly consumer: EventConsumer;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    names: KafkaNames,
    config: ModerationWorkerConfig,
    moderation: CommentModerationService,
    log: DecisionLogService,
    authors: AuthorStatusService,
  ) {
    this.consumer = new EventConsumer(kafka, {
      groupId: names.group(ConsumerGroups.ModerationWorker),
      topics: [names.topic(Topics.CommentEvents), names.topic(Topics.Users)],
      partitionsConsumedConcurrently: config.MODERATION_CONCURRENCY,
      handlers: {
        [EventTypes.CommentSubmitted]: async (e) => {
          const event = e as ConsumedEvent<CommentSubmittedV1>;
          await moderation.moderate(event.id, event.data, event.traceparent);
        },
        [EventTypes.CommentEdited]: async (e) => {
          const event = e as ConsumedEvent<CommentEditedV1>;
          await moderation.moderate(event.id, event.data, event.traceparent);
        },
        [EventTypes.CommentReported]: async (e) => {
          const event = e as ConsumedEvent<CommentReportedV1>;
          await moderation.reReview(event.id, event.data, event.traceparent);
        },
        [EventTypes.CommentDeleted]: async (e) => {
          const event = e as ConsumedEvent<CommentDeletedV1>;
          const erased = await log.eraseBodies(event.data.commentId);
          this.logger.log({ commentId: event.data.commentId, erased }, 'deleted comment: text erased from the decision log');
        },
        [EventTypes.UserSanctioned]: async (e) => {
          await authors.apply((e as ConsumedEvent<UserSanctionedV1>).data);
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
