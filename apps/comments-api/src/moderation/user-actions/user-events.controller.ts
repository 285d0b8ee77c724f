import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ConsumerGroups, EventTypes } from '@parley/contracts';
import { EventOf } from '@parley/messaging';
import { UserActionsService } from './user-actions.service';

export const USER_EVENTS_GROUP = `${ConsumerGroups.CommentsApi}.moderation-users`;
const users = { group: USER_EVENTS_GROUP };

/**
 * comments-api's reactions to user sanctions and to premoderated users' comments (own group):
 * a ban with `rejectComments` rejects the user's visible comments in batches; a new revision by
 * a premoderated user is held for review.
 */
@Controller()
export class UserEventsController {
  private readonly logger = new Logger(UserEventsController.name);

  constructor(private readonly users: UserActionsService) {}

  @EventPattern(EventTypes.UserSanctioned, users)
  async onSanction(@Payload() e: EventOf<typeof EventTypes.UserSanctioned>) {
    if (e.data.kind !== 'ban') return;
    const n = await this.users.sweepBan(e.data.sanctionId);
    this.logger.log({ sanctionId: e.data.sanctionId, userId: e.data.userId, rejected: n }, 'ban applied to comments');
  }

  @EventPattern(EventTypes.CommentSubmitted, users)
  async onSubmitted(@Payload() e: EventOf<typeof EventTypes.CommentSubmitted>) {
    await this.onRevision(e);
  }

  @EventPattern(EventTypes.CommentEdited, users)
  async onEdited(@Payload() e: EventOf<typeof EventTypes.CommentEdited>) {
    await this.onRevision(e);
  }

  private async onRevision(e: EventOf<typeof EventTypes.CommentSubmitted> | EventOf<typeof EventTypes.CommentEdited>) {
    if (await this.users.holdIfPremoderated(e.data.commentId, e.data.revision, e.data.authorId)) {
      this.logger.log({ commentId: e.data.commentId, revision: e.data.revision }, 'premoderated author: comment held');
    }
  }
}
