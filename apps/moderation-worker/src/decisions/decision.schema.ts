import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { ModerationReasonV1, ModerationOutcome } from '@parley/contracts';
import type { ClassifierResult, StatementOfReasons } from '@parley/moderation-rules';

/** What led the worker to decide: a new comment, an edit (new revision), or reader reports (re-review). */
export type DecisionTrigger = 'submitted' | 'edited' | 'reported';

/** The inputs the rules saw (minus the body), so a backtest can replay the decision with another rule set. */
export interface DecisionContextSnapshot {
  author: { approvedCount: number; rejectedCount: number; recentDecisions: number; recentRejections: number; status?: string; suspendedUntil?: Date | null };
  article?: { open: boolean; premoderation: boolean };
  recentByAuthor: Array<{ fingerprint: string; createdAt: Date }>;
  sameTextAuthors: number;
  reportCount?: number;
  /** Absent: not consulted; null: unavailable (the rule's fallback applied). */
  classifier?: ClassifierResult | null;
}

/**
 * The append-only decision log. A comment revision's first decision has `_id`
 * `<commentId>:<revision>`, so a redelivered submitted/edited event finds the decision already
 * made. A re-review after reports that made the outcome more restrictive is a further document,
 * `<commentId>:<revision>:report:<eventId>` (idempotent by the report event's id).
 */
@Schema({ collection: 'decisions', versionKey: false })
export class Decision {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) commentId!: string;
  @Prop({ required: true }) revision!: number;
  /** The comment's site (SITES); absent for the default site. */
  @Prop({ type: String }) siteId?: string;
  @Prop({ required: true }) articleId!: string;
  @Prop({ required: true }) authorId!: string;
  @Prop({ required: true }) fingerprint!: string;
  @Prop({ type: String, required: true }) decision!: ModerationOutcome;
  @Prop({ required: true }) score!: number;
  @Prop({ type: [Object], default: [] }) reasons!: ModerationReasonV1[];
  @Prop({ type: [Object], default: [] }) shadowReasons!: ModerationReasonV1[];
  @Prop({ type: Number, default: null }) ruleSetVersion!: number | null;
  @Prop({ required: true }) actor!: string;
  @Prop({ required: true }) automated!: boolean;
  /** Id of the event announcing this decision; reused when it is published again. */
  @Prop({ required: true }) eventId!: string;
  @Prop({ required: true }) sourceEventId!: string;
  @Prop({ required: true }) commentCreatedAt!: Date;
  @Prop({ required: true }) decidedAt!: Date;
  @Prop({ type: String, default: 'submitted' }) trigger?: DecisionTrigger;
  /** The worker's own copy of the comment text (for re-reviews and backtests); erased when the comment is deleted. */
  @Prop({ type: String, default: null }) body?: string | null;
  @Prop({ type: Object, default: null }) context?: DecisionContextSnapshot | null;
  /** DSA Art. 17 statement of reasons (DSA Transparency Database shape) for restrictive decisions. */
  @Prop({ type: Object, default: null }) statement?: StatementOfReasons | null;
  /** For a re-review: the outcome it replaced. */
  @Prop({ type: String, default: null }) supersedes?: ModerationOutcome | null;
}

export const DecisionSchema = SchemaFactory.createForClass(Decision);
// Scalar fields only (names ending in __scalar: our FerretDB build answers these from SQLite's index).
DecisionSchema.index({ authorId: 1, decidedAt: -1 }, { name: 'author_decided__scalar' });
DecisionSchema.index({ fingerprint: 1, decidedAt: -1 }, { name: 'fingerprint_decided__scalar' });
DecisionSchema.index({ commentId: 1, revision: -1 }, { name: 'comment_revision__scalar' });
DecisionSchema.index({ decidedAt: -1 }, { name: 'decided__scalar' });
// `trigger` is in the history filters (`{ trigger: { $ne: 'reported' } }`): declared scalar so the
// whole author and text filters translate and their sort and limit are answered from the index
// (newest 50 of the author), not by reading every decision of the author and sorting it.
DecisionSchema.index({ trigger: 1 }, { name: 'trigger__scalar' });
