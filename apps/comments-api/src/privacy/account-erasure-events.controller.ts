import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ConsumerGroups, EventTypes } from '@parley/contracts';
import { EventOf } from '@parley/messaging';
import { AuditService } from '../moderation/audit/audit.service';
import { AccountDataEraser } from './account-data-eraser';
import { AccountErasureService } from './account-erasure.service';

export const ACCOUNT_ERASURE_GROUP = `${ConsumerGroups.CommentsApi}.account-erasure`;

/**
 * comments-api's part of an account erasure, in its own consumer group (a long erasure holds up
 * no other event): erases and pseudonymises the user's data (idempotent), then records the fact.
 */
@Controller()
export class AccountErasureEventsController {
  private readonly logger = new Logger(AccountErasureEventsController.name);

  constructor(
    private readonly eraser: AccountDataEraser,
    private readonly erasures: AccountErasureService,
    private readonly audit: AuditService,
  ) {}

  @EventPattern(EventTypes.UserErased, { group: ACCOUNT_ERASURE_GROUP })
  async onErased(@Payload() e: EventOf<typeof EventTypes.UserErased>) {
    const summary = await this.eraser.erase(e.data);
    // The fact, under the pseudonym; the entry's id is the event's, so a redelivery keeps one.
    await this.audit.record({ id: e.id, actor: 'system', automated: true, action: 'account.erased', userId: e.data.pseudonym, after: { requestedBy: e.data.requestedBy, ...summary } });
    await this.erasures.markErased(e.data.userId, e.data.erasureId, summary);
    this.logger.log({ erasureId: e.data.erasureId }, 'account erasure done in comments-api');
  }
}
