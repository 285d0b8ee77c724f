import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Comment } from '../comments/schemas/comment.schema';
import { Appeal } from '../moderation/appeals/appeal.schema';
import { toActionView } from '../moderation/user-actions/user-actions.service';
import { UserAction } from '../moderation/user-actions/user-action.schema';
import { MutedAuthor } from '../muted-authors/schemas/muted-author.schema';
import { Reaction } from '../reactions/schemas/reaction.schema';
import { Report } from '../reports/schemas/report.schema';
import { AccountErasure } from './account-erasure.schema';
import { UserBadges } from '../curation/schemas/user-badges.schema';
import { toErasureView } from './account-erasure.service';

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

/** Where the rest of a user's data is exported (notifications owns its own). */
export const OTHER_EXPORT_PARTS = {
  notifications: { self: '/v1/me/notifications/export', admin: '/v1/admin/notification-data/{userId}' },
} as const;

/**
 * Everything comments-api holds about one user (GDPR Art. 15 and 20), as JSON: their comments in
 * every status with every revision, reactions, reports and notices they made, authors they
 * muted, badges an admin gave them, decisions on their account with the statements of reasons,
 * complaints they filed, and their erasure request. What notifications holds is exported by notifications (OTHER_EXPORT_PARTS).
 */
@Injectable()
export class AccountDataExport {
  constructor(
    @InjectModel(Comment.name) private readonly comments: Model<Comment>,
    @InjectModel(Reaction.name) private readonly reactions: Model<Reaction>,
    @InjectModel(Report.name) private readonly reports: Model<Report>,
    @InjectModel(MutedAuthor.name) private readonly mutes: Model<MutedAuthor>,
    @InjectModel(UserAction.name) private readonly actions: Model<UserAction>,
    @InjectModel(Appeal.name) private readonly appeals: Model<Appeal>,
    @InjectModel(AccountErasure.name) private readonly erasures: Model<AccountErasure>,
    @InjectModel(UserBadges.name) private readonly badges: Model<UserBadges>,
  ) {}

  async export(userId: string) {
    const [comments, reactions, reports, mutes, actions, appeals, erasure, badges] = await Promise.all([
      this.comments.find({ authorId: userId }, { outbox: 0, writeId: 0 }).sort({ _id: 1 }).lean<Comment[]>().exec(),
      this.reactions.find({ userId }).sort({ _id: 1 }).lean<Reaction[]>().exec(),
      this.reports.find({ reporterId: userId }).sort({ _id: 1 }).lean<Array<Report & { createdAt?: Date }>>().exec(),
      this.mutes.find({ userId }).sort({ mutedAt: 1 }).lean<MutedAuthor[]>().exec(),
      this.actions.find({ userId }, { outbox: 0 }).sort({ issuedAt: 1 }).lean<UserAction[]>().exec(),
      this.appeals.find({ appellantId: userId }, { outbox: 0 }).sort({ createdAt: 1 }).lean<Appeal[]>().exec(),
      this.erasures.findById(userId, { outbox: 0 }).lean<AccountErasure>().exec(),
      this.badges.findById(userId).lean<UserBadges>().exec(),
    ]);
    return {
      format: 'parley.account-export.v1',
      generatedAt: new Date().toISOString(),
      userId,
      comments: comments.map((c) => ({
        id: String(c._id),
        articleId: c.articleId,
        parentId: c.parentId ?? null,
        authorName: c.authorName,
        authorBadges: c.authorBadges ?? [],
        status: c.status,
        createdAt: iso(c.createdAt),
        editedAt: iso(c.editedAt),
        deletedAt: iso(c.deletedAt),
        replyCount: Math.max(0, c.replyCount ?? 0),
        reactionCount: Math.max(0, c.reactionCount ?? 0),
        reasons: (c.reasons ?? []).map(({ ruleId, category, message }) => ({ ruleId, category, message })),
        statement: c.authorStatement ?? null,
        revisions: [
          ...(c.history ?? []).map((h) => ({ revision: h.revision, body: h.body, at: iso(h.at), status: h.status })),
          { revision: c.revision, body: c.body, at: iso(c.editedAt ?? c.createdAt), status: c.status },
        ],
      })),
      reactions: reactions.map((r) => ({ commentId: r.commentId, createdAt: iso(r.createdAt) })),
      reports: reports.map((r) => ({ id: r._id, commentId: r.commentId, articleId: r.articleId, reason: r.reason, text: r.text ?? null, notice: r.notice ?? null, createdAt: iso(r.createdAt) })),
      mutedAuthors: mutes.map((m) => ({ authorId: m.authorId, authorName: m.authorName ?? null, mutedAt: iso(m.mutedAt) })),
      accountDecisions: actions.map(toActionView),
      complaints: appeals.map((a) => ({
        id: a._id,
        subject: a.subject,
        commentId: a.commentId ?? null,
        noticeId: a.noticeId ?? null,
        explanation: a.explanation,
        status: a.status,
        outcome: a.outcome ?? null,
        reason: a.reason ?? null,
        createdAt: iso(a.createdAt),
        decidedAt: iso(a.decidedAt),
      })),
      badges: badges?.badges ?? [],
      erasure: erasure ? toErasureView(erasure) : null,
    };
  }
}
