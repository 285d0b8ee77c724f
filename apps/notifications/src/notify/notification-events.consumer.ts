import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ConsumerGroups, EventTypes, Topics } from '@parley/contracts';
import { EventConsumer, KAFKA, KafkaNames } from '@parley/messaging';
import { Kafka } from 'kafkajs';
import { NotificationsConfig } from '../config/notifications.config';
import { EventNotifier } from './event-notifier.service';

/** The topics notifications reads, and the event types it acts on. */
export const NOTIFICATION_TOPICS = [Topics.ModerationDecisions, Topics.CommentEvents, Topics.Users, Topics.ModerationCases];
export const NOTIFIED_TYPES = [
  EventTypes.CommentSubmitted,
  EventTypes.CommentModerated,
  EventTypes.CommentPublished,
  EventTypes.CommentFeatured,
  EventTypes.CommentRemoved,
  EventTypes.AppealDecided,
  EventTypes.NoticeDecided,
  EventTypes.UserSanctioned,
  EventTypes.QueueItemAdded,
];

/**
 * One consumer group over every topic notifications needs. Malformed events go to
 * `parley.dlq.notifications` (EventConsumer), so they never block a partition.
 */
@Injectable()
export class NotificationEventsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly consumer: EventConsumer;

  constructor(@Inject(KAFKA) kafka: Kafka, names: KafkaNames, notifier: EventNotifier, config: NotificationsConfig) {
    this.consumer = new EventConsumer(kafka, {
      groupId: names.group(ConsumerGroups.Notifications),
      topics: NOTIFICATION_TOPICS.map((t) => names.topic(t)),
      partitionsConsumedConcurrently: config.NOTIFY_CONSUMER_CONCURRENCY,
      handlers: Object.fromEntries(NOTIFIED_TYPES.map((t) => [t, (e) => notifier.handle(e)])),
    });
  }

  async onApplicationBootstrap() {
    await this.consumer.start();
  }

  async beforeApplicationShutdown() {
    await this.consumer.stop();
  }
}
