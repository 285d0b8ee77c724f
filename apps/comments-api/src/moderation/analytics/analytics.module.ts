import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { Article, ArticleSchema } from '../../articles/schemas/article.schema';
import { Report, ReportSchema } from '../../reports/schemas/report.schema';
import { Appeal, AppealSchema } from '../appeals/appeal.schema';
import { Notice, NoticeSchema } from '../notices/notice.schema';
import { AnalyticsController } from './analytics.controller';
import { ModerationAnalyticsService } from './moderation-analytics.service';

/** Moderation analytics over the collections comments-api owns (read only). */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: Article.name, schema: ArticleSchema },
      { name: Report.name, schema: ReportSchema },
      { name: Notice.name, schema: NoticeSchema },
      { name: Appeal.name, schema: AppealSchema },
    ]),
  ],
  controllers: [AnalyticsController],
  providers: [ModerationAnalyticsService],
})
export class AnalyticsModule {}
