import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EventTypes } from '@parley/contracts';
import { EventOf } from '@parley/messaging';
import { EventNotifier } from './event-notifier.service';

/** The event types notifications acts on. */
export const NOTIFIED_TYPES = [
  EventTypes.CommentSubmitted,
  EventTypes.CommentModerated,
  EventTypes.CommentPublished,
  EventTypes.CommentFeatured,
  EventTypes.CommentPinned,
  EventTypes.UserBadgesChanged,
  EventTypes.CommentRemoved,
  EventTypes.AppealDecided,
  EventTypes.AppealDecidedV2,
  EventTypes.NoticeDecided,
  EventTypes.NoticeReceived,
  EventTypes.UserSanctioned,
  EventTypes.QueueItemAdded,
] as const;

/**
 * One consumer group (the app's own) over every event notifications needs; the transport
 * subscribes to their topics. Malformed events go to `parley.dlq.notifications`, so they never
 * block a partition.
 */
@Controller()
export class NotificationEventsController {
  constructor(private readonly notifier: EventNotifier) {}

  @EventPattern([...NOTIFIED_TYPES])
  async onEvent(@Payload() e: EventOf<(typeof NOTIFIED_TYPES)[number]>) {
    await this.notifier.handle(e);
  }
}
