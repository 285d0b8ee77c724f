import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';
import type { OutboxEntry } from '@parley/messaging';
import type { CommentStatus } from '../../comments/schemas/comment.schema';

/** A stored reason as the moderation views need it (offsets from the rules engine when present). */
export interface ModerationReason {
  ruleId: string;
  category: string;
  message: string;
  action?: 'flag' | 'reject';
  excerpt?: string;
  start?: number;
  end?: number;
}

/**
 * The moderation view of the `comments` collection. CommentsModule owns the documents; this
 * model only declares the fields moderation reads, plus the moderation-only fields it adds
 * (`mod*`, `featured*`), and its own indexes (named `mod_*`). `strict: false` so writes of the
 * Comment schema's fields are never stripped.
 */
@Schema({ collection: 'comments', versionKey: false, strict: false, autoIndex: true })
export class ModeratedComment {
  _id!: Types.ObjectId;
  @Prop() articleId!: string;
  @Prop() authorId!: string;
  @Prop() authorName!: string;
  @Prop({ type: String }) parentId!: string | null;
  /** Stored with a reply since 2026-11-29 (absent on older comments). */
  @Prop({ type: String }) parentAuthorId?: string | null;
  @Prop() body!: string;
  @Prop({ type: String }) status!: CommentStatus;
  @Prop() revision!: number;
  @Prop({ type: [Object] }) reasons!: ModerationReason[];
  @Prop() replyCount!: number;
  @Prop() reportCount!: number;
  @Prop() listed!: boolean;
  @Prop({ type: String }) decisionEventId!: string | null;
  @Prop({ type: Date }) decidedAt!: Date | null;
  @Prop({ type: [Object] }) outbox!: OutboxEntry[];
  @Prop() outboxPending!: boolean;
  @Prop() outboxSeq!: number;
  @Prop({ type: Date }) createdAt!: Date;
  @Prop({ type: Date }) editedAt!: Date | null;
  /** Reader reports not yet reviewed by a moderator (set from parley.comment.reported.v1). */
  @Prop({ type: Boolean }) modReportsOpen?: boolean;
  @Prop({ type: Date }) modLastReportedAt?: Date | null;
  /** Revision a moderator decided; an automated decision for that revision never overrides it. */
  @Prop({ type: Number }) modHumanRevision?: number | null;
  @Prop({ type: String }) modDecidedBy?: string | null;
  /** Reason code of the last human rejection/removal and its DSA statement of reasons. */
  @Prop({ type: String }) modReasonCode?: string | null;
  @Prop({ type: Object }) modStatement?: Record<string, unknown> | null;
  @Prop({ type: Boolean }) featured?: boolean;
  @Prop({ type: Date }) featuredAt?: Date | null;
  @Prop({ type: String }) featuredBy?: string | null;
}

export const ModeratedCommentSchema = SchemaFactory.createForClass(ModeratedComment);
// Queues: one status, oldest/newest first, optionally narrowed by article, author or rule; the
// "all" queue by _id alone (a compound index: FerretDB refuses a second index on _id alone, and
// its own _id index cannot order). Every field is a scalar of one type (names ending in
// __scalar: see README, "Indexes").
ModeratedCommentSchema.index({ status: 1, _id: 1 }, { name: 'mod_status__scalar' });
ModeratedCommentSchema.index({ status: 1, articleId: 1, _id: 1 }, { name: 'mod_status_article__scalar' });
ModeratedCommentSchema.index({ status: 1, authorId: 1, _id: 1 }, { name: 'mod_status_author__scalar' });
ModeratedCommentSchema.index({ modReportsOpen: 1, status: 1, _id: 1 }, { name: 'mod_reported__scalar' });
ModeratedCommentSchema.index({ _id: 1, status: 1 }, { name: 'mod_all__scalar' });
