import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CommentDeletedV1, EventTypes, UserErasedV1 } from '@parley/contracts';
import { CommentsRepository } from '../comments/comments.repository';
import { CommentsService } from '../comments/comments.service';
import { publicAuthorId } from '../comments/public-author-id';
import { Comment } from '../comments/schemas/comment.schema';
import { AuditEntry } from '../moderation/audit/audit-entry.schema';
import { Appeal } from '../moderation/appeals/appeal.schema';
import { Notice } from '../moderation/notices/notice.schema';
import { UserAction, UserNote } from '../moderation/user-actions/user-action.schema';
import { MutedAuthor } from '../muted-authors/schemas/muted-author.schema';
import { Reaction } from '../reactions/schemas/reaction.schema';
import { Report } from '../reports/schemas/report.schema';
import { UserFlags } from '../restrictions/schemas/user-flags.schema';
import { UserRestriction } from '../restrictions/schemas/user-restriction.schema';
import { StatementRecord } from '../transparency/statement-record.schema';
import { UserBadges } from '../curation/schemas/user-badges.schema';

/** What an erased comment shows instead of its author's name. */
export const ERASED_AUTHOR_NAME = 'Deleted account';
/** Statuses whose deletion is announced with parley.comment.deleted.v1 (a consumer may have shown or be moderating it). */
const ANNOUNCED: ReadonlyArray<CommentDeletedV1['previousStatus']> = ['pending', 'approved', 'flagged', 'rejected'];

/**
 * comments-api's part of an account erasure (parley.user.erased.v1). Every step is a query by
 * the user id that the step itself makes match nothing any more (the id is replaced by the
 * pseudonym, or the document deleted), so a redelivered event or a run interrupted by a crash
 * and run again does what is left and nothing twice.
 *
 * - The user's comments: text, revisions and name erased, author id pseudonymised, status
 *   `deleted` (each through the comment's own conditional update, with its
 *   parley.comment.deleted.v1 event, counters kept right); one with approved replies by others
 *   stays in the thread as a placeholder.
 * - Replies by others keep their text; the parent author id stored on them is pseudonymised.
 * - Reactions are withdrawn (counts follow); reports and notices keep the fact with the
 *   reporter pseudonymised and their free text and email erased; mutes by and of the user go.
 * - Records kept for legal reasons (account decisions with their statements of reasons,
 *   appeals, DSA transparency statements) keep the fact under the pseudonym; the audit trail
 *   keeps each entry's action and time, not its content (before/after/note).
 * - Enforcement state (restriction, premoderation flag) and moderators' notes about the user go;
 *   badges an admin gave are emptied.
 */
@Injectable()
export class AccountDataEraser {
  private readonly logger = new Logger(AccountDataEraser.name);

  constructor(
    private readonly repository: CommentsRepository,
    private readonly comments: CommentsService,
    @InjectModel(Comment.name) private readonly commentModel: Model<Comment>,
    @InjectModel(Reaction.name) private readonly reactions: Model<Reaction>,
    @InjectModel(Report.name) private readonly reports: Model<Report>,
    @InjectModel(MutedAuthor.name) private readonly mutes: Model<MutedAuthor>,
    @InjectModel(AuditEntry.name) private readonly audit: Model<AuditEntry>,
    @InjectModel(Appeal.name) private readonly appeals: Model<Appeal>,
    @InjectModel(Notice.name) private readonly notices: Model<Notice>,
    @InjectModel(UserAction.name) private readonly actions: Model<UserAction>,
    @InjectModel(UserNote.name) private readonly notes: Model<UserNote>,
    @InjectModel(UserRestriction.name) private readonly restrictions: Model<UserRestriction>,
    @InjectModel(UserFlags.name) private readonly flags: Model<UserFlags>,
    @InjectModel(StatementRecord.name) private readonly statements: Model<StatementRecord>,
    @InjectModel(UserBadges.name) private readonly badges: Model<UserBadges>,
  ) {}

  async erase(e: UserErasedV1): Promise<Record<string, number>> {
    const { userId, pseudonym } = e;
    const now = new Date(e.erasedAt);
    const summary: Record<string, number> = { comments: 0 };

    // Comments, one conditional update each (batches of ids, until none is left).
    for (;;) {
      const ids = await this.commentModel.find({ authorId: userId }, { _id: 1 }).limit(200).lean<Array<{ _id: unknown }>>().exec();
      if (!ids.length) break;
      const before = summary.comments!;
      for (const { _id } of ids) {
        const id = String(_id);
        const done = await this.repository.change(id, null, (prev) => {
          if (prev.authorId !== userId) return null;
          const events = ANNOUNCED.includes(prev.status as CommentDeletedV1['previousStatus'])
            ? [
                this.comments.outboxEntry(
                  EventTypes.CommentDeleted,
                  id,
                  { commentId: id, revision: prev.revision, articleId: prev.articleId, authorId: pseudonym, previousStatus: prev.status as CommentDeletedV1['previousStatus'], deletedAt: now.toISOString() } satisfies CommentDeletedV1,
                  now,
                ),
              ]
            : [];
          const set: Record<string, unknown> = { authorId: pseudonym, authorName: ERASED_AUTHOR_NAME, authorBadges: [], body: '', history: [], erasedAt: now, featured: false };
          if (prev.status !== 'deleted') set.deletedAt = now;
          return { status: 'deleted', set, events };
        });
        if (done) summary.comments! += 1;
      }
      if (summary.comments === before) throw new Error(`account erasure ${e.erasureId}: no comment of the batch could be erased; retrying`);
    }
    const step = async (name: string, run: () => Promise<{ modifiedCount?: number; deletedCount?: number }>) => {
      const res = await run();
      summary[name] = (res.modifiedCount ?? 0) + (res.deletedCount ?? 0);
    };
    await step('repliesRelinked', () => this.commentModel.updateMany({ parentAuthorId: userId }, { $set: { parentAuthorId: pseudonym } }, { timestamps: false }).exec());
    // Reactions: each withdrawn with its count (the delete decides, so a count moves once).
    let reactions = 0;
    for (const r of await this.reactions.find({ userId }, { _id: 1, commentId: 1 }).lean<Array<Pick<Reaction, '_id' | 'commentId'>>>().exec()) {
      const res = await this.reactions.deleteOne({ _id: r._id }).exec();
      if (res.deletedCount) {
        await this.comments.addReactions(r.commentId, -1);
        reactions += 1;
      }
    }
    summary.reactions = reactions;
    // Reports: the email of a legal notice first (the next step stops matching by reporter).
    await step('reportNoticesErased', () => this.reports.updateMany({ reporterId: userId, notice: { $type: 'object' } }, { $set: { 'notice.email': '', 'notice.explanation': '' } }).exec());
    await step('reports', () => this.reports.updateMany({ reporterId: userId }, { $set: { reporterId: pseudonym, text: null } }).exec());
    await step('notices', () => this.notices.updateMany({ reporterId: userId }, { $set: { reporterId: pseudonym, reporterEmail: null, reporterName: null } }).exec());
    await step('noticesAbout', () => this.notices.updateMany({ authorId: userId }, { $set: { authorId: pseudonym } }).exec());
    await step('mutes', () => this.mutes.deleteMany({ userId }).exec());
    await step('mutedBy', () => this.mutes.deleteMany({ authorId: publicAuthorId(userId) }).exec());
    await step('appeals', () => this.appeals.updateMany({ appellantId: userId }, { $set: { appellantId: pseudonym, appellantEmail: null, explanation: '' } }).exec());
    await step('accountDecisions', () => this.actions.updateMany({ userId }, { $set: { userId: pseudonym } }).exec());
    await step('notes', () => this.notes.deleteMany({ userId }).exec());
    // Badges an admin gave: emptied, not deleted, so every replica notices (curation's badge cache).
    await step('badges', () => this.badges.updateMany({ _id: userId }, { $set: { badges: [], setBy: 'account-erasure', updatedAt: now } }).exec());
    await step('restrictions', () => this.restrictions.deleteMany({ _id: userId }).exec());
    await step('flags', () => this.flags.deleteMany({ _id: userId }).exec());
    await step('statements', () => this.statements.updateMany({ userId }, { $set: { userId: pseudonym } }).exec());
    await step('auditEntries', () => this.audit.updateMany({ userId }, { $set: { userId: pseudonym, before: null, after: null, note: null } }).exec());
    await step('auditActor', () => this.audit.updateMany({ actor: userId }, { $set: { actor: pseudonym, note: null } }).exec());
    this.logger.log({ erasureId: e.erasureId, pseudonym, ...summary }, 'account data erased');
    return summary;
  }
}
