import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { EventTypes, NoticeDecidedV1, Topics } from '@parley/contracts';
import { appendEvents, KafkaNames, OutboxRelay } from '@parley/messaging';
import { noticeRedress } from '@parley/moderation-rules';
import { AuthenticatedUser } from '@parley/platform';
import { AuditService } from '../audit/audit.service';
import { ReportRef } from '../notices/notice.schema';
import { outboxEntry } from '../../common/outbox-entry';
import { ModerationConfig } from '../shared/moderation.config';
import { appealDeadline } from '../shared/taxonomy';

export const REPORTS_RELAY = 'REPORTS_OUTBOX_RELAY';

/** The reason the reporter is given when a moderator keeps the comment they reported. */
export const NO_ACTION_ON_REPORT = 'A moderator reviewed the comment you reported and found that it complies with our community guidelines, so it stays published.';

/**
 * The outcome of readers' reports (not Art. 16 notices: an `illegal` report with a notice is a
 * notice and is decided as one). When a moderator keeps a reported comment ("no action"), each
 * reporter whose report was still undecided is told, with the redress open to them (an internal
 * complaint within six months, DSA Art. 20; out-of-court settlement, Art. 21; courts): the
 * decision and parley.notice.decided.v1 (kind `report`) are one write on the report document.
 */
@Injectable()
export class ReportOutcomesService {
  constructor(
    @InjectModel(ReportRef.name) private readonly reports: Model<ReportRef>,
    @Inject(REPORTS_RELAY) private readonly relay: OutboxRelay,
    private readonly names: KafkaNames,
    private readonly audit: AuditService,
    private readonly config: ModerationConfig,
  ) {}

  /** "No action" on every undecided reader report of a comment a moderator kept. Returns how many reporters were told. */
  async decideNoAction(commentId: string, mod: AuthenticatedUser): Promise<number> {
    const open = await this.reports
      .find({ commentId, notice: null, decision: null }, { _id: 1, articleId: 1, reporterId: 1 })
      .lean<Array<Pick<ReportRef, '_id' | 'articleId' | 'reporterId'>>>()
      .exec();
    let told = 0;
    for (const r of open) {
      const decidedAt = new Date();
      const data: NoticeDecidedV1 = {
        noticeId: r._id,
        commentId,
        articleId: r.articleId,
        reporterId: r.reporterId,
        reporterEmail: null,
        kind: 'report',
        outcome: 'no-action',
        reason: NO_ACTION_ON_REPORT,
        decidedAt: decidedAt.toISOString(),
        redress: noticeRedress(this.config.dsa, { available: true, deadline: appealDeadline(decidedAt), commentId }),
      };
      const ev = appendEvents([outboxEntry(this.names.topic(Topics.ModerationCases), r._id, EventTypes.NoticeDecided, data, decidedAt)]);
      // The reporter is told in this same write, so the decision time is when they were informed.
      const decision = { outcome: 'no-action', reason: NO_ACTION_ON_REPORT, decidedBy: mod.id, decidedAt, informedAt: decidedAt };
      const res = await this.reports.updateOne({ _id: r._id, decision: null }, { $set: { decision, ...ev.set }, $push: ev.push, $inc: ev.inc }).exec();
      if (!res.modifiedCount) continue;
      told++;
      await this.audit.record({ actor: mod.id, automated: false, action: 'report.no-action', commentId, userId: r.reporterId, after: { reportId: r._id, outcome: 'no-action' } });
    }
    if (told) this.relay.kick();
    return told;
  }

  /** One reader's report of a comment, with its decision (null when none was taken). */
  findForReporter(commentId: string, reporterId: string): Promise<ReportRef | null> {
    return this.reports.findOne({ _id: `${commentId}:${reporterId}` }, { outbox: 0 }).lean<ReportRef>().exec();
  }
}
