import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { StatementAction, StatementSubject } from '@parley/contracts';

export const SUBMISSION_STATES = ['pending', 'accepted', 'refused', 'not-submitted'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

/** Where a statement stands with the DSA Transparency Database. */
export class Submission {
  /** `pending`: to send; `accepted`: the Database has it; `refused`: the Database refused it (see errors); `not-submitted`: kept only (reversals). */
  state!: SubmissionState;
  attempts!: number;
  nextAttemptAt!: Date | null;
  lastError!: string | null;
  /** The Database's field errors when it refused the statement. */
  errors!: Record<string, string[]> | null;
  acceptedAt!: Date | null;
  /** The Database's uuid (and numeric id when it returns one) of the accepted statement. */
  databaseUuid!: string | null;
  databaseId!: number | string | null;
  /** True when the Database answered that it already had the PUID (accepted by an earlier request). */
  alreadyKnown!: boolean;
}

/**
 * One statement of reasons (DSA Art. 17), append-only: one document per decision. `_id` is the
 * PUID (unique), `decisionId` is unique too, so a redelivered event inserts nothing. Only the
 * submitter changes a document, and only its `submission`.
 */
@Schema({ collection: 'transparency_statements', versionKey: false })
export class StatementRecord {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) decisionId!: string;
  @Prop({ type: String, required: true }) subject!: StatementSubject;
  @Prop({ type: String, default: null }) commentId!: string | null;
  @Prop({ required: true }) userId!: string;
  @Prop({ type: String, required: true }) action!: StatementAction;
  @Prop({ required: true }) automated!: boolean;
  @Prop({ type: Date, required: true }) decidedAt!: Date;
  @Prop({ type: Date, required: true }) recordedAt!: Date;
  /** The PUID of the restriction this statement reverses (restore, lift). */
  @Prop({ type: String, default: null }) reverses!: string | null;
  @Prop({ type: Object, required: true }) statement!: Record<string, unknown>;
  @Prop({ type: Object, required: true }) submission!: Submission;
}

export const StatementRecordSchema = SchemaFactory.createForClass(StatementRecord);
StatementRecordSchema.index({ decisionId: 1 }, { unique: true, name: 'statements_decision__unique' });
StatementRecordSchema.index({ 'submission.state': 1, 'submission.nextAttemptAt': 1, decidedAt: 1 }, { name: 'statements_submission__scalar' });
StatementRecordSchema.index({ decidedAt: 1, _id: 1 }, { name: 'statements_decided__scalar' });
StatementRecordSchema.index({ commentId: 1, decidedAt: -1 }, { name: 'statements_comment__scalar' });
StatementRecordSchema.index({ userId: 1, decidedAt: -1 }, { name: 'statements_user__scalar' });

/** The submitter's lease: one replica submits at a time. */
@Schema({ collection: 'transparency_submitter_lease', versionKey: false })
export class SubmitterLease {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) owner!: string;
  @Prop({ type: Date, required: true }) until!: Date;
}
export const SubmitterLeaseSchema = SchemaFactory.createForClass(SubmitterLease);
