import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { ModerationOutcome } from '@parley/contracts';

/** Recent first decisions kept per author (approval/rejection history, repeats). */
export const AUTHOR_HISTORY = 50;
/** Recent first decisions kept per text fingerprint (same text from many authors). */
export const SAME_TEXT_HISTORY = 200;

/** One recent first decision, as the rules need it: of an author (`a:` documents) or of a text (`t:` documents). */
export interface HistoryItem {
  /** The decision's `_id` (`<commentId>:<revision>`): an item is pushed once. */
  id: string;
  commentId: string;
  authorId: string;
  decision: ModerationOutcome;
  fingerprint: string;
  commentCreatedAt: Date;
  decidedAt: Date;
}

/**
 * The slim history the rules read, kept beside the decision log: one small document per author
 * (`a:<authorId>`) and per text fingerprint (`t:<fingerprint>`) with its newest first decisions
 * (`$push` with `$sort`/`$slice`, one atomic update each, appended after the decision), so
 * deciding a comment reads two small documents (shared with concurrent decisions in one
 * `{ _id: { $in } }` query) instead of up to 250 decision documents. `meta` records when the
 * history started and whether the log had decisions before it (then a missing document is read
 * from the log once).
 */
@Schema({ collection: 'decision_history', versionKey: false })
export class RecentDecisions {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: [Object], default: [] }) items!: HistoryItem[];
  /** `meta` only: when the history started. */
  @Prop({ type: Date }) since?: Date;
  /** `meta` only: the log held decisions when the history started (read missing documents from the log). */
  @Prop({ type: Boolean }) logPredates?: boolean;
}

export const RecentDecisionsSchema = SchemaFactory.createForClass(RecentDecisions);
