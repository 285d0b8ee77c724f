import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { DatabaseCapabilities, expireDocuments, ExpiryHandle } from '@parley/platform';
import { Comment } from '../../comments/schemas/comment.schema';
import { CommentsApiConfig } from '../../config/comments-api.config';
import { Appeal } from '../appeals/appeal.schema';
import { Notice } from '../notices/notice.schema';
import { ArticleQueueSizes, BacklogSnapshot, QueueSizes } from './backlog-snapshot.schema';
import { Bucket } from './utc-buckets';

const DAY_MS = 86_400_000;
const QUEUES = ['pending', 'flagged', 'reported', 'notices', 'appeals'] as const;
/** At most this many articles are listed in a snapshot (a scope's articles are at most as many, MAX_SCOPE_ARTICLES). */
export const MAX_SNAPSHOT_ARTICLES = 20_000;
const isDuplicateKey = (err: unknown) => (err as { code?: number })?.code === 11000;
const zero = (): QueueSizes => ({ pending: 0, flagged: 0, reported: 0, notices: 0, appeals: 0 });

/** The backlog a bucket reports: the queues at `at` (a snapshot's time, or now for the bucket under way). */
export interface BacklogAt extends QueueSizes {
  at: string;
}

/** The start of the snapshot slot `now` falls in. */
export const slotStart = (now: Date, everyMs: number) => new Date(Math.floor(now.getTime() / everyMs) * everyMs);

/**
 * Queue backlog history. Every replica wakes at each slot of ANALYTICS_BACKLOG_SNAPSHOT_MS (and
 * once at start-up) and, when the slot has no snapshot yet, counts the queues (in total and per
 * article, so that any scope is a sum over its articles) and inserts one with the slot's start as `_id`: of replicas racing, one insert wins,
 * the others get a duplicate key and stop. Snapshots expire after
 * ANALYTICS_BACKLOG_RETENTION_DAYS. A bucket's backlog is the latest snapshot taken before its
 * end (see docs/analytics.md).
 */
@Injectable()
export class BacklogSnapshotsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BacklogSnapshotsService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private expiry?: ExpiryHandle;
  private stopped = false;

  constructor(
    @InjectModel(BacklogSnapshot.name) private readonly snapshots: Model<BacklogSnapshot>,
    @InjectModel(Comment.name) private readonly comments: Model<Comment>,
    @InjectModel(Notice.name) private readonly notices: Model<Notice>,
    @InjectModel(Appeal.name) private readonly appeals: Model<Appeal>,
    @Inject(CommentsApiConfig) private readonly config: CommentsApiConfig,
    @Inject(DatabaseCapabilities) private readonly caps: DatabaseCapabilities,
  ) {}

  get everyMs(): number {
    return this.config.ANALYTICS_BACKLOG_SNAPSHOT_MS;
  }

  async onApplicationBootstrap() {
    this.expiry = await expireDocuments(this.snapshots, 'expiresAt', this.caps, { sweepEveryMs: Math.max(60_000, Math.min(this.everyMs, 3_600_000)) });
    this.tick();
  }

  async onApplicationShutdown() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.expiry?.stop();
    await this.running;
  }

  /** Records the current slot's snapshot (if missing) and sleeps until the next slot starts. */
  private tick() {
    if (this.stopped) return;
    if (!this.running) {
      this.running = this.record(new Date())
        .catch((err) => this.logger.warn({ err: String(err) }, 'backlog snapshot failed; the next slot tries again'))
        .finally(() => (this.running = undefined));
    }
    const now = Date.now();
    const next = slotStart(new Date(now), this.everyMs).getTime() + this.everyMs;
    // a little after the slot starts, spread over replicas
    this.timer = setTimeout(() => this.tick(), next - now + Math.floor(Math.random() * Math.min(1000, this.everyMs / 10)));
    this.timer.unref();
  }

  /** Counts the queues and stores them as the snapshot of `now`'s slot. Returns false when the slot already had one. */
  async record(now: Date): Promise<boolean> {
    const id = slotStart(now, this.everyMs).toISOString();
    if (await this.snapshots.exists({ _id: id }).exec()) return false;
    const { total, articles } = await this.count();
    try {
      await this.snapshots.create({ _id: id, at: now, total, articles, expiresAt: new Date(now.getTime() + this.config.ANALYTICS_BACKLOG_RETENTION_DAYS * DAY_MS) });
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false; // another replica recorded this slot
      throw err;
    }
  }

  /** The queues now, in total and per article (null when more than MAX_SNAPSHOT_ARTICLES have items queued). */
  async count(): Promise<{ total: QueueSizes; articles: ArticleQueueSizes[] | null }> {
    const group = [{ $group: { _id: '$articleId', n: { $sum: 1 } } }];
    const perArticle = <T>(model: Model<T>, match: Record<string, unknown>) => model.aggregate<{ _id: string | null; n: number }>([{ $match: match }, ...group]).exec();
    const rows = await Promise.all([
      perArticle(this.comments, { status: 'pending' }),
      perArticle(this.comments, { status: 'flagged' }),
      perArticle(this.comments, { modReportsOpen: true, status: 'approved' }),
      perArticle(this.notices, { status: 'open' }),
      perArticle(this.appeals, { status: 'open' }),
    ]);
    const total = zero();
    const byArticle = new Map<string, QueueSizes>();
    QUEUES.forEach((queue, q) => {
      for (const r of rows[q]!) {
        total[queue] += r.n;
        if (typeof r._id !== 'string') continue;
        if (!byArticle.has(r._id)) byArticle.set(r._id, zero());
        byArticle.get(r._id)![queue] += r.n;
      }
    });
    if (byArticle.size > MAX_SNAPSHOT_ARTICLES) return { total, articles: null };
    const articles = [...byArticle].map(([articleId, sizes]) => ({ articleId, ...sizes })).sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
    return { total, articles };
  }

  /**
   * The backlog at the end of each bucket: the latest snapshot taken in the bucket (null when it
   * has none, or when the bucket starts after `live.at`); the bucket under way at `live.at` gets
   * the live counts. `ids`: the scope's articles (their sum; null for all, the snapshot's total,
   * or with `ofSite` the site's articles);
   * a snapshot that could not list its articles has no figures for a scope (null).
   */
  async atBucketEnds(buckets: Bucket[], ids: string[] | null, live: BacklogAt, ofSite?: (articleId: string) => boolean): Promise<Array<BacklogAt | null>> {
    const now = new Date(live.at);
    const listed = ids ? new Set(ids) : null;
    // A site's figures in a multi-site deployment: its own articles (keys) of the snapshot.
    const inScope = listed ? { has: (id: string) => listed.has(id) } : ofSite ? { has: ofSite } : null;
    return Promise.all(
      buckets.map(async (b) => {
        if (b.start > now) return null;
        if (b.end > now) return live;
        const s = await this.snapshots
          .find({ at: { $gte: b.start, $lt: b.end } })
          .sort({ at: -1 })
          .limit(1)
          .lean<BacklogSnapshot[]>()
          .exec();
        const snap = s[0];
        if (!snap) return null;
        let sizes: QueueSizes = snap.total;
        if (inScope) {
          if (!Array.isArray(snap.articles)) return null;
          sizes = zero();
          for (const a of snap.articles) if (inScope.has(a.articleId)) for (const k of QUEUES) sizes[k] += a[k];
        }
        return { at: new Date(snap.at).toISOString(), pending: sizes.pending, flagged: sizes.flagged, reported: sizes.reported, notices: sizes.notices, appeals: sizes.appeals };
      }),
    );
  }
}
