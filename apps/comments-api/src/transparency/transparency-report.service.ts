import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Comment } from '../comments/schemas/comment.schema';
import { Appeal } from '../moderation/appeals/appeal.schema';
import { Notice } from '../moderation/notices/notice.schema';
import { MISUSE_POLICY_ACTOR } from '../moderation/misuse/misuse.service';
import { UserAction } from '../moderation/user-actions/user-action.schema';
import { Reaction } from '../reactions/schemas/reaction.schema';
import { Report } from '../reports/schemas/report.schema';
import { StatementRecord } from './statement-record.schema';

/** Median of a list of numbers (null when empty): the middle value, or the mean of the two middle ones. */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The calendar months (UTC) a period touches, each clipped to the period. */
export function monthsOf(from: Date, to: Date): Array<{ month: string; from: Date; to: Date }> {
  const out: Array<{ month: string; from: Date; to: Date }> = [];
  let start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  while (start < to) {
    const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    out.push({ month: start.toISOString().slice(0, 7), from: start < from ? from : start, to: next > to ? to : next });
    start = next;
  }
  return out;
}

const count = (rows: Array<{ _id: unknown; n: number }>) => Object.fromEntries(rows.map((r) => [String(r._id ?? 'unspecified'), r.n]));
const REVERSALS = ['restore', 'lift'];

/**
 * The DSA transparency report (Arts 15 and 24) for a period [from, to): notices, decisions,
 * complaints, Art. 23 suspensions and average monthly active recipients. Every figure is counted
 * from comments-api's own collections; decisions from the append-only statements of reasons.
 */
@Injectable()
export class TransparencyReportService {
  constructor(
    @InjectModel(StatementRecord.name) private readonly statements: Model<StatementRecord>,
    @InjectModel(Notice.name) private readonly notices: Model<Notice>,
    @InjectModel(Appeal.name) private readonly appeals: Model<Appeal>,
    @InjectModel(UserAction.name) private readonly actions: Model<UserAction>,
    @InjectModel(Comment.name) private readonly comments: Model<Comment>,
    @InjectModel(Reaction.name) private readonly reactions: Model<Reaction>,
    @InjectModel(Report.name) private readonly reports: Model<Report>,
  ) {}

  async report(from: Date, to: Date) {
    const period = { $gte: from, $lt: to };
    const [notices, decisions, complaints, suspensions, recipients] = await Promise.all([
      this.noticeFigures(period),
      this.decisionFigures(period),
      this.complaintFigures(period),
      this.suspensionFigures(period),
      this.activeRecipients(from, to),
    ]);
    return { period: { from: from.toISOString(), to: to.toISOString() }, generatedAt: new Date().toISOString(), notices, decisions, complaints, suspensions, activeRecipients: recipients };
  }

  private async noticeFigures(period: Record<string, Date>) {
    const [received, byType, decided] = await Promise.all([
      this.notices.countDocuments({ receivedAt: period }).exec(),
      this.notices.aggregate<{ _id: string | null; n: number }>([{ $match: { receivedAt: period } }, { $group: { _id: '$illegalContentType', n: { $sum: 1 } } }]).exec(),
      this.notices.find({ decidedAt: period, status: 'decided' }, { receivedAt: 1, decidedAt: 1, outcome: 1 }).lean<Array<Pick<Notice, 'receivedAt' | 'decidedAt' | 'outcome'>>>().exec(),
    ]);
    const seconds = decided.map((n) => (new Date(n.decidedAt!).getTime() - new Date(n.receivedAt).getTime()) / 1000);
    return {
      received,
      byType: count(byType),
      decided: decided.length,
      actionTaken: decided.filter((n) => n.outcome === 'action-taken').length,
      noAction: decided.filter((n) => n.outcome === 'no-action').length,
      medianSecondsToAct: median(seconds),
    };
  }

  private async decisionFigures(period: Record<string, Date>) {
    const restrictions = { decidedAt: period, action: { $nin: REVERSALS } };
    const group = (field: string) => this.statements.aggregate<{ _id: string | null; n: number }>([{ $match: restrictions }, { $group: { _id: `$${field}`, n: { $sum: 1 } } }]).exec();
    const [total, byGround, byAutomation, byAction, bySource, byCategory, bySubject, reversals] = await Promise.all([
      this.statements.countDocuments(restrictions).exec(),
      group('statement.decision_ground'),
      group('statement.automated_decision'),
      group('action'),
      group('statement.source_type'),
      group('statement.category'),
      group('subject'),
      this.statements.aggregate<{ _id: string; n: number }>([{ $match: { decidedAt: period, action: { $in: REVERSALS } } }, { $group: { _id: '$action', n: { $sum: 1 } } }]).exec(),
    ]);
    const grounds = count(byGround);
    const automation = count(byAutomation);
    return {
      total,
      legalGround: grounds.DECISION_GROUND_ILLEGAL_CONTENT ?? 0,
      termsOfService: grounds.DECISION_GROUND_INCOMPATIBLE_CONTENT ?? 0,
      fullyAutomated: automation.AUTOMATED_DECISION_FULLY ?? 0,
      partiallyAutomated: automation.AUTOMATED_DECISION_PARTIALLY ?? 0,
      human: automation.AUTOMATED_DECISION_NOT_AUTOMATED ?? 0,
      byAction: count(byAction),
      bySubject: count(bySubject),
      bySource: count(bySource),
      byCategory: count(byCategory),
      reversals: count(reversals),
    };
  }

  private async complaintFigures(period: Record<string, Date>) {
    const [received, decided] = await Promise.all([
      this.appeals.countDocuments({ createdAt: period }).exec(),
      this.appeals.find({ decidedAt: period, status: 'decided' }, { createdAt: 1, decidedAt: 1, outcome: 1 }).lean<Array<Pick<Appeal, 'createdAt' | 'decidedAt' | 'outcome'>>>().exec(),
    ]);
    return {
      received,
      decided: decided.length,
      reversed: decided.filter((a) => a.outcome === 'overturned').length,
      upheld: decided.filter((a) => a.outcome === 'upheld').length,
      medianSecondsToDecide: median(decided.map((a) => (new Date(a.decidedAt!).getTime() - new Date(a.createdAt).getTime()) / 1000)),
    };
  }

  /**
   * Account suspensions, and the suspensions the misuse policy imposed (Art. 23: user actions
   * issued by `misuse-policy`), of the account (Art. 23(1)) or of notice and complaint handling (Art. 23(2)).
   */
  private async suspensionFigures(period: Record<string, Date>) {
    const misuse = { kind: 'suspend', issuedAt: period, issuedBy: MISUSE_POLICY_ACTOR };
    const [total, art23Account, art23Notices] = await Promise.all([
      this.actions.countDocuments({ kind: 'suspend', issuedAt: period, scope: { $ne: 'notices' } }).exec(),
      this.actions.countDocuments({ ...misuse, scope: { $ne: 'notices' } }).exec(),
      this.actions.countDocuments({ ...misuse, scope: 'notices' }).exec(),
    ]);
    return { accountSuspensions: total, art23: art23Account + art23Notices, art23Accounts: art23Account, art23NoticeHandling: art23Notices };
  }

  /**
   * Active recipients per calendar month: distinct signed-in users who posted a comment, reacted
   * or reported in it. Readers who only read are not counted (Parley does not track reading).
   */
  private async activeRecipients(from: Date, to: Date) {
    const months = [];
    for (const m of monthsOf(from, to)) {
      const range = { $gte: m.from, $lt: m.to };
      const [authors, reactors, reporters] = await Promise.all([
        this.comments.distinct('authorId', { createdAt: range }).exec(),
        this.reactions.distinct('userId', { createdAt: range }).exec(),
        this.reports.distinct('reporterId', { createdAt: range }).exec(),
      ]);
      months.push({ month: m.month, activeRecipients: new Set([...authors, ...reactors, ...reporters].map(String)).size });
    }
    const average = months.length ? months.reduce((s, m) => s + m.activeRecipients, 0) / months.length : 0;
    return { averageMonthly: Math.round(average * 100) / 100, months };
  }
}

/** The report as CSV: one `metric,value` row per figure (dotted paths), RFC 4180 quoting. */
export function reportToCsv(report: Record<string, unknown>): string {
  const rows: Array<[string, string]> = [];
  const walk = (prefix: string, v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        const label = item && typeof item === 'object' && 'month' in item ? String((item as { month: string }).month) : String(i);
        const { month: _m, ...rest } = item as Record<string, unknown>;
        walk(`${prefix}.${label}`, 'month' in (item as object) ? rest : item);
      });
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
    } else {
      rows.push([prefix, v === null || v === undefined ? '' : String(v)]);
    }
  };
  walk('', report);
  const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return ['metric,value', ...rows.map(([k, v]) => `${cell(k)},${cell(v)}`)].join('\r\n') + '\r\n';
}
