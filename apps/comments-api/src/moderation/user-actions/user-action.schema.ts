import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { OutboxEntry } from '@parley/messaging';

export const USER_ACTION_KINDS = ['ban', 'suspend', 'premoderate', 'warn'] as const;
export type UserActionKind = (typeof USER_ACTION_KINDS)[number];

/**
 * A moderator's action on a user (`_id` is the sanction id of parley.user.sanctioned.v1, sent
 * from this document's outbox). Lifting is recorded on the action it lifts.
 */
@Schema({ collection: 'moderation_user_actions', versionKey: false })
export class UserAction {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) userId!: string;
  @Prop({ type: String, required: true, enum: USER_ACTION_KINDS }) kind!: UserActionKind;
  /** `account` (posting) or `notices` (the processing of the user's notices and complaints, DSA Art. 23(2)). */
  @Prop({ type: String, enum: ['account', 'notices'], default: 'account' }) scope!: 'account' | 'notices';
  /** The statement of reasons given with the action (Art. 17 DSA): bans, suspensions, premoderation, misuse warnings and suspensions. */
  @Prop({ type: Object, default: null }) statement!: Record<string, unknown> | null;
  @Prop({ required: true }) reason!: string;
  @Prop({ type: Date, default: null }) until!: Date | null;
  /** Ban only: reject all the user's visible comments (done asynchronously). */
  @Prop({ default: false }) rejectComments!: boolean;
  @Prop({ type: String, default: null }) reasonCode!: string | null;
  @Prop({ required: true }) issuedBy!: string;
  @Prop({ type: Date, required: true }) issuedAt!: Date;
  /**
   * When the user was informed of the action (the message on their mandatory channel is written
   * with the action; null when no message was sent). The six-month complaint window runs from it.
   */
  @Prop({ type: Date, default: null }) informedAt!: Date | null;
  @Prop({ type: Date, default: null }) liftedAt!: Date | null;
  @Prop({ type: String, default: null }) liftedBy!: string | null;
  /** Comments rejected by the ban sweep so far. */
  @Prop({ default: 0 }) swept!: number;
  @Prop({ type: Date, default: null }) sweptAt!: Date | null;
  @Prop({ type: [Object], default: [] }) outbox!: OutboxEntry[];
  @Prop({ default: false }) outboxPending!: boolean;
  @Prop({ default: 0 }) outboxSeq!: number;
}
export const UserActionSchema = SchemaFactory.createForClass(UserAction);
UserActionSchema.index({ userId: 1, issuedAt: -1 }, { name: 'user_actions_user__scalar' });
UserActionSchema.index({ outboxPending: 1 }, { name: 'outbox_pending__scalar' });

/** A moderator's private note on a user. */
@Schema({ collection: 'moderation_user_notes', versionKey: false })
export class UserNote {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) userId!: string;
  @Prop({ required: true }) authorId!: string;
  @Prop({ required: true }) text!: string;
  @Prop({ type: Date, required: true }) createdAt!: Date;
}
export const UserNoteSchema = SchemaFactory.createForClass(UserNote);
UserNoteSchema.index({ userId: 1, createdAt: -1 }, { name: 'user_notes_user__scalar' });
