import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { OutboxEntry } from '@parley/messaging';

export const APPEAL_OUTCOMES = ['upheld', 'overturned'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/**
 * An author's appeal against the rejection or removal of their comment (DSA Art. 20). `_id` is
 * `<commentId>:<revision>`: one appeal per decided revision. Decided by a moderator other than
 * the one who made the original decision.
 */
@Schema({ collection: 'moderation_appeals', versionKey: false })
export class Appeal {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) commentId!: string;
  @Prop({ required: true }) revision!: number;
  @Prop({ required: true }) articleId!: string;
  @Prop({ required: true }) appellantId!: string;
  @Prop({ required: true }) explanation!: string;
  /** The status appealed against and who decided it (`system` for the rules engine). */
  @Prop({ required: true }) originalStatus!: string;
  @Prop({ required: true }) originalDecidedBy!: string;
  @Prop({ type: Date, required: true }) createdAt!: Date;
  @Prop({ type: String, required: true, enum: ['open', 'decided'] }) status!: 'open' | 'decided';
  @Prop({ type: String, default: null }) outcome!: AppealOutcome | null;
  @Prop({ type: String, default: null }) reason!: string | null;
  @Prop({ type: String, default: null }) decidedBy!: string | null;
  @Prop({ type: Date, default: null }) decidedAt!: Date | null;
  @Prop({ type: [Object], default: [] }) outbox!: OutboxEntry[];
  @Prop({ default: false }) outboxPending!: boolean;
  @Prop({ default: 0 }) outboxSeq!: number;
}

export const AppealSchema = SchemaFactory.createForClass(Appeal);
AppealSchema.index({ status: 1, createdAt: 1 }, { name: 'appeals_status__scalar' });
AppealSchema.index({ appellantId: 1, createdAt: -1 }, { name: 'appeals_appellant__scalar' });
AppealSchema.index({ commentId: 1 }, { name: 'appeals_comment__scalar' });
AppealSchema.index({ outboxPending: 1 }, { name: 'outbox_pending__scalar' });
