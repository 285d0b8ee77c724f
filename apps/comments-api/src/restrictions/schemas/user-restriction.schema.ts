import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export const RESTRICTION_KINDS = ['ban', 'suspension'] as const;
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];

/** A ban (no end, or an end date) or suspension (until a date) of a user. `_id` is the user id. */
@Schema({ collection: 'user_restrictions', versionKey: false, timestamps: true })
export class UserRestriction {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true, enum: RESTRICTION_KINDS }) kind!: RestrictionKind;
  @Prop({ required: true }) reason!: string;
  /** End of the restriction; null = permanent (bans only). */
  @Prop({ type: Date, default: null }) until!: Date | null;
  @Prop({ required: true }) issuedBy!: string;
  createdAt!: Date;
  updatedAt!: Date;
}

export const UserRestrictionSchema = SchemaFactory.createForClass(UserRestriction);
