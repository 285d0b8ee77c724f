import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { DatabaseCapabilities, expireDocuments, ExpiryHandle } from '@parley/platform';
import { Article } from '../../articles/schemas/article.schema';
import { Comment } from '../../comments/schemas/comment.schema';
import { CommentsApiConfig } from '../../config/comments-api.config';
import { Appeal } from '../appeals/appeal.schema';
import { Notice } from '../notices/notice.schema';
import { BacklogSnapshot, QueueSizes, SectionQueueSizes } from './backlog-snapshot.schema';
import { Bucket } from './utc-buckets';

const DAY_MS = 86_400_000;
const QUEUES = ['pending', 'flagged', 'reported', 'notices', 'appeals'] as const;
/** Article ids per `$in` when looking up the sections of the articles with queued items. */
const ARTICLE_CHUNK = 1000;
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
 * section) and inserts one with the slot's start as `_id`: of replicas racing, one insert wins,
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
    @InjectModel(Article.name) private readonly articles: Model<Article>,
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
    const { total, sections } = await this.count();
    try {
      await this.snapshots.create({ _id: id, at: now, total, sections, expiresAt: new Date(now.getTime() + this.config.ANALYTICS_BACKLOG_RETENTION_DAYS * DAY_MS) });
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false; // another replica recorded this slot
      throw err;
    }
  }

  /** The queues now, in total and per section of their articles. */
  async count(): Promise<{ total: QueueSizes; sections: SectionQueueSizes[] }> {
    const group = [{ $group: { _id: '$articleId', n: { $sum: 1 } } }];
    const perArticle = <T>(model: Model<T>, match: Record<string, unknown>) => model.aggregate<{ _id: string | null; n: number }>([{ $match: match }, ...group]).exec();
    const rows = await Promise.all([
      perArticle(this.comments, { status: 'pending' }),
      perArticle(this.comments, { status: 'flagged' }),
      perArticle(this.comments, { modReportsOpen: true, status: 'approved' }),
      perArticle(this.notices, { status: 'open' }),
      perArticle(this.appeals, { status: 'open' }),
    ]);
    const articleIds = [...new Set(rows.flat().map((r) => r._id).filter((id): id is string => typeof id === 'string'))];
    const sectionOf = new Map<string, string>();
    for (let i = 0; i < articleIds.length; i += ARTICLE_CHUNK) {
      const found = await this.articles
        .find({ _id: { $in: articleIds.slice(i, i + ARTICLE_CHUNK) }, section: { $type: 'string' } }, { section: 1 })
        .lean<Array<{ _id: string; section: string }>>()
        .exec();
      for (const a of found) sectionOf.set(a._id, a.section);
    }
    const total = zero();
    const bySection = new Map<string, QueueSizes>();
    QUEUES.forEach((queue, q) => {
      for (const r of rows[q]!) {
        total[queue] += r.n;
        const section = typeof r._id === 'string' ? sectionOf.get(r._id) : undefined;
        if (section === undefined) continue;
        if (!bySection.has(section)) bySection.set(section, zero());
        bySection.get(section)![queue] += r.n;
      }
    });
    const sections = [...bySection].map(([section, sizes]) => ({ section, ...sizes })).sort((a, b) => (a.section < b.section ? -1 : a.section > b.section ? 1 : 0));
    return { total, sections };
  }

  /**
   * The backlog at the end of each bucket: the latest snapshot taken in the bucket (null when it
   * has none, or when the bucket starts after `live.at`); the bucket under way at `live.at` gets
   * the live counts. `section`: that section's share (zeros when it had nothing queued).
   */
  async atBucketEnds(buckets: Bucket[], section: string | undefined, live: BacklogAt): Promise<Array<BacklogAt | null>> {
    const now = new Date(live.at);
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
        const sizes = section === undefined ? snap.total : (snap.sections ?? []).find((x) => x.section === section) ?? zero();
        return { at: new Date(snap.at).toISOString(), pending: sizes.pending, flagged: sizes.flagged, reported: sizes.reported, notices: sizes.notices, appeals: sizes.appeals };
      }),
    );
  }
}
