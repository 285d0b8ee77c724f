import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One action in the audit trail, automated or human. `_id` is the id of the event that carried
 * the action (or a fresh id), so recording the same action twice keeps one entry.
 */
@Schema({ collection: 'moderation_audit', versionKey: false })
export class AuditEntry {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: Date, required: true }) at!: Date;
  /** `system` for the rules engine, else the moderator's (or author's) user id. */
  @Prop({ required: true }) actor!: string;
  @Prop({ required: true }) automated!: boolean;
  /** e.g. `decision.approve`, `decision.reject`, `claim`, `user.ban`, `appeal.create`, `automated.flagged`. */
  @Prop({ required: true }) action!: string;
  @Prop({ type: String, default: null }) commentId!: string | null;
  /** The user the action concerns (the comment's author, the sanctioned user). */
  @Prop({ type: String, default: null }) userId!: string | null;
  @Prop({ type: Object, default: null }) before!: Record<string, unknown> | null;
  @Prop({ type: Object, default: null }) after!: Record<string, unknown> | null;
  @Prop({ type: String, default: null }) note!: string | null;
  /** Monotonic sort key: time then id. */
  @Prop({ required: true }) seq!: string;
}

export const AuditEntrySchema = SchemaFactory.createForClass(AuditEntry);
AuditEntrySchema.index({ commentId: 1, seq: 1 }, { name: 'audit_comment__scalar' });
AuditEntrySchema.index({ userId: 1, seq: 1 }, { name: 'audit_user__scalar' });
AuditEntrySchema.index({ seq: 1 }, { name: 'audit_seq__scalar' });
