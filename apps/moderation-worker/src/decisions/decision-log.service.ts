import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';
import type { ModerationOutcome } from '@parley/contracts';
import type { EvaluationContext } from '@parley/moderation-rules';
import { InsertBatcher, ReadBatcher } from '@parley/platform';
import { Decision } from './decision.schema';

const DUPLICATE_KEY = 11000;
const SPAM_WINDOW_MS = 60 * 60 * 1000;
/** First decisions of revisions (re-reviews after reports are further documents of the same revision). */
const FIRST_DECISIONS: FilterQuery<Decision> = { trigger: { $ne: 'reported' } };
/** Recent first decisions read per author (approval/rejection history, repeats). */
const AUTHOR_HISTORY = 50;
/** Most recent first decisions read per text fingerprint (same text from many authors). */
const SAME_TEXT_HISTORY = 200;

/** One of an author's recent first decisions (newest first). */
export interface AuthorItem {
  commentId: string;
  decision: ModerationOutcome;
  fingerprint: string;
  commentCreatedAt: Date;
  decidedAt: Date;
}

/** One first decision of a text fingerprint inside the spam window (newest first). */
export interface FingerprintItem {
  authorId: string;
  commentId: string;
  decidedAt: Date;
}

/** One decision of a comment (every revision, re-reviews included). */
export interface CommentItem {
  _id: string;
  revision: number;
}

/** What deciding a comment revision needs from the log. */
export interface DecisionHistory {
  comment: CommentItem[];
  author: AuthorItem[];
  text: FingerprintItem[];
}

/**
 * The append-only decision log, and the author and text history the rules need, read from the
 * log's own indexes (`comment_revision`, `author_decided`, `fingerprint_decided`): nothing is
 * written beside the log, so two worker replicas deciding the same author's comments at once
 * both see every decision already logged, and an append is the only write per decision.
 */
@Injectable()
export class DecisionLogService {
  /** Comments' decisions: the reads of concurrent events share one `{ commentId: { $in } }` query. */
  private readonly byComment: ReadBatcher<string, CommentItem[]>;
  /** Appends: concurrent decisions share one unordered `insertMany` (a lone one goes out at once). */
  private readonly appends: InsertBatcher<Decision>;

  constructor(@InjectModel(Decision.name) private readonly decisions: Model<Decision>) {
    // Unordered: a duplicate `_id` fails only its own document, with its write error.
    this.appends = new InsertBatcher<Decision>((docs) => this.decisions.collection.insertMany(docs as never[], { ordered: false }), 100);
    this.byComment = new ReadBatcher(async (ids) => {
      const docs = await this.decisions.find({ commentId: { $in: ids } }, { commentId: 1, revision: 1 }).lean<Array<CommentItem & { commentId: string }>>().exec();
      const out = new Map<string, CommentItem[]>();
      for (const d of docs) out.set(d.commentId, [...(out.get(d.commentId) ?? []), { _id: d._id, revision: d.revision }]);
      return out;
    });
  }

  /** The comment's decisions, its author's recent first decisions and the text's first decisions in the spam window (three indexed reads, in parallel; the first shared with concurrent events). */
  async historyFor(commentId: string, authorId: string, fingerprint: string, now = new Date()): Promise<DecisionHistory> {
    const [comment, author, text] = await Promise.all([
      this.byComment.load(commentId).then((items) => items ?? []),
      this.decisions
        .find({ authorId, ...FIRST_DECISIONS }, { _id: 0, commentId: 1, decision: 1, fingerprint: 1, commentCreatedAt: 1, decidedAt: 1 })
        .sort({ decidedAt: -1 })
        .limit(AUTHOR_HISTORY)
        .lean<AuthorItem[]>()
        .exec(),
      this.decisions
        .find({ fingerprint, decidedAt: { $gte: new Date(now.getTime() - SPAM_WINDOW_MS) }, ...FIRST_DECISIONS }, { _id: 0, authorId: 1, commentId: 1, decidedAt: 1 })
        .sort({ decidedAt: -1 })
        .limit(SAME_TEXT_HISTORY)
        .lean<FingerprintItem[]>()
        .exec(),
    ]);
    return { comment, author, text };
  }

  findById(id: string): Promise<Decision | null> {
    return this.decisions.findById(id).lean<Decision>().exec();
  }

  /** Appends a decision (batched with concurrent ones); if one exists with this `_id` already (first write wins), returns that one instead. */
  async append(decision: Decision): Promise<{ decision: Decision; created: boolean }> {
    try {
      // Cast, defaulted and validated by the schema as `create` would, then written in a batch.
      const doc = new this.decisions(decision);
      await doc.validate();
      await this.appends.insert(doc.toObject() as Decision);
      return { decision, created: true };
    } catch (err) {
      if ((err as { code?: number }).code !== DUPLICATE_KEY) throw err;
      const existing = await this.findById(decision._id);
      if (!existing) throw err;
      return { decision: existing, created: false };
    }
  }

  /**
   * The newest revision's first decision and the decision currently in force for it (the
   * latest re-review, or the first decision when there was none).
   */
  async latestRevision(commentId: string): Promise<{ first: Decision; current: Decision } | null> {
    const newest = await this.decisions.findOne({ commentId }, { revision: 1 }).sort({ revision: -1 }).lean<CommentItem>().exec();
    if (!newest) return null;
    const ofRevision = await this.decisions.find({ commentId, revision: newest.revision }).lean<Decision[]>().exec();
    const revision = newest.revision;
    const first = ofRevision.find((d) => d._id === `${commentId}:${revision}`);
    if (!first) return null;
    const current = ofRevision.reduce((a, b) => (new Date(b.decidedAt) > new Date(a.decidedAt) ? b : a));
    return { first, current };
  }

  /** Erases the worker's copies of a deleted comment's text. */
  async eraseBodies(commentId: string): Promise<number> {
    const res = await this.decisions.updateMany({ commentId }, { $set: { body: null } }).exec();
    return res.modifiedCount;
  }

  /** The last `limit` first decisions that still have their text, newest first (backtests). */
  async recentWithBodies(limit: number): Promise<Decision[]> {
    const docs = await this.decisions
      .find({ ...FIRST_DECISIONS, body: { $type: 'string' } })
      .sort({ decidedAt: -1 })
      .limit(limit)
      .lean<Decision[]>()
      .exec();
    return docs.filter((d) => typeof d.body === 'string');
  }

  /** Decisions with a statement of reasons decided at or after `since`, after the cursor position, oldest first. */
  async statementsSince(since: Date, after: { at: Date; id: string } | null, limit: number): Promise<Decision[]> {
    const filter: FilterQuery<Decision> = { statement: { $type: 'object' }, decidedAt: { $gte: since } };
    if (after) filter.$or = [{ decidedAt: { $gt: after.at } }, { decidedAt: after.at, _id: { $gt: after.id } }];
    return this.decisions
      .find(filter, { statement: 1, decidedAt: 1 })
      .sort({ decidedAt: 1, _id: 1 })
      .limit(limit)
      .lean<Decision[]>()
      .exec();
  }

  /**
   * Author history and spam signals the rules engine needs, from the author's recent first
   * decisions and the text's (read with historyFor). Other revisions of the comment
   * being decided are left out (an edit is not a repeat).
   */
  contextFrom(
    { author: recentAll, text: sameTextAll }: Pick<DecisionHistory, 'author' | 'text'>,
    authorId: string,
    now: Date,
    commentId?: string,
  ): Required<Pick<EvaluationContext, 'author' | 'recentByAuthor' | 'sameTextAuthors'>> {
    const since = new Date(now.getTime() - SPAM_WINDOW_MS);
    const sameText = sameTextAll.filter((d) => new Date(d.decidedAt) >= since);
    const recent = recentAll.filter((d) => d.commentId !== commentId);
    const approvedCount = recent.filter((d) => d.decision === 'approved').length;
    const rejectedCount = recent.filter((d) => d.decision === 'rejected').length;
    return {
      author: { approvedCount, rejectedCount, recentDecisions: recent.length, recentRejections: rejectedCount },
      recentByAuthor: recent
        .filter((d) => new Date(d.commentCreatedAt) >= since)
        .map((d) => ({ fingerprint: d.fingerprint, createdAt: new Date(d.commentCreatedAt) })),
      sameTextAuthors: new Set([...sameText.filter((d) => d.commentId !== commentId).map((d) => d.authorId), authorId]).size,
    };
  }
}
