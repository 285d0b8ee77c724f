import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { OutboxEntry } from '@parley/messaging';
import { BADGES, type Badge } from '@parley/platform';

/** The badges an admin gave one user (`_id` is the host site's user id). Cleared badges keep the document (an empty list), so replicas notice the change. */
@Schema({ collection: 'user_badges', versionKey: false })
export class UserBadges {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: [String], enum: BADGES, required: true, default: [] }) badges!: Badge[];
  @Prop({ type: String, required: true }) setBy!: string;
  @Prop({ type: Date, required: true }) updatedAt!: Date;
  /** parley.user.badges-changed.v1, written with the change. */
  @Prop({ type: [Object], default: undefined }) outbox?: OutboxEntry[];
  @Prop({ type: Boolean }) outboxPending?: boolean;
  @Prop({ type: Number }) outboxSeq?: number;
}

export const UserBadgesSchema = SchemaFactory.createForClass(UserBadges);
/** Replicas pick up changes since their last look. */
UserBadgesSchema.index({ updatedAt: 1 }, { name: 'updated__scalar' });
UserBadgesSchema.index({ outboxPending: 1 }, { name: 'outbox_pending__scalar' });
