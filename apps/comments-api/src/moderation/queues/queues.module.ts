import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { Article, ArticleSchema } from '../../articles/schemas/article.schema';
import { Appeal, AppealSchema } from '../appeals/appeal.schema';
import { ClaimsModule } from '../claims/claims.module';
import { NoticesModule } from '../notices/notices.module';
import { ModerationFeedController } from './moderation-feed.controller';
import { QueuesController } from './queues.controller';
import { QueuesService } from './queues.service';
import { RuleHits, RuleHitsSchema } from './rule-hits.schema';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: RuleHits.name, schema: RuleHitsSchema },
      { name: Appeal.name, schema: AppealSchema },
      { name: Article.name, schema: ArticleSchema },
    ]),
    ClaimsModule,
    NoticesModule,
  ],
  controllers: [QueuesController, ModerationFeedController],
  providers: [QueuesService],
  exports: [QueuesService],
})
export class QueuesModule {}
