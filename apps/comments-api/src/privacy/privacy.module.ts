import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CommentsModule } from '../comments/comments.module';
import { Appeal, AppealSchema } from '../moderation/appeals/appeal.schema';
import { Notice, NoticeSchema } from '../moderation/notices/notice.schema';
import { outboxRelayProvider } from '../moderation/shared/outbox';
import { UserAction, UserActionSchema, UserNote, UserNoteSchema } from '../moderation/user-actions/user-action.schema';
import { MutedAuthor, MutedAuthorSchema } from '../muted-authors/schemas/muted-author.schema';
import { Reaction, ReactionSchema } from '../reactions/schemas/reaction.schema';
import { Report, ReportSchema } from '../reports/schemas/report.schema';
import { UserFlags, UserFlagsSchema } from '../restrictions/schemas/user-flags.schema';
import { UserRestriction, UserRestrictionSchema } from '../restrictions/schemas/user-restriction.schema';
import { StatementRecord, StatementRecordSchema } from '../transparency/statement-record.schema';
import { UserBadges, UserBadgesSchema } from '../curation/schemas/user-badges.schema';
import { AccountDataEraser } from './account-data-eraser';
import { AccountDataExport } from './account-data-export';
import { AccountErasureEventsController } from './account-erasure-events.controller';
import { AccountErasure, AccountErasureSchema } from './account-erasure.schema';
import { ACCOUNT_ERASURE_RELAY, AccountErasureService } from './account-erasure.service';
import { MyDataController, UserDataAdminController } from './privacy.controller';

/**
 * GDPR self-service (docs/privacy.md): data export, account erasure with a grace period, its
 * executor and comments-api's part of the erasure. It reads and writes the other features'
 * collections of this app (same database, same owner) through their schemas.
 */
@Module({
  imports: [
    CommentsModule,
    MongooseModule.forFeature([
      { name: AccountErasure.name, schema: AccountErasureSchema },
      { name: Reaction.name, schema: ReactionSchema },
      { name: Report.name, schema: ReportSchema },
      { name: MutedAuthor.name, schema: MutedAuthorSchema },
      { name: Appeal.name, schema: AppealSchema },
      { name: Notice.name, schema: NoticeSchema },
      { name: UserAction.name, schema: UserActionSchema },
      { name: UserNote.name, schema: UserNoteSchema },
      { name: UserRestriction.name, schema: UserRestrictionSchema },
      { name: UserFlags.name, schema: UserFlagsSchema },
      { name: StatementRecord.name, schema: StatementRecordSchema },
      { name: UserBadges.name, schema: UserBadgesSchema },
    ]),
  ],
  controllers: [MyDataController, UserDataAdminController, AccountErasureEventsController],
  providers: [...outboxRelayProvider(ACCOUNT_ERASURE_RELAY, AccountErasure.name), AccountErasureService, AccountDataExport, AccountDataEraser],
})
export class PrivacyModule {}
