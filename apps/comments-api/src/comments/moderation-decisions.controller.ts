import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventTypes } from '@parley/contracts';
import { EventOf, KafkaEventContext } from '@parley/messaging';
import { CommentsService } from './comments.service';

/** Applies moderation decisions (automated and human) to comment statuses (the app's own consumer group). */
@Controller()
export class ModerationDecisionsController {
  private readonly logger = new Logger(ModerationDecisionsController.name);

  constructor(private readonly comments: CommentsService) {}

  @EventPattern(EventTypes.CommentModerated)
  async onDecision(@Payload() e: EventOf<typeof EventTypes.CommentModerated>, @Ctx() ctx: KafkaEventContext) {
    const applied = await this.comments.applyDecision(e.id, e.data, e.traceparent);
    this.logger.log({ eventId: e.id, commentId: e.data.commentId, revision: e.data.revision, decision: e.data.decision, applied, partition: ctx.getPartition(), offset: ctx.getOffset(), traceparent: e.traceparent }, 'decision consumed');
  }
}
