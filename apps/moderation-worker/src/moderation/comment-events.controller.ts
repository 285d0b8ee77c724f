import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EventTypes } from '@parley/contracts';
import { EventOf } from '@parley/messaging';
import { AuthorStatusService } from '../authors/author-status';
import { DecisionLogService } from '../decisions/decision-log.service';
import { CommentModerationService } from './comment-moderation.service';

/**
 * The worker's consumer group (shared by its replicas): submitted and edited comments are
 * decided, reports trigger a re-review, deletions erase the worker's copy of the text, and
 * sanctions update the author's status for the rules, an erased account's decisions are
 * pseudonymised and their texts erased.
 */
@Controller()
export class CommentEventsController {
  private readonly logger = new Logger(CommentEventsController.name);

  constructor(
    private readonly moderation: CommentModerationService,
    private readonly log: DecisionLogService,
    private readonly authors: AuthorStatusService,
  ) {}

  @EventPattern(EventTypes.CommentSubmitted)
  async onSubmitted(@Payload() e: EventOf<typeof EventTypes.CommentSubmitted>) {
    await this.moderation.moderate(e.id, e.data, e.traceparent);
  }

  @EventPattern(EventTypes.CommentEdited)
  async onEdited(@Payload() e: EventOf<typeof EventTypes.CommentEdited>) {
    await this.moderation.moderate(e.id, e.data, e.traceparent);
  }

  @EventPattern(EventTypes.CommentReported)
  async onReported(@Payload() e: EventOf<typeof EventTypes.CommentReported>) {
    await this.moderation.reReview(e.id, e.data, e.traceparent);
  }

  @EventPattern(EventTypes.CommentDeleted)
  async onDeleted(@Payload() e: EventOf<typeof EventTypes.CommentDeleted>) {
    const erased = await this.log.eraseBodies(e.data.commentId);
    this.logger.log({ commentId: e.data.commentId, erased }, 'deleted comment: text erased from the decision log');
  }

  @EventPattern(EventTypes.UserErased)
  async onUserErased(@Payload() e: EventOf<typeof EventTypes.UserErased>) {
    const erased = await this.log.eraseAuthor(e.data.userId, e.data.pseudonym);
    const status = await this.authors.forget(e.data.userId);
    this.logger.log({ erasureId: e.data.erasureId, ...erased, status }, 'erased account: decision log pseudonymised, texts erased');
  }

  @EventPattern(EventTypes.UserSanctioned)
  async onSanctioned(@Payload() e: EventOf<typeof EventTypes.UserSanctioned>) {
    await this.authors.apply(e.data);
  }
}
