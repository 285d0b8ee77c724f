import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';
import type { EvaluationContext } from '@parley/moderation-rules';
import { Decision } from './decision.schema';

const DUPLICATE_KEY = 11000;
const SPAM_WINDOW_MS = 60 * 60 * 1000;
/** First decisions of revisions (re-reviews after reports are further documents of the same revision). */
const FIRST_DECISIONS: FilterQuery<Decision> = { trigger: { $ne: 'reported' } };

/** Reads and appends to the decision log; the log is also the source of author history. */
@Injectable()
export class DecisionLogService {
  constructor(@InjectModel(Decision.name) private readonly decisions: Model<Decision>) {}

  find(commentId: string, revision: number): Promise<Decision | null> {
    return this.findById(`${commentId}:${revision}`);
  }

  findById(id: string): Promise<Decision | null> {
    return this.decisions.findById(id).lean<Decision>().exec();
  }

  /** Appends a decision; if one exists with this `_id` already, returns that one instead. */
  async append(decision: Decision): Promise<{ decision: Decision; created: boolean }> {
    try {
      await this.decisions.create(decision);
      return { decision, created: true };
    } catch (err) {
      if ((err as { code?: number }).code !== DUPLICATE_KEY) throw err;
      const existing = await this.findById(decision._id);
      if (!existing) throw err;
      return { decision: existing, created: false };
    }
  }

  /** Whether a revision newer than `revision` of this comment was decided already (a stale edit/submission). */
  async newerRevisionDecided(commentId: string, revision: number): Promise<boolean> {
    const newer = await this.decisions.findOne({ commentId, revision: { $gt: revision } }, { _id: 1 }).lean().exec();
    return !!newer;
  }

  /**
   * The newest revision's first decision and the decision currently in force for it (the
   * latest re-review, or the first decision when there was none).
   */
  async latestRevision(commentId: string): Promise<{ first: Decision; current: Decision } | null> {
    const all = await this.decisions.find({ commentId }).lean<Decision[]>().exec();
    if (!all.length) return null;
    const revision = Math.max(...all.map((d) => d.revision));
    const ofRevision = all.filter((d) => d.revision === revision);
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
   * decisions. Other revisions of the comment being decided are left out (an edit is not a repeat).
   */
  async contextFor(
    authorId: string,
    fingerprint: string,
    now: Date,
    commentId?: string,
  ): Promise<Required<Pick<EvaluationContext, 'author' | 'recentByAuthor' | 'sameTextAuthors'>>> {
    const since = new Date(now.getTime() - SPAM_WINDOW_MS);
    const [recentAll, sameText] = await Promise.all([
      this.decisions
        .find({ authorId, ...FIRST_DECISIONS }, { decision: 1, fingerprint: 1, commentCreatedAt: 1, commentId: 1 })
        .sort({ decidedAt: -1 })
        .limit(50)
        .lean<Decision[]>()
        .exec(),
      this.decisions
        .find({ fingerprint, decidedAt: { $gte: since }, ...FIRST_DECISIONS }, { authorId: 1, commentId: 1 })
        .sort({ decidedAt: -1 })
        .limit(200)
        .lean<Decision[]>()
        .exec(),
    ]);
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
