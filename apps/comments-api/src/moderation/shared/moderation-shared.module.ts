import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ArticlesModule } from '../../articles/articles.module';
import { CommentsModule } from '../../comments/comments.module';
import { AuditEntry, AuditEntrySchema } from '../audit/audit-entry.schema';
import { AuditService } from '../audit/audit.service';
import { ModeratedComment, ModeratedCommentSchema } from './moderated-comment.schema';
import { ModerationConfig } from './moderation.config';
import { CommentStore } from './comment-store';

/** Shared by every moderation feature module: the comments view, the audit trail, settings. */
@Global()
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: ModeratedComment.name, schema: ModeratedCommentSchema },
      { name: AuditEntry.name, schema: AuditEntrySchema },
    ]),
    CommentsModule,
    ArticlesModule,
  ],
  providers: [{ provide: ModerationConfig, useFactory: () => new ModerationConfig() }, AuditService, CommentStore],
  exports: [MongooseModule, ModerationConfig, AuditService, CommentStore, CommentsModule, ArticlesModule],
})
export class ModerationSharedModule {}
