import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { OutboxEntry } from '@parley/messaging';
import type { TrustedFlaggerMark } from '../trusted-flaggers/trusted-flagger.schema';

export const NOTICE_OUTCOMES = ['action-taken', 'no-action'] as const;
export type NoticeOutcome = (typeof NOTICE_OUTCOMES)[number];

/**
 * An illegal-content notice (DSA Art. 16), created from a reader's `illegal` report. `_id` is the
 * report id. Its decision is sent to the notifier (parley.notice.decided.v1, via this document's
 * outbox).
 */
@Schema({ collection: 'moderation_notices', versionKey: false })
export class Notice {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) commentId!: string;
  @Prop({ required: true }) articleId!: string;
  @Prop({ required: true }) authorId!: string;
  @Prop({ type: String, default: null }) reporterId!: string | null;
  @Prop({ type: String, default: null }) reporterEmail!: string | null;
  @Prop({ required: true }) explanation!: string;
  @Prop({ type: Date, required: true }) receivedAt!: Date;
  /** Set when the notifier is a registered trusted flagger (DSA Art. 22): the notice goes first in the queue. */
  @Prop({ type: Object, default: null }) trustedFlagger!: TrustedFlaggerMark | null;
  /** Queue order: 1 for trusted flaggers' notices, 0 otherwise (higher first, then oldest first). */
  @Prop({ default: 0 }) priority!: number;
  @Prop({ type: String, required: true, enum: ['open', 'decided'] }) status!: 'open' | 'decided';
  @Prop({ type: String, default: null }) outcome!: NoticeOutcome | null;
  @Prop({ type: String, default: null }) reason!: string | null;
  @Prop({ type: String, default: null }) decidedBy!: string | null;
  @Prop({ type: Date, default: null }) decidedAt!: Date | null;
  @Prop({ type: [Object], default: [] }) outbox!: OutboxEntry[];
  @Prop({ default: false }) outboxPending!: boolean;
  @Prop({ default: 0 }) outboxSeq!: number;
}

export const NoticeSchema = SchemaFactory.createForClass(Notice);
NoticeSchema.index({ status: 1, _id: 1 }, { name: 'notices_status__scalar' });
NoticeSchema.index({ status: 1, priority: -1, _id: 1 }, { name: 'notices_queue__scalar' });
NoticeSchema.index({ commentId: 1, status: 1 }, { name: 'notices_comment__scalar' });
NoticeSchema.index({ outboxPending: 1 }, { name: 'outbox_pending__scalar' });

/** The fields of comments-api's `reports` documents moderation reads (the notifier's e-mail). */
@Schema({ collection: 'reports', versionKey: false, strict: false, autoIndex: false })
export class ReportRef {
  @Prop({ type: String }) _id!: string;
  @Prop() commentId!: string;
  @Prop() reporterId!: string;
  @Prop() reason!: string;
  @Prop({ type: Object }) notice!: { explanation: string; email: string } | null;
  @Prop({ type: Date }) createdAt!: Date;
}
export const ReportRefSchema = SchemaFactory.createForClass(ReportRef);
