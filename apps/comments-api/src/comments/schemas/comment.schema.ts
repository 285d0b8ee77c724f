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

@Schema({ collection: 'comments', versionKey: false, timestamps: true })
export class Comment {
  _id!: Types.ObjectId;
  @Prop({ required: true }) articleId!: string;
  @Prop({ required: true }) authorId!: string;
  @Prop({ required: true }) authorName!: string;
  @Prop({ type: String, default: null }) parentId!: string | null;
  @Prop({ required: true }) body!: string;
  @Prop({ type: String, required: true, enum: COMMENT_STATUSES, default: 'pending' }) status!: CommentStatus;
  @Prop({ required: true, default: 1 }) revision!: number;
  @Prop({ type: [SchemaFactory.createForClass(StoredReason)], default: [] }) reasons!: StoredReason[];
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
CommentSchema.index({ articleId: 1, status: 1, _id: -1 });
CommentSchema.index({ outboxPending: 1 });
CommentSchema.index({ authorId: 1, _id: -1 });
