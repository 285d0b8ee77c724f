import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommentModeratedV1, ConsumerGroups, EventTypes, Topics } from '@parley/contracts';
import { ConsumedEvent, EventConsumer, KAFKA, KafkaNames } from '@parley/messaging';
import { Kafka } from 'kafkajs';
import { InAppFeedService } from './in-app/in-app-feed.service';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';

const TITLES: Record<CommentModeratedV1['decision'], string> = {
  approved: 'Your comment is published',
  flagged: 'Your comment is waiting for a moderator',
  rejected: 'Your comment was not published',
};

/** Turns moderation decisions into an in-app item for the author and webhook deliveries. */
@Injectable()
export class DecisionNotificationsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DecisionNotificationsConsumer.name);
  private readonly consumer: EventConsumer;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    names: KafkaNames,
    private readonly feed: InAppFeedService,
    private readonly webhooks: WebhookDispatcher,
  ) {
    this.consumer = new EventConsumer(kafka, {
      groupId: names.group(ConsumerGroups.Notifications),
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
    const d = e.data;
    const reasons = d.reasons.map((r) => r.message);
    const added = await this.feed.add({
      _id: `${e.id}:author`,
      userId: d.authorId,
      kind: `comment.${d.decision}`,
      title: TITLES[d.decision],
      body: reasons.length ? reasons.join(' ') : TITLES[d.decision],
      data: { commentId: d.commentId, articleId: d.articleId, revision: d.revision, decision: d.decision, reasons: d.reasons },
      eventId: e.id,
      createdAt: new Date(d.decidedAt),
    });
    const webhooks = await this.webhooks.enqueue(e.id, e.type, d, e.time);
    this.logger.log({ eventId: e.id, commentId: d.commentId, decision: d.decision, inApp: added, webhooks, traceparent: e.traceparent }, 'decision notified');
  }
}
