import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * A trusted flagger (DSA Art. 22) known to this service, matched by user id and/or by the email
 * given with a notice. `_id` is `user:<userId>` when a user id is given, else `email:<email>`, so
 * one person is registered once.
 */
@Schema({ collection: 'moderation_trusted_flaggers', versionKey: false })
export class TrustedFlagger {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, default: null }) userId!: string | null;
  /** Lower-cased. */
  @Prop({ type: String, default: null }) email!: string | null;
  /** The entity's name, as awarded the status by the Digital Services Coordinator. */
  @Prop({ required: true }) name!: string;
  /** Areas of expertise the status was awarded for (free text, e.g. "hate speech", "child protection"). */
  @Prop({ type: [String], default: [] }) expertise!: string[];
  @Prop({ required: true }) addedBy!: string;
  @Prop({ type: Date, required: true }) addedAt!: Date;
}
export const TrustedFlaggerSchema = SchemaFactory.createForClass(TrustedFlagger);
TrustedFlaggerSchema.index({ userId: 1 }, { name: 'trusted_flaggers_user__scalar' });
TrustedFlaggerSchema.index({ email: 1 }, { name: 'trusted_flaggers_email__scalar' });

/** What a notice records of the trusted flagger who sent it. */
export interface TrustedFlaggerMark {
  id: string;
  name: string;
  expertise: string[];
}
