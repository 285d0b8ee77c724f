import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Category, Language, Mode } from '../notify/categories';

/**
 * A user's email address, language and preferences, registered by the host site. `_id` is the JWT `sub`.
 * Mail goes only to a confirmed `email`; a new address waits in `pendingEmail` until its
 * one-time link (stored as a hash) is followed.
 */
@Schema({ collection: 'notification_settings', versionKey: false, timestamps: true })
export class NotificationSettings {
  @Prop({ type: String, required: true }) _id!: string;
  /** The address notifications are emailed to, once confirmed (`emailConfirmedAt`). */
  @Prop({ type: String, default: null }) email!: string | null;
  @Prop({ type: Date, default: null }) emailConfirmedAt!: Date | null;
  /** A new address waiting for its confirmation link to be followed; it receives no other mail. */
  @Prop({ type: String, default: null }) pendingEmail!: string | null;
  /** SHA-256 of the current confirmation token (a newer link replaces it; confirming clears it). */
  @Prop({ type: String, default: null }) confirmationTokenHash!: string | null;
  @Prop({ type: Date, default: null }) confirmationExpiresAt!: Date | null;
  /** Per-user limit of confirmation emails: when the current window began, and how many were sent in it. */
  @Prop({ type: Date, default: null }) confirmationWindowStart!: Date | null;
  @Prop({ type: Number, default: 0 }) confirmationsInWindow!: number;
  @Prop({ type: String, default: null }) language!: Language | null;
  @Prop({ type: Object, default: {} }) preferences!: Partial<Record<Category, Mode>>;
  /** Moderation queues this (moderator) user follows. */
  @Prop({ type: [String], default: [] }) followedQueues!: string[];
}

export const NotificationSettingsSchema = SchemaFactory.createForClass(NotificationSettings);
NotificationSettingsSchema.index({ followedQueues: 1 });

/** The address mail may be sent to: the confirmed one, never a pending one. */
export function confirmedEmail(s: Pick<NotificationSettings, 'email' | 'emailConfirmedAt'> | null | undefined): string | null {
  return s?.email && s.emailConfirmedAt ? s.email : null;
}
