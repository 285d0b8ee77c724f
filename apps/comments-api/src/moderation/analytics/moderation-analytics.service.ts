import { SiteScope } from '../../sites/site-scope';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, PipelineStage, Types } from 'mongoose';
import { ProblemException } from '@parley/platform';
import { Article } from '../../articles/schemas/article.schema';
import { Comment } from '../../comments/schemas/comment.schema';
import { Report } from '../../reports/schemas/report.schema';
import { Appeal } from '../appeals/appeal.schema';
import { AuditEntry } from '../audit/audit-entry.schema';
import { Notice } from '../notices/notice.schema';
import { BacklogAt, BacklogSnapshotsService } from './backlog-snapshots.service';
import { Bucket, Granularity, utcBuckets } from './utc-buckets';

/**
 * The audit actions that are decisions on a comment's status, automated or human (claims, notes,
 * featuring and user actions are not). Each records the resulting status in `after.status`.
 */
export const DECISION_AUDIT_ACTIONS = [
  'automated.approved',
  'automated.flagged',
  'automated.rejected',
  'premoderation.hold',
  'decision.approve',
  'decision.reject',
  'decision.remove',
  'decision.restore',
  'ban.reject-comment',
  'appeal.overturn',
] as const;

export const OUTCOMES = ['approved', 'flagged', 'rejected', 'removed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A scope narrows every figure to some articles: the caller's site, a section, the moderator's sections. */
export interface AnalyticsScope {
  /** The caller's site: only its articles' figures. */
  site: string;
  section?: string;
  /** The sections the moderator is limited to (parley_scopes); unset: the whole site. */
  sections?: string[];
}

/** At most this many articles in a scope (their ids go into every query). */
export const MAX_SCOPE_ARTICLES = 20_000;

export interface Counted {
  key: string;
  count: number;
}

export interface PeriodFigures {
  start: string;
  end: string;
  /** Comments created in the period (by the creation second their id carries). */
  comments: number;
  decisions: {
    total: number;
    byOutcome: Record<Outcome, number>;
    automated: Record<Outcome, number>;
    human: Record<Outcome, number>;
    /** Automated decisions per rule that gave a reason (a decision with two rules counts for each). */
    byRule: Counted[];
    /** Moderators' restrictive decisions per reason code. */
    byReason: Counted[];
    /** Moderators' decisions per moderator id. */
    byModerator: Counted[];
  };
  /** Moderators' decisions on comments that were in a queue: wait from entering it (nearest-rank percentiles). */
  timeToDecision: { decisions: number; medianMs: number | null; p90Ms: number | null };
  reports: { total: number; byReason: Counted[] };
  notices: number;
  appeals: { received: number; decided: number; upheld: number; overturned: number };
}

export interface Backlog {
  at: string;
  pending: number;
  flagged: number;
  reported: number;
  notices: number;
  appeals: number;
}

/** A bucket's figures with the queue backlog at its end. */
export interface BucketFigures extends PeriodFigures {
  /**
   * The queues at the bucket's end: the latest snapshot taken in the bucket (`at` says when),
   * the live counts for the bucket under way, null without a snapshot (or for a future bucket).
   */
  backlog: BacklogAt | null;
}

export interface AnalyticsReport {
  granularity: Granularity;
  timezone: 'UTC';
  /** Inclusive start of the first bucket and exclusive end of the last. */
  from: string;
  to: string;
  scope: { section: string | null };
  buckets: BucketFigures[];
  /** The whole period (its percentiles are over all its decisions, not an average of the buckets'). */
  totals: PeriodFigures;
  /** The queues now (each bucket has the backlog at its end). */
  backlog: Backlog;
}

const zeroOutcomes = (): Record<Outcome, number> => ({ approved: 0, flagged: 0, rejected: 0, removed: 0 });
const byCount = (rows: Array<{ _id: unknown; n: number }>): Counted[] =>
  rows
    .filter((r) => typeof r._id === 'string')
    .map((r) => ({ key: r._id as string, count: r.n }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
/** The smallest comment id created at `d`'s second (clamped to the ids' 32-bit range: a week may start in 1969). */
const idAtSecond = (d: Date) => Types.ObjectId.createFromTime(Math.min(0xffffffff, Math.max(0, Math.floor(d.getTime() / 1000))));

/**
 * The `$match` of each pipeline for one period (the first stage of each, where the indexes serve
 * them: see docs/analytics.md). `ids`: the scope's articles, or null for all.
 */
export function periodMatches(p: Bucket, ids: string[] | null, site: Record<string, unknown> = {}) {
  // The section's articles are the site's already; without a section, the site's article keys.
  const inScope = ids ? { articleId: { $in: ids } } : site;
  const decided = { seq: { $gte: p.start.toISOString(), $lt: p.end.toISOString() }, action: { $in: [...DECISION_AUDIT_ACTIONS] }, ...inScope };
  return {
    /** `comments`: created in the period, by the creation second in the id. */
    comments: { _id: { $gte: idAtSecond(p.start), $lt: idAtSecond(p.end) }, ...inScope },
    /** `moderation_audit`: decisions recorded in the period (`seq` starts with the ISO time). */
    decided,
    /** `moderation_audit`: moderators' decisions with a queue wait. */
    waited: { ...decided, automated: false, waitMs: { $type: 'number' } },
    /** `reports` */
    reports: { createdAt: { $gte: p.start, $lt: p.end }, ...inScope },
    /** `moderation_notices` */
    notices: { receivedAt: { $gte: p.start, $lt: p.end }, ...inScope },
    /** `moderation_appeals` received */
    appealsReceived: { createdAt: { $gte: p.start, $lt: p.end }, ...inScope },
    /** `moderation_appeals` decided (only a decided appeal has a decidedAt) */
    appealsDecided: { decidedAt: { $gte: p.start, $lt: p.end }, ...inScope },
  };
}

/** Runs `fn` over `items` with at most `limit` at a time, results in order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Moderation analytics: aggregation pipelines over the collections comments-api owns (comments,
 * the audit trail, reports, notices, appeals), one set per UTC bucket. The pipelines use only
 * `$match`, `$unwind` of a top-level array, `$group` by field paths with `$sum`, `$sort`,
 * `$skip`, `$limit` and `$count`, so MongoDB and the FerretDB test build answer them alike
 * (no `$dateTrunc`, `$lookup`, `$facet` or `$percentile`: bucket bounds are computed here and
 * percentiles are the nearest-rank element, read with `$sort` + `$skip`).
 */
@Injectable()
export class ModerationAnalyticsService {
  constructor(
    @InjectModel(Comment.name) private readonly comments: Model<Comment>,
    @InjectModel(Article.name) private readonly articles: Model<Article>,
    @InjectModel(AuditEntry.name) private readonly audit: Model<AuditEntry>,
    @InjectModel(Report.name) private readonly reports: Model<Report>,
    @InjectModel(Notice.name) private readonly notices: Model<Notice>,
    @InjectModel(Appeal.name) private readonly appeals: Model<Appeal>,
    private readonly sites: SiteScope,
    private readonly snapshots: BacklogSnapshotsService,
  ) {}

  /** The articles of the scope, or null for all articles. */
  async articleIds(scope: AnalyticsScope): Promise<string[] | null> {
    if (scope.section === undefined && !scope.sections) return null;
    const sections = scope.section === undefined ? scope.sections! : scope.sections && !scope.sections.includes(scope.section) ? [] : [scope.section];
    const rows = await this.articles
      .find({ section: { $in: sections }, ...this.sites.filter(scope.site) }, { _id: 1 })
      .limit(MAX_SCOPE_ARTICLES + 1)
      .lean<Array<{ _id: string }>>()
      .exec();
    if (rows.length > MAX_SCOPE_ARTICLES) {
      throw new ProblemException(422, 'scope-too-large', 'Scope too large', `The section has more than ${MAX_SCOPE_ARTICLES} articles; analytics by section cover at most that many`, {
        errors: [{ field: 'section', message: `has more than ${MAX_SCOPE_ARTICLES} articles` }],
      });
    }
    return rows.map((r) => r._id);
  }

  async report(from: Date, to: Date, granularity: Granularity, scope: AnalyticsScope): Promise<AnalyticsReport> {
    const ids = await this.articleIds(scope);
    const site = this.sites.articleFilter(scope.site);
    const buckets = utcBuckets(from, to, granularity);
    const whole: Bucket = { start: buckets[0]!.start, end: buckets[buckets.length - 1]!.end };
    const [figures, backlog] = await Promise.all([mapLimit([...buckets, whole], 4, (b) => this.figures(b, ids, site)), this.backlog(ids, site)]);
    const backlogs = await this.snapshots.atBucketEnds(buckets, ids, backlog, this.sites.multiSite ? (key) => this.sites.owns(scope.site, key) : undefined);
    return {
      granularity,
      timezone: 'UTC',
      from: whole.start.toISOString(),
      to: whole.end.toISOString(),
      scope: { section: scope.section ?? null },
      buckets: figures.slice(0, buckets.length).map((f, i) => ({ ...f, backlog: backlogs[i] ?? null })),
      totals: figures[buckets.length]!,
      backlog,
    };
  }

  /** Every figure of one period [start, end). */
  async figures(p: Bucket, ids: string[] | null, site: Record<string, unknown> = {}): Promise<PeriodFigures> {
    const m = periodMatches(p, ids, site);
    const { decided, waited } = m;
    const group = (stages: PipelineStage[], key: string) => [...stages, { $group: { _id: key, n: { $sum: 1 } } }] as PipelineStage[];
    const count = async <T>(model: Model<T>, match: Record<string, unknown>) => (await model.aggregate<{ n: number }>([{ $match: match }, { $count: 'n' }]).exec())[0]?.n ?? 0;
    const [comments, outcomes, rules, reasons, moderators, waits, reports, notices, received, decidedAppeals] = await Promise.all([
      count(this.comments, m.comments),
      this.audit.aggregate<{ _id: { automated: boolean; outcome: string }; n: number }>([{ $match: decided }, { $group: { _id: { automated: '$automated', outcome: '$after.status' }, n: { $sum: 1 } } }]).exec(),
      this.audit.aggregate<{ _id: unknown; n: number }>(group([{ $match: { ...decided, automated: true } }, { $unwind: '$ruleIds' }], '$ruleIds')).exec(),
      this.audit.aggregate<{ _id: unknown; n: number }>(group([{ $match: { ...decided, automated: false, 'after.reason': { $type: 'string' } } }], '$after.reason')).exec(),
      this.audit.aggregate<{ _id: unknown; n: number }>(group([{ $match: { ...decided, automated: false } }], '$actor')).exec(),
      count(this.audit, waited),
      this.reports.aggregate<{ _id: unknown; n: number }>(group([{ $match: m.reports }], '$reason')).exec(),
      count(this.notices, m.notices),
      count(this.appeals, m.appealsReceived),
      this.appeals.aggregate<{ _id: unknown; n: number }>(group([{ $match: m.appealsDecided }], '$outcome')).exec(),
    ]);
    const automated = zeroOutcomes();
    const human = zeroOutcomes();
    for (const r of outcomes) {
      const o = r._id.outcome as Outcome;
      if (!(OUTCOMES as readonly string[]).includes(o)) continue;
      (r._id.automated ? automated : human)[o] += r.n;
    }
    const byOutcome = zeroOutcomes();
    for (const o of OUTCOMES) byOutcome[o] = automated[o] + human[o];
    const [medianMs, p90Ms] = await Promise.all([this.nearestRank(waited, waits, 0.5), this.nearestRank(waited, waits, 0.9)]);
    const reportRows = byCount(reports);
    const appealOutcomes = byCount(decidedAppeals);
    return {
      start: p.start.toISOString(),
      end: p.end.toISOString(),
      comments,
      decisions: {
        total: OUTCOMES.reduce((s, o) => s + byOutcome[o], 0),
        byOutcome,
        automated,
        human,
        byRule: byCount(rules),
        byReason: byCount(reasons),
        byModerator: byCount(moderators),
      },
      timeToDecision: { decisions: waits, medianMs, p90Ms },
      reports: { total: reportRows.reduce((s, r) => s + r.count, 0), byReason: reportRows },
      notices,
      appeals: {
        received,
        decided: appealOutcomes.reduce((s, r) => s + r.count, 0),
        upheld: appealOutcomes.find((r) => r.key === 'upheld')?.count ?? 0,
        overturned: appealOutcomes.find((r) => r.key === 'overturned')?.count ?? 0,
      },
    };
  }

  /** The nearest-rank percentile of `waitMs` over the `n` matching entries: the ⌈q·n⌉-th smallest. */
  private async nearestRank(match: Record<string, unknown>, n: number, q: number): Promise<number | null> {
    if (n === 0) return null;
    const rank = Math.max(1, Math.ceil(q * n));
    const rows = await this.audit.aggregate<{ waitMs: number }>([{ $match: match }, { $sort: { waitMs: 1, _id: 1 } }, { $skip: rank - 1 }, { $limit: 1 }, { $project: { _id: 0, waitMs: 1 } }]).exec();
    return rows[0]?.waitMs ?? null;
  }

  /** The moderation queues now, in the scope. */
  async backlog(ids: string[] | null, site: Record<string, unknown> = {}): Promise<Backlog> {
    const inScope = ids ? { articleId: { $in: ids } } : site;
    const at = new Date().toISOString();
    const [pending, flagged, reported, notices, appeals] = await Promise.all([
      this.comments.countDocuments({ status: 'pending', ...inScope }).exec(),
      this.comments.countDocuments({ status: 'flagged', ...inScope }).exec(),
      this.comments.countDocuments({ modReportsOpen: true, status: 'approved', ...inScope }).exec(),
      this.notices.countDocuments({ status: 'open', ...inScope }).exec(),
      this.appeals.countDocuments({ status: 'open', ...inScope }).exec(),
    ]);
    return { at, pending, flagged, reported, notices, appeals };
  }
}

const BACKLOG_QUEUES = ['pending', 'flagged', 'reported', 'notices', 'appeals'] as const;

/**
 * The report as CSV rows `period,start,end,metric,key,value`, one figure per row: `period` is the
 * bucket's granularity (`day`, `week`; with `backlog.*`, the queues at its end, empty without a
 * snapshot), `total` for the whole period, `now` for the backlog now.
 */
export function analyticsCsvRows(r: AnalyticsReport): Array<Array<string | number | null>> {
  const rows: Array<Array<string | number | null>> = [['period', 'start', 'end', 'metric', 'key', 'value']];
  const period = (f: PeriodFigures, label: string) => {
    const add = (metric: string, key: string | null, value: number | null) => rows.push([label, f.start, f.end, metric, key, value]);
    add('comments', null, f.comments);
    add('decisions', null, f.decisions.total);
    for (const o of OUTCOMES) add('decisions.automated', o, f.decisions.automated[o]);
    for (const o of OUTCOMES) add('decisions.human', o, f.decisions.human[o]);
    for (const c of f.decisions.byRule) add('decisions.by_rule', c.key, c.count);
    for (const c of f.decisions.byReason) add('decisions.by_reason', c.key, c.count);
    for (const c of f.decisions.byModerator) add('decisions.by_moderator', c.key, c.count);
    add('time_to_decision.decisions', null, f.timeToDecision.decisions);
    add('time_to_decision.median_ms', null, f.timeToDecision.medianMs);
    add('time_to_decision.p90_ms', null, f.timeToDecision.p90Ms);
    add('reports', null, f.reports.total);
    for (const c of f.reports.byReason) add('reports.by_reason', c.key, c.count);
    add('notices', null, f.notices);
    add('appeals.received', null, f.appeals.received);
    add('appeals.decided', null, f.appeals.decided);
    add('appeals.upheld', null, f.appeals.upheld);
    add('appeals.overturned', null, f.appeals.overturned);
  };
  for (const b of r.buckets) {
    period(b, r.granularity);
    for (const k of BACKLOG_QUEUES) rows.push([r.granularity, b.start, b.end, `backlog.${k}`, null, b.backlog ? b.backlog[k] : null]);
  }
  period(r.totals, 'total');
  for (const k of BACKLOG_QUEUES) rows.push(['now', r.backlog.at, r.backlog.at, `backlog.${k}`, null, r.backlog[k]]);
  return rows;
}
