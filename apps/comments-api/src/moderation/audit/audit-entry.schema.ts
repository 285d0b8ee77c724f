import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One action in the audit trail, automated or human. `_id` is the id of the event that carried
 * the action (or a fresh id), so recording the same action twice keeps one entry.
 */
@Schema({ collection: 'moderation_audit', versionKey: false })
export class AuditEntry {
  /** The site the action concerns (SITES); absent for the default site. */
  @Prop({ type: String }) siteId?: string;
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
  /** Decisions on comments: the comment's article (analytics by section). Absent on older entries. */
  @Prop({ type: String }) articleId?: string | null;
  /** Automated decisions: the ids of the rules that gave reasons (analytics by rule). */
  @Prop({ type: [String], default: undefined }) ruleIds?: string[];
  /** Moderators' decisions: milliseconds from the comment entering a queue to this decision (see docs/analytics.md). */
  @Prop({ type: Number }) waitMs?: number | null;
  /** Monotonic sort key: time then id. */
  @Prop({ required: true }) seq!: string;
}

export const AuditEntrySchema = SchemaFactory.createForClass(AuditEntry);
AuditEntrySchema.index({ commentId: 1, seq: 1 }, { name: 'audit_comment__scalar' });
AuditEntrySchema.index({ userId: 1, seq: 1 }, { name: 'audit_user__scalar' });
AuditEntrySchema.index({ seq: 1 }, { name: 'audit_seq__scalar' });
/** Moderation analytics narrowed to articles (a section): decisions in a period. */
AuditEntrySchema.index({ articleId: 1, seq: 1 }, { name: 'audit_article__scalar' });
/** One site's audit trail, oldest first (AuditService.list with several sites). */
AuditEntrySchema.index({ siteId: 1, seq: 1 }, { name: 'audit_site__scalar' });
