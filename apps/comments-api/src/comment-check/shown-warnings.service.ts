import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { Types } from 'mongoose';
import { AuthenticatedUser, ProblemException } from '@parley/platform';
import { CheckReason, CommentCheckService } from './comment-check.service';

/** A warning the widget showed before its writer chose "Post anyway", as moderators see it. */
export interface ShownWarning {
  commentId: string;
  decision: 'flagged' | 'rejected';
  reasons: CheckReason[];
  /** When the writer confirmed posting despite the warning. */
  shownAt: string;
}

interface ShownWarningDoc {
  _id: string;
  authorId: string;
  decision: 'flagged' | 'rejected';
  reasons: CheckReason[];
  shownAt: Date;
}

const notFound = (id: string) => new ProblemException(404, 'comment-not-found', 'Comment not found', `No comment with id ${id} by this author`);

/**
 * Records, beside a comment, the warning its writer was shown before posting it anyway
 * (collection `comment_shown_warnings`, `_id` = comment id). The warning is computed again here
 * from the stored body with the active rule set, so what moderators read is what the guidelines
 * say about the text that was posted, not what a client claims; a comment the check passes records nothing.
 */
@Injectable()
export class ShownWarningsService {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly checks: CommentCheckService,
  ) {}

  private get warnings() {
    return this.connection.collection<ShownWarningDoc>('comment_shown_warnings');
  }

  /** The author confirms posting despite the warning. Idempotent: a second call keeps the first record. */
  async record(commentId: string, author: AuthenticatedUser, caller: { authorization?: string; ip?: string } = {}): Promise<ShownWarning | null> {
    const comment = await this.connection
      .collection<{ _id: Types.ObjectId; authorId: string; body: string; deletedAt?: Date | null }>('comments')
      .findOne({ _id: new Types.ObjectId(commentId) }, { projection: { authorId: 1, body: 1, deletedAt: 1 } });
    if (!comment || comment.authorId !== author.id || comment.deletedAt) throw notFound(commentId);
    const result = await this.checks.check(comment.body, caller);
    if (result.decision === 'approved') return null;
    const doc: ShownWarningDoc = { _id: commentId, authorId: author.id, decision: result.decision, reasons: result.reasons, shownAt: new Date() };
    // an upsert that only inserts: the first confirmation is the one recorded
    await this.warnings.updateOne({ _id: commentId }, { $setOnInsert: doc }, { upsert: true });
    return this.find(commentId);
  }

  async find(commentId: string): Promise<ShownWarning | null> {
    const d = await this.warnings.findOne({ _id: commentId });
    return d ? { commentId: d._id, decision: d.decision, reasons: d.reasons, shownAt: d.shownAt.toISOString() } : null;
  }
}
