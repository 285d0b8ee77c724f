import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Category, Language, Mode } from '../notify/categories';

/** A user's email address, language and preferences, registered by the host site. `_id` is the JWT `sub`. */
@Schema({ collection: 'notification_settings', versionKey: false, timestamps: true })
export class NotificationSettings {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, default: null }) email!: string | null;
  @Prop({ type: String, default: null }) language!: Language | null;
  @Prop({ type: Object, default: {} }) preferences!: Partial<Record<Category, Mode>>;
  /** Moderation queues this (moderator) user follows. */
  @Prop({ type: [String], default: [] }) followedQueues!: string[];
}

export const NotificationSettingsSchema = SchemaFactory.createForClass(NotificationSettings);
NotificationSettingsSchema.index({ followedQueues: 1 });
