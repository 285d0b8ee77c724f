import { SiteScope } from '../../sites/site-scope';
import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { CommentReportedV1, EventTypes, NoticeDecidedV1, NoticeReceivedV1, Topics } from '@parley/contracts';
import { noticeRedress } from '@parley/moderation-rules';
import { appendEvents, KafkaNames, OutboxRelay } from '@parley/messaging';
import { AuthenticatedUser, DEFAULT_SITE_ID, ProblemException, countMatching, hostArticleId } from '@parley/platform';
import { AuditService } from '../audit/audit.service';
import { CommentsApiConfig } from '../../config/comments-api.config';
import { mintNoticeComplaintToken } from './notice-complaint-token';
import { ModerationConfig } from '../shared/moderation.config';
import { outboxEntry } from '../../common/outbox-entry';
import type { LegalGround } from '../shared/statement';
import { appealDeadline } from '../shared/taxonomy';
import { TrustedFlaggerMark } from '../trusted-flaggers/trusted-flagger.schema';
import { TrustedFlaggersService } from '../trusted-flaggers/trusted-flaggers.service';
import { Notice, NoticeHistoryEntry, NoticeOutcome, ReportRef } from './notice.schema';

export const NOTICES_RELAY = 'NOTICES_OUTBOX_RELAY';

export interface NoticeView {
  id: string;
  commentId: string;
  commentIds: string[];
  locations: string[];
  channel: 'form' | 'report';
  reporterName: string | null;
  illegalContentType: string | null;
  legalGround: { law: string; explanation: string; illegalContentType: string } | null;
  /** Seconds since receipt (open notices), or from receipt to decision. */
  ageSeconds: number;
  history: Array<{ at: string; status: string; event: string; by: string | null; detail: string | null }>;
  notes: Array<{ id: string; by: string; at: string; text: string }>;
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
  commentIds: n.commentIds?.length ? n.commentIds : [n.commentId],
  locations: (n.items ?? []).map((i) => i.location),
  channel: n.channel ?? 'report',
  reporterName: n.reporterName ?? null,
  illegalContentType: n.illegalContentType ?? null,
  legalGround: n.legalGround ?? null,
  ageSeconds: Math.max(0, Math.round(((n.decidedAt ? new Date(n.decidedAt) : new Date()).getTime() - new Date(n.receivedAt).getTime()) / 1000)),
  history: (n.history ?? []).map((h) => ({ at: new Date(h.at).toISOString(), status: h.status, event: h.event, by: h.by ?? null, detail: h.detail ?? null })),
  notes: (n.notes ?? []).map((x) => ({ id: x.id, by: x.by, at: new Date(x.at).toISOString(), text: x.text })),
  articleId: hostArticleId(n.articleId),
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
    private readonly sites: SiteScope,
    @InjectModel(ReportRef.name) private readonly reports: Model<ReportRef>,
    @Inject(NOTICES_RELAY) private readonly relay: OutboxRelay,
    private readonly names: KafkaNames,
    private readonly audit: AuditService,
    private readonly config: ModerationConfig,
    private readonly trustedFlaggers: TrustedFlaggersService,
    @Inject(CommentsApiConfig) private readonly apiConfig: CommentsApiConfig,
  ) {}

  /** A notice from the public form (any sender, several comments). Writes the receipt event with it. */
  async receive(input: {
    items: Array<{ commentId: string; articleId: string; authorId: string; location: string }>;
    reporterId: string | null;
    reporterName: string;
    reporterEmail: string;
    explanation: string;
    illegalContentType: string;
    senderKey: string;
  }): Promise<Notice> {
    const id = `ntc_${randomUUID()}`;
    const receivedAt = new Date();
    const commentIds = input.items.map((i) => i.commentId);
    const data: NoticeReceivedV1 = {
      noticeId: id,
      commentIds,
      reporterId: input.reporterId,
      reporterEmail: input.reporterEmail,
      reporterName: input.reporterName,
      illegalContentType: input.illegalContentType,
      receivedAt: receivedAt.toISOString(),
    };
    const ev = outboxEntry(this.names.topic(Topics.ModerationCases), id, EventTypes.NoticeReceived, data, receivedAt);
    const first = input.items[0];
    await this.notices.create({
      _id: id,
      commentId: first.commentId,
      commentIds,
      items: input.items,
      articleId: first.articleId,
      authorId: first.authorId,
      reporterId: input.reporterId,
      reporterEmail: input.reporterEmail,
      reporterName: input.reporterName,
      channel: 'form',
      illegalContentType: input.illegalContentType,
      explanation: input.explanation,
      senderKey: input.senderKey,
      receivedAt,
      status: 'open',
      outcome: null,
      reason: null,
      legalGround: null,
      decidedBy: null,
      decidedAt: null,
      history: [{ at: receivedAt, status: 'open', event: 'received', by: input.reporterId, detail: `Notice received naming ${commentIds.length} comment(s)` }],
      notes: [],
      outbox: [ev],
      outboxPending: true,
      outboxSeq: 1,
    });
    this.relay.kick();
    for (const item of input.items) {
      await this.audit.record({ actor: input.reporterId ?? 'anonymous', automated: false, action: 'notice.received', commentId: item.commentId, userId: item.authorId, after: { noticeId: id, status: 'open', channel: 'form' } });
    }
    return this.get(id);
  }

  /** Notices received in the last hour from one sender address and to one e-mail (rate limits). */
  async recentBySender(senderKey: string, email: string, since: Date): Promise<{ byAddress: number; byEmail: number }> {
    const [byAddress, byEmail] = await Promise.all([
      countMatching(this.notices, { senderKey, receivedAt: { $gt: since } }),
      countMatching(this.notices, { reporterEmail: email, receivedAt: { $gt: since } }),
    ]);
    return { byAddress, byEmail };
  }

  /** A moderator's note on a notice (kept in its history). */
  async addNote(id: string, text: string, by: AuthenticatedUser): Promise<Notice> {
    const n = await this.get(id);
    const at = new Date();
    const note = { id: randomUUID(), by: by.id, at, text };
    const entry: NoticeHistoryEntry = { at, status: n.status, event: 'note', by: by.id, detail: null };
    await this.notices.updateOne({ _id: id }, { $push: { notes: note, history: entry } }).exec();
    await this.audit.record({ actor: by.id, automated: false, action: 'notice.note', commentId: n.commentId, userId: n.authorId, after: { noticeId: id, noteId: note.id } });
    return this.get(id);
  }

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
            commentIds: [r.commentId],
            channel: 'report',
            explanation: r.illegalContentNotice.explanation,
            receivedAt: new Date(r.reportedAt),
            history: [{ at: new Date(r.reportedAt), status: 'open', event: 'received', by: r.reporterId, detail: 'Notice received with a reader report' }],
            notes: [],
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

  async list(status: 'open' | 'decided' | undefined, commentId: string | undefined, limit: number, cursor?: string, site: string = DEFAULT_SITE_ID): Promise<{ items: NoticeView[]; nextCursor: string | null }> {
    const q: Record<string, unknown> = { ...this.sites.articleFilter(site) };
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
    const rows = await this.notices.find({ commentId, status: 'open' }, { _id: 1, commentIds: 1 }).lean<Array<{ _id: string; commentIds?: string[] }>>().exec();
    return rows.map((r) => r._id);
  }

  /** Open notices naming only this comment: a decision on the comment decides them. */
  private async singleCommentOpenIds(commentId: string): Promise<string[]> {
    const rows = await this.notices.find({ commentId, status: 'open' }, { _id: 1, commentIds: 1 }).lean<Array<{ _id: string; commentIds?: string[] }>>().exec();
    return rows.filter((r) => (r.commentIds?.length ?? 1) <= 1).map((r) => r._id);
  }

  /** Decides one open notice and tells the notifier (outbox). False when already decided. */
  async resolve(id: string, outcome: NoticeOutcome, reason: string, by: AuthenticatedUser, legalGround: LegalGround | null = null): Promise<boolean> {
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
      commentIds: n.commentIds?.length ? n.commentIds : [n.commentId],
      legalGround: legalGround ? { law: legalGround.law, explanation: legalGround.explanation, illegalContentType: legalGround.illegalContentType } : null,
      // The notifier may contest the decision (Art. 20(1)) and has the out-of-court and judicial routes.
      redress: noticeRedress(this.config.dsa, { available: true, deadline: appealDeadline(decidedAt), commentId: n.commentId }),
    };
    // "No action" can be contested without an account: the link carries a capability for this notice and address.
    const complaintUrl = this.complaintUrl(n, outcome, decidedAt);
    if (complaintUrl && data.redress) data.redress.internalComplaint.url = complaintUrl;
    const entry: NoticeHistoryEntry = { at: decidedAt, status: 'decided', event: 'decided', by: by.id, detail: `${outcome}: ${data.reason}`.slice(0, 2000) };
    const ev = appendEvents([outboxEntry(this.names.topic(Topics.ModerationCases), n._id, EventTypes.NoticeDecided, data, decidedAt)]);
    const res = await this.notices
      .updateOne(
        { _id: id, status: 'open' },
        { $set: { status: 'decided', outcome, reason: data.reason, legalGround: data.legalGround, decidedBy: by.id, decidedAt, ...ev.set }, $push: { ...ev.push, history: entry }, $inc: ev.inc },
      )
      .exec();
    if (!res.modifiedCount) return false;
    this.relay.kick();
    await this.audit.record({ actor: by.id, automated: false, action: 'notice.decide', commentId: n.commentId, userId: n.authorId, before: { status: 'open' }, after: { noticeId: id, outcome, reason: data.reason } });
    return true;
  }

  /** The signed complaint link for a notifier told "no action" by e-mail (valid until the complaint window closes). */
  private complaintUrl(n: Notice, outcome: NoticeOutcome, decidedAt: Date): string | null {
    if (outcome !== 'no-action' || !n.reporterEmail) return null;
    const token = mintNoticeComplaintToken(this.apiConfig.NOTICE_COMPLAINT_SECRET, n._id, n.reporterEmail, appealDeadline(decidedAt));
    return this.apiConfig.NOTICE_COMPLAINT_URL.replace('{noticeId}', encodeURIComponent(n._id)).replace('{token}', encodeURIComponent(token));
  }

  /** Decides every open notice on a comment (after a moderator's decision on it). */
  async resolveForComment(commentId: string, outcome: NoticeOutcome, reason: string, by: AuthenticatedUser, legalGround: LegalGround | null = null): Promise<number> {
    let n = 0;
    for (const id of await this.singleCommentOpenIds(commentId)) if (await this.resolve(id, outcome, reason, by, legalGround)) n++;
    return n;
  }
}
