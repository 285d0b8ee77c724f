import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { ModerationOutcome } from '@parley/contracts';

/** One of an author's recent first decisions (newest first, at most AUTHOR_HISTORY). */
export interface AuthorItem {
  id: string;
  commentId: string;
  decision: ModerationOutcome;
  fingerprint: string;
  commentCreatedAt: Date;
  decidedAt: Date;
}

/** One first decision of a text fingerprint inside the spam window (newest first). */
export interface FingerprintItem {
  id: string;
  authorId: string;
  commentId: string;
  decidedAt: Date;
}

/** One decision of a comment (every revision, re-reviews included). */
export interface CommentItem {
  id: string;
  revision: number;
}

/**
 * Small documents, each read and written by `_id` alone, that answer the questions the worker
 * asks for every comment without querying the decision log by other fields:
 * `a:<authorId>` the author's recent first decisions, `f:<fingerprint>` who posted this text
 * lately, `c:<commentId>` the decisions of a comment. They are derived from the decision log
 * (rebuilt from it when missing) and kept next to it by DecisionLogService.
 *
 * Why: on FerretDB (the local database) only a filter on `_id` is answered from an index, so
 * "this author's last 50 decisions, newest first" read and sorted the whole log for every
 * comment, which grew without bound. On MongoDB the log's indexes would do, and these documents
 * cost one small read each.
 */
@Schema({ collection: 'decision_summaries', versionKey: false })
export class DecisionSummary {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: [Object], default: [] }) items!: Array<AuthorItem | FingerprintItem | CommentItem>;
}

export const DecisionSummarySchema = SchemaFactory.createForClass(DecisionSummary);
