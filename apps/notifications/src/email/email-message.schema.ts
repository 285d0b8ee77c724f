import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One email to send, rendered when it was queued. `_id` is `<eventId>:<recipient>` for an
 * immediate email and `digest:<claimId>` for a digest, so a redelivered event or a repeated
 * digest run cannot queue a second one.
 */
@Schema({ collection: 'email_messages', versionKey: false, timestamps: true })
export class EmailMessage {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, default: null }) userId!: string | null;
  @Prop({ required: true }) to!: string;
  @Prop({ required: true }) category!: string;
  @Prop({ required: true }) kind!: string;
  @Prop({ required: true }) language!: string;
  @Prop({ required: true }) subject!: string;
  @Prop({ required: true }) text!: string;
  @Prop({ required: true }) html!: string;
  @Prop({ type: Object, default: {} }) headers!: Record<string, string>;
  @Prop({ type: String, required: true, default: 'pending' }) status!: 'pending' | 'sent' | 'failed';
  @Prop({ required: true, default: 0 }) attemptCount!: number;
  @Prop({ type: String, default: null }) lastError!: string | null;
  @Prop({ required: true }) nextAttemptAt!: Date;
  @Prop({ required: true, default: () => new Date(0) }) lockedUntil!: Date;
  @Prop({ type: Date, default: null }) sentAt!: Date | null;
}

export const EmailMessageSchema = SchemaFactory.createForClass(EmailMessage);
EmailMessageSchema.index({ status: 1, nextAttemptAt: 1 }, { name: 'status_next__scalar' });

/**
 * A notification waiting for the user's hourly or daily digest. `_id` is
 * `<eventId>:<userId>` (written once). A digest run claims a user's due items with one
 * update (status pending → claimed, with its claim id), queues the digest email as
 * `digest:<claimId>`, then marks them sent; a run interrupted in between is finished or
 * undone by the next run, so no item is lost or sent twice.
 */
@Schema({ collection: 'digest_items', versionKey: false })
export class DigestItem {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) userId!: string;
  @Prop({ required: true }) category!: string;
  @Prop({ type: String, required: true }) mode!: 'hourly' | 'daily';
  @Prop({ type: Object, required: true }) params!: Record<string, unknown>;
  @Prop({ required: true }) dueAt!: Date;
  @Prop({ required: true }) createdAt!: Date;
  @Prop({ type: String, required: true, default: 'pending' }) status!: 'pending' | 'claimed' | 'sent' | 'dropped';
  @Prop({ type: String, default: null }) claimId!: string | null;
  @Prop({ type: Date, default: null }) claimedAt!: Date | null;
}

export const DigestItemSchema = SchemaFactory.createForClass(DigestItem);
DigestItemSchema.index({ status: 1, dueAt: 1 }, { name: 'status_due__scalar' });
DigestItemSchema.index({ claimId: 1 }, { name: 'claim__scalar' });
