import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import type { EvaluationContext } from '@parley/moderation-rules';
import { Decision } from './decision.schema';

const DUPLICATE_KEY = 11000;
const SPAM_WINDOW_MS = 60 * 60 * 1000;

/** Reads and appends to the decision log; the log is also the source of author history. */
@Injectable()
export class DecisionLogService {
  constructor(@InjectModel(Decision.name) private readonly decisions: Model<Decision>) {}

  find(commentId: string, revision: number): Promise<Decision | null> {
    return this.decisions.findById(`${commentId}:${revision}`).lean<Decision>().exec();
  }

  /** Appends a decision; if one exists for this revision already, returns that one instead. */
  async append(decision: Decision): Promise<{ decision: Decision; created: boolean }> {
    try {
      await this.decisions.create(decision);
      return { decision, created: true };
    } catch (err) {
      if ((err as { code?: number }).code !== DUPLICATE_KEY) throw err;
      const existing = await this.find(decision.commentId, decision.revision);
      if (!existing) throw err;
      return { decision: existing, created: false };
    }
  }

  /** Author history and spam signals the rules engine needs, from the author's recent decisions. */
  async contextFor(authorId: string, fingerprint: string, now: Date): Promise<Pick<EvaluationContext, 'author' | 'recentByAuthor' | 'sameTextAuthors'>> {
    const since = new Date(now.getTime() - SPAM_WINDOW_MS);
    const [recent, sameText] = await Promise.all([
      this.decisions
        .find({ authorId }, { decision: 1, fingerprint: 1, commentCreatedAt: 1 })
        .sort({ decidedAt: -1 })
        .limit(50)
        .lean<Decision[]>()
        .exec(),
      this.decisions
        .find({ fingerprint, decidedAt: { $gte: since } }, { authorId: 1 })
        .sort({ decidedAt: -1 })
        .limit(200)
        .lean<Decision[]>()
        .exec(),
    ]);
    const approvedCount = recent.filter((d) => d.decision === 'approved').length;
    const rejectedCount = recent.filter((d) => d.decision === 'rejected').length;
    return {
      author: { approvedCount, rejectedCount, recentDecisions: recent.length, recentRejections: rejectedCount },
      recentByAuthor: recent
        .filter((d) => d.commentCreatedAt >= since)
        .map((d) => ({ fingerprint: d.fingerprint, createdAt: d.commentCreatedAt })),
      sameTextAuthors: new Set([...sameText.map((d) => d.authorId), authorId]).size,
    };
  }
}
