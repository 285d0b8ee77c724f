import { Module } from '@nestjs/common';
import { AnalyticsModule } from './analytics/analytics.module';
import { AppealsModule } from './appeals/appeals.module';
import { AuditModule } from './audit/audit.module';
import { ClaimsModule } from './claims/claims.module';
import { DecisionsModule } from './decisions/decisions.module';
import { QueuesModule } from './queues/queues.module';
import { ModerationSharedModule } from './shared/moderation-shared.module';
import { StreamModule } from './stream/stream.module';
import { TrustedFlaggersModule } from './trusted-flaggers/trusted-flaggers.module';
import { UserActionsModule } from './user-actions/user-actions.module';

/** The moderator workflow (issue #5): queues, claims, decisions, user actions, notices, appeals, audit, live stream. */
@Module({
  imports: [ModerationSharedModule, AuditModule, ClaimsModule, DecisionsModule, QueuesModule, UserActionsModule, AppealsModule, StreamModule, TrustedFlaggersModule, AnalyticsModule],
})
export class ModerationModule {}
