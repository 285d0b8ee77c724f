import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { OutboxEntry } from '@parley/messaging';

/**
 * `scheduled`: waiting for its grace period (the user or an admin may cancel); `cancelled`;
 * `erasing`: the grace period ended and parley.user.erased.v1 was ordered (in this document's
 * outbox, by the same conditional write that claimed it); `erased`: comments-api's own data is
 * erased (the other apps erase theirs from the same event).
 */
export const ERASURE_STATUSES = ['scheduled', 'cancelled', 'erasing', 'erased'] as const;
export type ErasureStatus = (typeof ERASURE_STATUSES)[number];

/**
 * One user's account erasure (GDPR Art. 17), `_id` the user id: at most one per user. It is the
 * record that the erasure happened (who asked, when, the pseudonym that replaced the user id in
 * the records kept for legal reasons); it holds no content.
 */
@Schema({ collection: 'account_erasures', versionKey: false })
export class AccountErasure {
  @Prop({ type: String, required: true }) _id!: string;
  /** A fresh id per request (a cancelled then renewed request gets a new one). */
  @Prop({ required: true }) erasureId!: string;
  @Prop({ type: String, required: true, enum: ERASURE_STATUSES }) status!: ErasureStatus;
  @Prop({ type: String, required: true }) requestedBy!: 'self' | 'admin';
  /** The user id of who asked (the user, or the administrator). */
  @Prop({ required: true }) requestedById!: string;
  @Prop({ type: Date, required: true }) requestedAt!: Date;
  /** When the grace period ends. */
  @Prop({ type: Date, required: true }) executeAfter!: Date;
  @Prop({ type: Date, default: null }) cancelledAt!: Date | null;
  @Prop({ type: String, default: null }) cancelledById!: string | null;
  /** When the erasure was ordered (the event written) and when comments-api's part was done. */
  @Prop({ type: Date, default: null }) orderedAt!: Date | null;
  @Prop({ type: Date, default: null }) erasedAt!: Date | null;
  /** Replaces the user id in the records kept (`erased-<erasureId>`). */
  @Prop({ type: String, default: null }) pseudonym!: string | null;
  /** What comments-api erased or pseudonymised (counts only). */
  @Prop({ type: Object, default: null }) summary!: Record<string, number> | null;
  @Prop({ type: [Object], default: [] }) outbox!: OutboxEntry[];
  @Prop({ default: false }) outboxPending!: boolean;
  @Prop({ default: 0 }) outboxSeq!: number;
}

export const AccountErasureSchema = SchemaFactory.createForClass(AccountErasure);
/** The executor's scan: scheduled requests whose grace period ended. */
AccountErasureSchema.index({ status: 1, executeAfter: 1 }, { name: 'erasures_due__scalar' });
AccountErasureSchema.index({ outboxPending: 1 }, { name: 'outbox_pending__scalar' });
