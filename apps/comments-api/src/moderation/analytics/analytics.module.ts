import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { Article, ArticleSchema } from '../../articles/schemas/article.schema';
import { Report, ReportSchema } from '../../reports/schemas/report.schema';
import { Appeal, AppealSchema } from '../appeals/appeal.schema';
import { Notice, NoticeSchema } from '../notices/notice.schema';
import { AnalyticsController } from './analytics.controller';
import { BacklogSnapshot, BacklogSnapshotSchema } from './backlog-snapshot.schema';
import { BacklogSnapshotsService } from './backlog-snapshots.service';
import { ModerationAnalyticsService } from './moderation-analytics.service';

/** Moderation analytics over the collections comments-api owns (read only), and the queue backlog's snapshots it records. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: Article.name, schema: ArticleSchema },
      { name: Report.name, schema: ReportSchema },
      { name: Notice.name, schema: NoticeSchema },
      { name: Appeal.name, schema: AppealSchema },
      { name: BacklogSnapshot.name, schema: BacklogSnapshotSchema },
    ]),
  ],
  controllers: [AnalyticsController],
  providers: [ModerationAnalyticsService, BacklogSnapshotsService],
})
export class AnalyticsModule {}
