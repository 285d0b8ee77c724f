import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { Article, ArticleSchema } from '../articles/schemas/article.schema';
import { CommentsModule } from '../comments/comments.module';
import { MutedAuthorsModule } from '../muted-authors/muted-authors.module';
import { outboxRelayProvider } from '../moderation/shared/outbox';
import { CurationController, PinnedCommentController, UserBadgesController } from './curation.controller';
import { ARTICLE_OUTBOX_RELAY, CurationService } from './curation.service';
import { UserBadges, UserBadgesSchema } from './schemas/user-badges.schema';
import { USER_BADGES_OUTBOX_RELAY, UserBadgesService } from './user-badges.service';

/** Curation (issue #16): the featured tab, the pinned comment, author badges. Featuring itself is a moderation decision (DecisionsService). */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: UserBadges.name, schema: UserBadgesSchema },
      { name: Article.name, schema: ArticleSchema },
    ]),
    CommentsModule,
    MutedAuthorsModule,
  ],
  controllers: [CurationController, PinnedCommentController, UserBadgesController],
  providers: [...outboxRelayProvider(ARTICLE_OUTBOX_RELAY, Article.name), ...outboxRelayProvider(USER_BADGES_OUTBOX_RELAY, UserBadges.name), CurationService, UserBadgesService],
})
export class CurationModule {}
