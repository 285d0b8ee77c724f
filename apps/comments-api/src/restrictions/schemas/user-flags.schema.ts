import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** Standing moderation settings of a user (`_id` is the user id): always premoderate. */
@Schema({ collection: 'moderation_user_flags', versionKey: false })
export class UserFlags {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ default: false }) premoderated!: boolean;
  @Prop({ type: String, default: null }) premoderatedBy!: string | null;
  @Prop({ type: Date, default: null }) premoderatedAt!: Date | null;
}
export const UserFlagsSchema = SchemaFactory.createForClass(UserFlags);
