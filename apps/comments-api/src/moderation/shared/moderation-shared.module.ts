import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ArticlesModule } from '../../articles/articles.module';
import { CommentsModule } from '../../comments/comments.module';
import { AuditEntry, AuditEntrySchema } from '../audit/audit-entry.schema';
import { AuditService } from '../audit/audit.service';
import { ModerationConfig } from './moderation.config';
import { Article, ArticleSchema } from '../../articles/schemas/article.schema';
import { ModeratorScope } from '../../sites/moderator-scope';

/** Shared by every moderation feature module: the comments repository (CommentsModule), the audit trail, settings. */
@Global()
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: AuditEntry.name, schema: AuditEntrySchema },
      { name: Article.name, schema: ArticleSchema },
    ]),
    CommentsModule,
    ArticlesModule,
  ],
  providers: [{ provide: ModerationConfig, useFactory: () => new ModerationConfig() }, AuditService, ModeratorScope],
  exports: [MongooseModule, ModerationConfig, AuditService, ModeratorScope, CommentsModule, ArticlesModule],
})
export class ModerationSharedModule {}
