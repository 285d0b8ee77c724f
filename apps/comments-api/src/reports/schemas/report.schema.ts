import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { REPORT_REASONS, ReportReason } from '@parley/contracts';

@Schema({ _id: false })
export class IllegalContentNotice {
  @Prop({ required: true }) explanation!: string;
  @Prop({ required: true }) email!: string;
  @Prop({ required: true }) goodFaith!: boolean;
}

/** A reader's report of a comment. `_id` is `<commentId>:<reporterId>`: one report per reader per comment. */
@Schema({ collection: 'reports', versionKey: false, timestamps: { createdAt: true, updatedAt: false } })
export class Report {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) commentId!: string;
  @Prop({ required: true }) articleId!: string;
  @Prop({ required: true }) reporterId!: string;
  @Prop({ type: String, required: true, enum: REPORT_REASONS }) reason!: ReportReason;
  @Prop({ type: String, default: null }) text!: string | null;
  /** DSA Art. 16 notice, for reason `illegal`. */
  @Prop({ type: SchemaFactory.createForClass(IllegalContentNotice), default: null }) notice!: IllegalContentNotice | null;
  createdAt!: Date;
}

export const ReportSchema = SchemaFactory.createForClass(Report);
/** Moderation records its decision on a report and the message to the reporter on the report document (outbox). */
ReportSchema.index({ commentId: 1 }, { name: 'reports_comment__scalar' });
ReportSchema.index({ outboxPending: 1 }, { name: 'outbox_pending__scalar' });
/** Moderation analytics: reports per period. */
ReportSchema.index({ createdAt: 1 }, { name: 'reports_created__scalar' });
export const reportId = (commentId: string, reporterId: string) => `${commentId}:${reporterId}`;
