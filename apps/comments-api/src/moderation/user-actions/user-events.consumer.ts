import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommentEditedV1, CommentSubmittedV1, ConsumerGroups, EventTypes, Topics, UserSanctionedV1 } from '@parley/contracts';
import { ConsumedEvent, EventConsumer, KAFKA, KafkaNames } from '@parley/messaging';
import { Kafka } from 'kafkajs';
import { UserActionsService } from './user-actions.service';

export const USER_EVENTS_GROUP = `${ConsumerGroups.CommentsApi}.moderation-users`;

/**
 * comments-api's reactions to user sanctions and to premoderated users' comments (own group):
 * a ban with `rejectComments` rejects the user's visible comments in batches; a new revision by
 * a premoderated user is held for review.
 */
@Injectable()
export class UserEventsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(UserEventsConsumer.name);
  private readonly consumer: EventConsumer;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    names: KafkaNames,
    private readonly users: UserActionsService,
  ) {
    this.consumer = new EventConsumer(kafka, {
      groupId: names.group(USER_EVENTS_GROUP),
      topics: [names.topic(Topics.Users), names.topic(Topics.CommentEvents)],
      handlers: {
        [EventTypes.UserSanctioned]: (e) => this.onSanction(e as ConsumedEvent<UserSanctionedV1>),
        [EventTypes.CommentSubmitted]: (e) => this.onRevision(e as ConsumedEvent<CommentSubmittedV1>),
        [EventTypes.CommentEdited]: (e) => this.onRevision(e as ConsumedEvent<CommentEditedV1>),
      },
    });
  }

  async onApplicationBootstrap() {
    await this.consumer.start();
  }

  async beforeApplicationShutdown() {
    await this.consumer.stop();
  }

  private async onSanction(e: ConsumedEvent<UserSanctionedV1>) {
    if (e.data.kind !== 'ban') return;
    const n = await this.users.sweepBan(e.data.sanctionId);
    this.logger.log({ sanctionId: e.data.sanctionId, userId: e.data.userId, rejected: n }, 'ban applied to comments');
  }

  private async onRevision(e: ConsumedEvent<CommentSubmittedV1 | CommentEditedV1>) {
    if (await this.users.holdIfPremoderated(e.data.commentId, e.data.revision, e.data.authorId)) {
      this.logger.log({ commentId: e.data.commentId, revision: e.data.revision }, 'premoderated author: comment held');
    }
  }
}
