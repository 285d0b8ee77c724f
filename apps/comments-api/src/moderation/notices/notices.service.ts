import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CommentReportedV1, EventTypes, NoticeDecidedV1, Topics } from '@parley/contracts';
import { appendEvents, KafkaNames, OutboxRelay } from '@parley/messaging';
import { AuthenticatedUser, countMatching, ProblemException } from '@parley/platform';
import { AuditService } from '../audit/audit.service';
import { outboxEntry } from '../../common/outbox-entry';
import { TrustedFlaggerMark } from '../trusted-flaggers/trusted-flagger.schema';
import { TrustedFlaggersService } from '../trusted-flaggers/trusted-flaggers.service';
import { Notice, NoticeOutcome, ReportRef } from './notice.schema';

export const NOTICES_RELAY = 'NOTICES_OUTBOX_RELAY';

export interface NoticeView {
  id: string;
  commentId: string;
  articleId: string;
  authorId: string;
  reporterId: string | null;
  reporterEmail: string | null;
  explanation: string;
  receivedAt: string;
  trustedFlagger: TrustedFlaggerMark | null;
  status: 'open' | 'decided';
  outcome: NoticeOutcome | null;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export const toNoticeView = (n: Notice): NoticeView => ({
  id: n._id,
  commentId: n.commentId,
  articleId: n.articleId,
  authorId: n.authorId,
  reporterId: n.reporterId,
  reporterEmail: n.reporterEmail,
  explanation: n.explanation,
  receivedAt: new Date(n.receivedAt).toISOString(),
  trustedFlagger: n.trustedFlagger ?? null,
  status: n.status,
  outcome: n.outcome ?? null,
  reason: n.reason ?? null,
  decidedBy: n.decidedBy ?? null,
  decidedAt: n.decidedAt ? new Date(n.decidedAt).toISOString() : null,
});

const PROJECTION = { outbox: 0 };

@Injectable()
export class NoticesService {
  constructor(
    @InjectModel(Notice.name) private readonly notices: Model<Notice>,
    @InjectModel(ReportRef.name) private readonly reports: Model<ReportRef>,
    @Inject(NOTICES_RELAY) private readonly relay: OutboxRelay,
    private readonly names: KafkaNames,
    private readonly audit: AuditService,
    private readonly trustedFlaggers: TrustedFlaggersService,
  ) {}

  /** Opens a notice for an `illegal` report (idempotent by report id). Returns true when new. */
  async openFromReport(r: CommentReportedV1): Promise<boolean> {
    if (!r.illegalContentNotice) return false;
    const report = await this.reports.findById(r.reportId, { notice: 1 }).lean<ReportRef>().exec();
    const trusted = await this.trustedFlaggers.match(r.reporterId, report?.notice?.email);
    const res = await this.notices
      .updateOne(
        { _id: r.reportId },
        {
          $setOnInsert: {
            commentId: r.commentId,
            articleId: r.articleId,
            authorId: r.authorId,
            reporterId: r.reporterId,
            reporterEmail: report?.notice?.email ?? null,
            explanation: r.illegalContentNotice.explanation,
            receivedAt: new Date(r.reportedAt),
            trustedFlagger: trusted,
            priority: trusted ? 1 : 0,
            status: 'open',
            outcome: null,
            reason: null,
            decidedBy: null,
            decidedAt: null,
            outbox: [],
            outboxPending: false,
            outboxSeq: 0,
          },
        },
        { upsert: true },
      )
      .exec();
    if (res.upsertedCount) {
      await this.audit.record({ actor: r.reporterId, automated: false, action: 'notice.received', commentId: r.commentId, userId: r.authorId, after: { noticeId: r.reportId, status: 'open', trustedFlagger: trusted?.id ?? null } });
    }
    return res.upsertedCount > 0;
  }

  async get(id: string): Promise<Notice> {
    const n = await this.notices.findById(id, PROJECTION).lean<Notice>().exec();
    if (!n) throw new ProblemException(404, 'notice-not-found', 'Notice not found', `No notice with id ${id}`);
    return n;
  }

  async list(status: 'open' | 'decided' | undefined, commentId: string | undefined, limit: number, cursor?: string): Promise<{ items: NoticeView[]; nextCursor: string | null }> {
    const q: Record<string, unknown> = {};
    if (status) q.status = status;
    if (commentId) q.commentId = commentId;
    if (cursor) q._id = { $gt: Buffer.from(cursor, 'base64url').toString() };
    const rows = await this.notices.find(q, PROJECTION).sort({ _id: 1 }).limit(limit + 1).lean<Notice[]>().exec();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(toNoticeView), nextCursor: rows.length > limit && last ? Buffer.from(last._id).toString('base64url') : null };
  }

  countOpen(): Promise<number> {
    return countMatching(this.notices, { status: 'open' });
  }

  /** Whether any open notice on the comment comes from a trusted flagger (the statement's source). */
  async openFromTrustedFlagger(commentId: string): Promise<boolean> {
    return (await this.notices.countDocuments({ commentId, status: 'open', priority: { $gt: 0 } }).exec()) > 0;
  }

  async openIds(commentId: string): Promise<string[]> {
    const rows = await this.notices.find({ commentId, status: 'open' }, { _id: 1 }).lean<Array<{ _id: string }>>().exec();
    return rows.map((r) => r._id);
  }

  /** Decides one open notice and tells the notifier (outbox). False when already decided. */
  async resolve(id: string, outcome: NoticeOutcome, reason: string, by: AuthenticatedUser): Promise<boolean> {
    const n = await this.get(id);
    if (n.status !== 'open') return false;
    const decidedAt = new Date();
    const data: NoticeDecidedV1 = {
      noticeId: n._id,
      commentId: n.commentId,
      articleId: n.articleId,
      reporterId: n.reporterId,
      reporterEmail: n.reporterEmail,
      kind: 'legal',
      outcome,
      reason: reason.slice(0, 2000),
      decidedAt: decidedAt.toISOString(),
    };
    const ev = appendEvents([outboxEntry(this.names.topic(Topics.ModerationCases), n._id, EventTypes.NoticeDecided, data, decidedAt)]);
    const res = await this.notices
      .updateOne(
        { _id: id, status: 'open' },
        { $set: { status: 'decided', outcome, reason: data.reason, decidedBy: by.id, decidedAt, ...ev.set }, $push: ev.push, $inc: ev.inc },
      )
      .exec();
    if (!res.modifiedCount) return false;
    this.relay.kick();
    await this.audit.record({ actor: by.id, automated: false, action: 'notice.decide', commentId: n.commentId, userId: n.authorId, before: { status: 'open' }, after: { noticeId: id, outcome, reason: data.reason } });
    return true;
  }

  /** Decides every open notice on a comment (after a moderator's decision on it). */
  async resolveForComment(commentId: string, outcome: NoticeOutcome, reason: string, by: AuthenticatedUser): Promise<number> {
    let n = 0;
    for (const id of await this.openIds(commentId)) if (await this.resolve(id, outcome, reason, by)) n++;
    return n;
  }
}
