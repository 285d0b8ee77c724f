import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { Comment, CommentSchema } from '../comments/schemas/comment.schema';
import { Appeal, AppealSchema } from '../moderation/appeals/appeal.schema';
import { Notice, NoticeSchema } from '../moderation/notices/notice.schema';
import { UserAction, UserActionSchema } from '../moderation/user-actions/user-action.schema';
import { Reaction, ReactionSchema } from '../reactions/schemas/reaction.schema';
import { Report, ReportSchema } from '../reports/schemas/report.schema';
import { StatementEventsController } from './statement-events.controller';
import { StatementRecord, StatementRecordSchema, SubmitterLease, SubmitterLeaseSchema } from './statement-record.schema';
import { StatementsRepository } from './statements.repository';
import { TransparencyController } from './transparency.controller';
import { TransparencyReportService } from './transparency-report.service';
import { TransparencySubmitter } from './transparency-submitter.service';

/**
 * DSA transparency: the append-only statements of reasons (fed by parley.statement.issued.v1),
 * their submission to the DSA Transparency Database, the moderators' export and the
 * transparency report.
 */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: StatementRecord.name, schema: StatementRecordSchema },
      { name: SubmitterLease.name, schema: SubmitterLeaseSchema },
      { name: Notice.name, schema: NoticeSchema },
      { name: Appeal.name, schema: AppealSchema },
      { name: UserAction.name, schema: UserActionSchema },
      { name: Comment.name, schema: CommentSchema },
      { name: Reaction.name, schema: ReactionSchema },
      { name: Report.name, schema: ReportSchema },
    ]),
  ],
  controllers: [TransparencyController, StatementEventsController],
  providers: [StatementsRepository, TransparencySubmitter, TransparencyReportService],
})
export class TransparencyModule {}
