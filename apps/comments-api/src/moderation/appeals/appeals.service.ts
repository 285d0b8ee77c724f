import { SiteScope } from '../../sites/site-scope';
import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AppealDecidedV2, EventTypes, QueueItemAddedV1, Topics } from '@parley/contracts';
import { appendEvents, KafkaNames, OutboxEntry, OutboxRelay } from '@parley/messaging';
import { redressInformation } from '@parley/moderation-rules';
import { AuthenticatedUser, DEFAULT_SITE_ID, ProblemException, hostArticleId } from '@parley/platform';
import { AuditService } from '../audit/audit.service';
import { assertLegalGround, DecisionsService } from '../decisions/decisions.service';
import { commentNotFound } from '../../comments/comment-transitions';
import { CommentsRepository } from '../../comments/comments.repository';
import { NoticesService } from '../notices/notices.service';
import { ModerationConfig } from '../shared/moderation.config';
import { outboxEntry } from '../../common/outbox-entry';
import { appealDeadline, ReasonCode } from '../shared/taxonomy';
import type { LegalGround } from '../shared/statement';
import { UserActionsService } from '../user-actions/user-actions.service';
import { MisuseService } from '../misuse/misuse.service';
import { Appeal, AppealOutcome, AppealSubject } from './appeal.schema';
import { complaintMetrics } from './complaint-metrics';
import { CommentsApiConfig } from '../../config/comments-api.config';
import { checkNoticeComplaintToken } from '../notices/notice-complaint-token';
import { publicAuthorId } from '../../comments/public-author-id';
import { ReportOutcomesService } from '../report-outcomes/report-outcomes.service';

export const APPEALS_RELAY = 'APPEALS_OUTBOX_RELAY';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

export const toAppealView = (a: Appeal) => ({
  id: a._id,
  subject: a.subject ?? 'comment',
  appellantRole: a.appellantRole ?? 'author',
  commentId: a.commentId ?? null,
  revision: a.revision ?? null,
  articleId: a.articleId ? hostArticleId(a.articleId) : null,
  sanctionId: a.sanctionId ?? null,
  sanctionKind: a.sanctionKind ?? null,
  noticeId: a.noticeId ?? null,
  appellantId: a.appellantId,
  explanation: a.explanation,
  originalStatus: a.originalStatus,
  originalDecidedBy: a.originalDecidedBy,
  originalDecidedAt: iso(a.originalDecidedAt),
  informedAt: iso(a.informedAt),
  appealDeadline: iso(appealDeadline(new Date(a.informedAt ?? a.originalDecidedAt ?? a.createdAt))),
  createdAt: new Date(a.createdAt).toISOString(),
  status: a.status,
  outcome: a.outcome ?? null,
  reason: a.reason ?? null,
  decidedBy: a.decidedBy ?? null,
  decidedAt: iso(a.decidedAt),
  timeToDecideSeconds: a.timeToDecideMs == null ? null : Math.round(a.timeToDecideMs / 1000),
  manifestlyUnfounded: !!a.manifestlyUnfounded,
});
export type AppealView = ReturnType<typeof toAppealView>;

const isDuplicateKey = (err: unknown) => (err as { code?: number })?.code === 11000;

/** What a new complaint is about (read from the decision it contests). */
interface ComplaintTarget {
  id: string;
  subject: AppealSubject;
  appellantRole: 'author' | 'notifier';
  commentId: string | null;
  revision: number | null;
  articleId: string | null;
  sanctionId: string | null;
  sanctionKind: string | null;
  noticeId: string | null;
  originalStatus: string;
  originalDecidedBy: string;
  originalDecidedAt: Date;
  informedAt: Date;
}

export interface AppealDecisionInput {
  outcome: AppealOutcome;
  reason: string;
  /** Notice complaints overturned: the reason code of the removal that follows. */
  reasonCode?: ReasonCode;
  /** With reasonCode `illegal_content`: the legal ground of that removal. */
  legalGround?: LegalGround;
  /** Art. 23: an upheld complaint found manifestly unfounded. */
  manifestlyUnfounded?: boolean;
}

/**
 * Complaints against moderation decisions (DSA Art. 20), called appeals in the API. The author
 * of a rejected or removed comment, the user whose account was banned, suspended or premoderated,
 * and the notifier whose notice was decided "no action" may complain within six months of being
 * informed of the decision. A moderator other than the one who decided reviews it, with reasons;
 * overturning reverses the decision through the normal flow (a restore decision, the lifting of
 * the restriction, or a removal after the notice); the appellant is told the outcome with the
 * Art. 21 redress information (parley.appeal.decided.v2 from the appeal's outbox). The time to
 * decide is stored and observed in a histogram.
 */
@Injectable()
export class AppealsService {
  constructor(
    @InjectModel(Appeal.name) private readonly appeals: Model<Appeal>,
    private readonly sites: SiteScope,
    @Inject(APPEALS_RELAY) private readonly relay: OutboxRelay,
    private readonly names: KafkaNames,
    private readonly store: CommentsRepository,
    private readonly decisions: DecisionsService,
    private readonly notices: NoticesService,
    private readonly users: UserActionsService,
    private readonly audit: AuditService,
    private readonly config: ModerationConfig,
    private readonly misuse: MisuseService,
    @Inject(CommentsApiConfig) private readonly apiConfig: CommentsApiConfig,
    private readonly reportOutcomes: ReportOutcomesService,
  ) {}

  /** The author against the rejection or removal of their comment. */
  async createForComment(commentId: string, explanation: string, author: AuthenticatedUser): Promise<AppealView> {
    const c = await this.store.load(commentId);
    if (!c || c.authorId !== author.id) throw commentNotFound(commentId);
    if (c.status !== 'rejected' && c.status !== 'removed') {
      throw new ProblemException(409, 'not-appealable', 'Nothing to appeal', `Only a rejected or removed comment can be appealed; this one is ${c.status}`, { currentStatus: c.status });
    }
    // The author is told in the same write as the decision (the comment's outbox), so the decision time is when they were informed.
    const decidedAt = c.decidedAt ? new Date(c.decidedAt) : new Date(c.createdAt);
    return this.open(
      {
        id: `${commentId}:${c.revision}`,
        subject: 'comment',
        appellantRole: 'author',
        commentId,
        revision: c.revision,
        articleId: c.articleId,
        sanctionId: null,
        sanctionKind: null,
        noticeId: null,
        originalStatus: c.status,
        originalDecidedBy: c.modDecidedBy ?? 'system',
        originalDecidedAt: decidedAt,
        informedAt: decidedAt,
      },
      explanation,
      author,
    );
  }

  /** The user against a ban, suspension or premoderation of their account. */
  async createForAccount(sanctionId: string, explanation: string, user: AuthenticatedUser): Promise<AppealView> {
    const action = await this.users.findAction(sanctionId);
    if (!action || action.userId !== user.id) throw new ProblemException(404, 'account-decision-not-found', 'Account decision not found', `You have no account decision ${sanctionId}`);
    if (!['ban', 'suspend', 'premoderate'].includes(action.kind)) {
      throw new ProblemException(409, 'not-appealable', 'Nothing to appeal', `A ${action.kind} restricts nothing; only a ban, suspension or premoderation can be appealed`, { kind: action.kind });
    }
    if (action.liftedAt) throw new ProblemException(409, 'not-appealable', 'Nothing to appeal', `This ${action.kind} was lifted on ${new Date(action.liftedAt).toISOString()}`, { liftedAt: new Date(action.liftedAt).toISOString() });
    return this.open(
      {
        id: `account:${sanctionId}`,
        subject: 'account',
        appellantRole: 'author',
        commentId: null,
        revision: null,
        articleId: null,
        sanctionId,
        sanctionKind: action.kind,
        noticeId: null,
        originalStatus: action.kind,
        originalDecidedBy: action.issuedBy,
        originalDecidedAt: new Date(action.issuedAt),
        informedAt: new Date(action.informedAt ?? action.issuedAt),
      },
      explanation,
      user,
    );
  }

  /** The notifier against "no action" on their notice. */
  async createForNotice(noticeId: string, explanation: string, user: AuthenticatedUser): Promise<AppealView> {
    const n = await this.notices.get(noticeId).catch((err) => {
      if (err instanceof ProblemException && err.status === 404) return null;
      throw err;
    });
    if (!n || n.reporterId !== user.id) throw new ProblemException(404, 'notice-not-found', 'Notice not found', `You sent no notice ${noticeId}`);
    return this.openForNotice(n, explanation, user, null, null);
  }

  /**
   * The notifier without an account against "no action" on their notice, with the signed link
   * from the decision e-mail: the token proves they hold the address the notice came from.
   */
  async createForNoticeWithToken(noticeId: string, token: string, explanation: string, senderKey: string): Promise<AppealView> {
    const n = await this.notices.get(noticeId).catch((err) => {
      if (err instanceof ProblemException && err.status === 404) return null;
      throw err;
    });
    const check = n?.reporterEmail ? checkNoticeComplaintToken(this.apiConfig.NOTICE_COMPLAINT_SECRET, token, noticeId, n.reporterEmail) : ({ ok: false, reason: 'forged' } as const);
    if (!check.ok && check.reason === 'expired') {
      throw new ProblemException(410, 'complaint-link-expired', 'Complaint link expired', `Decisions can be contested within six months of being informed of them; this link worked until ${check.expiresAt!.toISOString()}`, { appealDeadline: check.expiresAt!.toISOString() });
    }
    if (!check.ok || !n) throw new ProblemException(403, 'invalid-complaint-token', 'Invalid complaint link', 'The token is not valid for this notice; use the link from the e-mail that told you the decision');
    const since = new Date(Date.now() - 3600_000);
    if ((await this.appeals.countDocuments({ senderKey, createdAt: { $gt: since } }).exec()) >= this.config.notices.perHourPerAddress) {
      throw new ProblemException(429, 'rate-limited', 'Too Many Requests', `At most ${this.config.notices.perHourPerAddress} complaints per network address per hour; retry later`, { retryAfter: 3600 }, { 'Retry-After': '3600' });
    }
    // A notifier with an account is the same appellant whichever way they complain; otherwise a pseudonym of the address.
    const appellantId = n.reporterId ?? publicAuthorId(`notifier-email:${n.reporterEmail}`);
    return this.openForNotice(n, explanation, { id: appellantId } as AuthenticatedUser, n.reporterId ? null : n.reporterEmail, senderKey);
  }

  /**
   * A reader against "no action" on their report of a comment (not an Art. 16 notice): Art. 20(1)
   * opens the complaint system to recipients against decisions whether or not to restrict content,
   * and the reporter is one. Accepted within six months of being told the decision.
   */
  async createForReport(commentId: string, explanation: string, user: AuthenticatedUser): Promise<AppealView> {
    const r = await this.reportOutcomes.findForReporter(commentId, user.id);
    if (!r) throw new ProblemException(404, 'report-not-found', 'Report not found', `You have not reported comment ${commentId}`);
    if (r.notice) {
      throw new ProblemException(409, 'not-appealable', 'Contest the notice instead', `Your report of comment ${commentId} is a notice of illegal content; contest its decision with POST /v1/me/notices/${r._id}/appeals`, { noticeId: r._id });
    }
    if (!r.decision) throw new ProblemException(409, 'not-appealable', 'Nothing to appeal', 'Your report has not been decided yet', { reportStatus: 'open' });
    return this.open(
      {
        id: `report:${r._id}`,
        subject: 'report',
        appellantRole: 'notifier',
        commentId,
        revision: null,
        articleId: r.articleId,
        sanctionId: null,
        sanctionKind: null,
        noticeId: r._id,
        originalStatus: r.decision.outcome,
        originalDecidedBy: r.decision.decidedBy,
        originalDecidedAt: new Date(r.decision.decidedAt),
        informedAt: new Date(r.decision.informedAt),
      },
      explanation,
      user,
    );
  }

  private async openForNotice(n: Awaited<ReturnType<NoticesService['get']>>, explanation: string, user: AuthenticatedUser, appellantEmail: string | null, senderKey: string | null): Promise<AppealView> {
    const noticeId = n._id;
    if (n.status !== 'decided' || n.outcome !== 'no-action') {
      throw new ProblemException(409, 'not-appealable', 'Nothing to appeal', n.status !== 'decided' ? 'This notice has not been decided yet' : 'Action was taken on this notice', { noticeStatus: n.status, noticeOutcome: n.outcome ?? null });
    }
    // The notifier is told in the same write as the notice decision (the notice's outbox).
    const decidedAt = new Date(n.decidedAt!);
    return this.open(
      {
        id: `notice:${noticeId}`,
        subject: 'notice',
        appellantRole: 'notifier',
        commentId: n.commentId,
        revision: null,
        articleId: n.articleId,
        sanctionId: null,
        sanctionKind: null,
        noticeId,
        originalStatus: 'no-action',
        originalDecidedBy: n.decidedBy ?? 'system',
        originalDecidedAt: decidedAt,
        informedAt: decidedAt,
      },
      explanation,
      user,
      { appellantEmail, senderKey },
    );
  }

  private async open(t: ComplaintTarget, explanation: string, appellant: AuthenticatedUser, anonymous: { appellantEmail: string | null; senderKey: string | null } = { appellantEmail: null, senderKey: null }): Promise<AppealView> {
    await this.misuse.assertMayNotify(appellant.id);
    const now = new Date();
    const deadline = appealDeadline(t.informedAt);
    if (deadline <= now) {
      throw new ProblemException(409, 'appeal-window-closed', 'Too late to appeal', `Decisions can be appealed within six months of being informed of them; you were informed of this one on ${t.informedAt.toISOString()}, so until ${deadline.toISOString()}`, {
        informedAt: t.informedAt.toISOString(),
        appealDeadline: deadline.toISOString(),
      });
    }
    const events: OutboxEntry[] = [];
    if (t.commentId && t.articleId) {
      const item: QueueItemAddedV1 = { queue: 'appeals', commentId: t.commentId, articleId: t.articleId, reason: explanation.slice(0, 2000), addedAt: now.toISOString() };
      events.push(outboxEntry(this.names.topic(Topics.ModerationCases), t.commentId, EventTypes.QueueItemAdded, item, now));
    }
    try {
      await this.appeals.create({
        _id: t.id,
        subject: t.subject,
        appellantRole: t.appellantRole,
        commentId: t.commentId,
        revision: t.revision,
        articleId: t.articleId,
        sanctionId: t.sanctionId,
        sanctionKind: t.sanctionKind,
        noticeId: t.noticeId,
        appellantId: appellant.id,
        appellantEmail: anonymous.appellantEmail,
        senderKey: anonymous.senderKey,
        explanation,
        originalStatus: t.originalStatus,
        originalDecidedBy: t.originalDecidedBy,
        originalDecidedAt: t.originalDecidedAt,
        informedAt: t.informedAt,
        createdAt: now,
        status: 'open',
        outbox: events,
        outboxPending: events.length > 0,
        outboxSeq: events.length,
      });
    } catch (err) {
      if (isDuplicateKey(err)) throw new ProblemException(409, 'already-appealed', 'Already appealed', 'This decision has already been appealed');
      throw err;
    }
    if (events.length) this.relay.kick();
    await this.audit.record({ actor: appellant.id, automated: false, action: 'appeal.create', commentId: t.commentId ?? undefined, userId: appellant.id, after: { appealId: t.id, subject: t.subject, status: 'open' } });
    return toAppealView(await this.get(t.id));
  }

  async mine(user: AuthenticatedUser) {
    const rows = await this.appeals.find({ appellantId: user.id }, { outbox: 0 }).sort({ createdAt: -1 }).limit(100).lean<Appeal[]>().exec();
    return { items: rows.map(toAppealView) };
  }

  async list(status: 'open' | 'decided' | undefined, limit: number, cursor?: string, site: string = DEFAULT_SITE_ID) {
    // Account complaints have no article: they are listed on the default site.
    const q: Record<string, unknown> = { ...(status ? { status } : {}), ...this.sites.articleFilter(site) };
    if (cursor) q._id = { $gt: Buffer.from(cursor, 'base64url').toString() };
    const rows = await this.appeals.find(q, { outbox: 0 }).sort({ _id: 1 }).limit(limit + 1).lean<Appeal[]>().exec();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(toAppealView), nextCursor: rows.length > limit && last ? Buffer.from(last._id).toString('base64url') : null };
  }

  async get(id: string): Promise<Appeal> {
    const a = await this.appeals.findById(id, { outbox: 0 }).lean<Appeal>().exec();
    if (!a) throw new ProblemException(404, 'appeal-not-found', 'Appeal not found', `No appeal with id ${id}`);
    return a;
  }

  async decide(id: string, input: AppealDecisionInput, mod: AuthenticatedUser) {
    const a = await this.get(id);
    const subject = a.subject ?? 'comment';
    if (a.status !== 'open') throw new ProblemException(409, 'appeal-decided', 'Appeal already decided', `Appeal ${id} was decided`);
    if (a.originalDecidedBy === mod.id) {
      throw new ProblemException(403, 'same-moderator', 'Decided by you', 'An appeal must be reviewed by a moderator other than the one who made the original decision');
    }
    if (a.appellantId === mod.id) throw new ProblemException(403, 'own-appeal', 'Your own appeal', 'You cannot decide your own appeal');
    if (input.manifestlyUnfounded && input.outcome !== 'upheld') {
      throw new ProblemException(400, 'bad-request', 'Bad Request', 'Only an upheld appeal can be manifestly unfounded', { errors: [{ field: 'manifestlyUnfounded', message: 'is only accepted with outcome upheld' }] });
    }
    if (input.reasonCode && !((subject === 'notice' || subject === 'report') && input.outcome === 'overturned')) {
      throw new ProblemException(400, 'bad-request', 'Bad Request', 'reasonCode is only for overturning a notice or report decision', { errors: [{ field: 'reasonCode', message: 'is only accepted when overturning a notice or report decided "no action"' }] });
    }
    if (input.legalGround && !input.reasonCode) {
      throw new ProblemException(400, 'bad-request', 'Bad Request', 'legalGround is only for overturning a notice decision with reasonCode illegal_content', { errors: [{ field: 'legalGround', message: 'is only accepted with a reasonCode' }] });
    }
        let reversal: Record<string, unknown> | null = null;
    if (input.outcome === 'overturned') reversal = await this.reverse(a, input, mod);
    const decidedAt = new Date();
    const receivedAt = new Date(a.createdAt);
    const timeToDecideMs = Math.max(0, decidedAt.getTime() - receivedAt.getTime());
    const data: AppealDecidedV2 = {
      appealId: id,
      subject,
      appellantRole: a.appellantRole ?? 'author',
      appellantId: a.appellantId,
      ...(a.appellantEmail ? { appellantEmail: a.appellantEmail } : {}),
      commentId: a.commentId ?? null,
      articleId: a.articleId ?? null,
      sanctionId: a.sanctionId ?? null,
      noticeId: a.noticeId ?? null,
      outcome: input.outcome,
      reason: input.reason.slice(0, 2000),
      decidedBy: mod.id,
      receivedAt: receivedAt.toISOString(),
      decidedAt: decidedAt.toISOString(),
      redress: redressInformation(this.config.redress),
    };
    const ev = appendEvents([outboxEntry(this.names.topic(Topics.ModerationCases), id, EventTypes.AppealDecidedV2, data, decidedAt)]);
    const res = await this.appeals
      .updateOne(
        { _id: id, status: 'open' },
        {
          $set: { status: 'decided', outcome: input.outcome, reason: data.reason, decidedBy: mod.id, decidedAt, timeToDecideMs, manifestlyUnfounded: !!input.manifestlyUnfounded, ...ev.set },
          $push: ev.push,
          $inc: ev.inc,
        },
      )
      .exec();
    if (!res.modifiedCount) throw new ProblemException(409, 'appeal-decided', 'Appeal already decided', `Appeal ${id} was decided`);
    this.relay.kick();
    const misuse = input.manifestlyUnfounded ? await this.misuse.record('manifestly-unfounded-complaint', id, { userId: a.appellantId }, mod) : null;
    complaintMetrics.timeToDecide.observe({ subject, outcome: input.outcome }, timeToDecideMs / 1000);
    await this.audit.record({
      actor: mod.id,
      automated: false,
      action: `appeal.${input.outcome}`,
      commentId: a.commentId ?? undefined,
      userId: a.appellantId,
      before: { status: 'open', decision: a.originalStatus },
      after: { outcome: input.outcome, reason: data.reason, reversal, timeToDecideMs, manifestlyUnfounded: !!input.manifestlyUnfounded },
    });
    return { appeal: toAppealView(await this.get(id)), restored: subject === 'comment' ? reversal : null, reversal, redress: data.redress, misuse };
  }

  /** Reverses the contested decision through the normal flow; null when there was nothing left to reverse. */
  private async reverse(a: Appeal, input: AppealDecisionInput, mod: AuthenticatedUser): Promise<Record<string, unknown> | null> {
    const subject = a.subject ?? 'comment';
    const note = `appeal ${a._id}: ${input.reason}`;
    if (subject === 'comment') {
      const c = await this.store.load(a.commentId!);
      if (!c) throw commentNotFound(a.commentId!);
      if (c.status !== 'rejected' && c.status !== 'removed') return null;
      return { ...(await this.decisions.decide(a.commentId!, { action: 'restore', revision: c.revision, note }, mod, { ignoreClaims: true, auditAction: 'appeal.overturn' })) };
    }
    if (subject === 'account') {
      const lifted = await this.users.liftAction(a.sanctionId!, mod, note);
      // A ban that rejected the user's comments is reversed with them: each is restored by a decision of its own.
      const restoredComments: string[] = [];
      if (a.sanctionKind === 'ban') {
        for (const commentId of await this.audit.commentsSweptByBan(a.appellantId, a.sanctionId!)) {
          const c = await this.store.load(commentId);
          if (!c || (c.status !== 'rejected' && c.status !== 'removed')) continue;
          try {
            await this.decisions.decide(commentId, { action: 'restore', revision: c.revision, note }, mod, { ignoreClaims: true, auditAction: 'appeal.overturn' });
            restoredComments.push(commentId);
          } catch (err) {
            // Edited or decided since: that later decision stands.
            if (!(err instanceof ProblemException) || err.status !== 409) throw err;
          }
        }
      }
      return lifted || restoredComments.length ? { lifted: lifted ? a.sanctionKind : null, standing: lifted, restoredComments } : null;
    }
    // A notice or report decided "no action": the comment is taken down after all (unless it is gone already).
    if (!input.reasonCode) {
      throw new ProblemException(400, 'bad-request', 'Bad Request', `reasonCode is required to overturn a ${subject} decision (the comment is removed)`, { errors: [{ field: 'reasonCode', message: `is required when overturning a ${subject} decided "no action"` }] });
    }
    assertLegalGround(input.reasonCode, input.legalGround);
    const c = await this.store.load(a.commentId!);
    if (!c) throw commentNotFound(a.commentId!);
    if (c.status === 'rejected' || c.status === 'removed' || c.status === 'deleted') return null;
    const how = subject === 'notice' ? { source: 'notice' as const, keepNotices: true } : { source: 'other-notification' as const };
    return { ...(await this.decisions.decide(a.commentId!, { action: 'reject', revision: c.revision, reason: input.reasonCode, note, legalGround: input.legalGround }, mod, { ignoreClaims: true, ...how, auditAction: 'appeal.overturn' })) };
  }
}
