import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';
import type { OutboxEntry } from '@parley/messaging';

export const COMMENT_STATUSES = ['pending', 'approved', 'flagged', 'rejected', 'removed', 'deleted'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

@Schema({ _id: false })
export class StoredReason {
  @Prop({ required: true }) ruleId!: string;
  @Prop({ required: true }) category!: string;
  @Prop({ required: true }) message!: string;
}

/** An earlier revision of an edited comment. */
@Schema({ _id: false })
export class StoredRevision {
  @Prop({ required: true }) revision!: number;
  @Prop({ required: true }) body!: string;
  /** When this revision was written. */
  @Prop({ type: Date, required: true }) at!: Date;
  /** The moderation status it had when it was replaced. */
  @Prop({ type: String, required: true }) status!: string;
}

@Schema({ collection: 'comments', versionKey: false, timestamps: true })
export class Comment {
  _id!: Types.ObjectId;
  @Prop({ required: true }) articleId!: string;
  @Prop({ required: true }) authorId!: string;
  @Prop({ required: true }) authorName!: string;
  @Prop({ type: String, default: null }) parentId!: string | null;
  /** The parent's author (for the published event of a reply); absent on comments stored before it existed. */
  @Prop({ type: String, default: null }) parentAuthorId?: string | null;
  /** 0 for a top-level comment, parent's depth + 1 for a reply. */
  @Prop({ required: true, default: 0 }) depth!: number;
  @Prop({ required: true }) body!: string;
  @Prop({ type: String, required: true, enum: COMMENT_STATUSES, default: 'pending' }) status!: CommentStatus;
  @Prop({ required: true, default: 1 }) revision!: number;
  @Prop({ type: [SchemaFactory.createForClass(StoredRevision)], default: [] }) history!: StoredRevision[];
  @Prop({ type: Date, default: null }) editedAt!: Date | null;
  @Prop({ type: Date, default: null }) deletedAt!: Date | null;
  @Prop({ type: [SchemaFactory.createForClass(StoredReason)], default: [] }) reasons!: StoredReason[];
  /** Approved direct replies. */
  @Prop({ required: true, default: 0 }) replyCount!: number;
  @Prop({ required: true, default: 0 }) reactionCount!: number;
  @Prop({ required: true, default: 0 }) reportCount!: number;
  /**
   * Shown in public listings: approved, or hidden but with approved replies (then it is a
   * placeholder without its body). Kept equal to `status === 'approved' || replyCount > 0`.
   */
  @Prop({ required: true, default: false }) listed!: boolean;
  /** Id of the last decision event applied, so a redelivery changes nothing. */
  @Prop({ type: String, default: null }) decisionEventId!: string | null;
  @Prop({ type: Date, default: null }) decidedAt!: Date | null;
  @Prop({ type: [Object], default: [] }) outbox!: OutboxEntry[];
  @Prop({ required: true, default: false }) outboxPending!: boolean;
  /** Incremented with every event appended to the outbox (see OutboxRelay). */
  @Prop({ required: true, default: 0 }) outboxSeq!: number;
  createdAt!: Date;
  updatedAt!: Date;
}

export type CommentDocument = HydratedDocument<Comment>;
export const CommentSchema = SchemaFactory.createForClass(Comment);
// Every indexed field holds a scalar of one type (or null): the names end in __scalar, which lets
// our FerretDB build answer these queries from SQLite's index (README, "Indexes").
/** Thread listings (top level: parentId null; replies: parentId set), newest or oldest first. */
CommentSchema.index({ articleId: 1, parentId: 1, listed: 1, _id: -1 }, { name: 'thread_by_id__scalar' });
/** Thread listings sorted by reactions. */
CommentSchema.index({ articleId: 1, parentId: 1, listed: 1, reactionCount: -1, _id: -1 }, { name: 'thread_by_reactions__scalar' });
/** The author's own comments, optionally on one article. */
CommentSchema.index({ authorId: 1, articleId: 1, _id: -1 }, { name: 'author_article__scalar' });
CommentSchema.index({ authorId: 1, _id: -1 }, { name: 'author__scalar' });
/** Outbox relay. */
CommentSchema.index({ outboxPending: 1 }, { name: 'outbox_pending__scalar' });

export function isListed(c: Pick<Comment, 'status' | 'replyCount'>): boolean {
  return c.status === 'approved' || c.replyCount > 0;
}
