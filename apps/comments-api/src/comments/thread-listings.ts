import { Logger } from '@nestjs/common';
import { Model } from 'mongoose';
import { compareKeys, mongoAfter, mongoSort, pageOf, SortKey, SortOrder, encodeCursor } from '../common/cursor';
import { VIEW_PROJECTION, ViewableComment } from './comment.view';
import { Comment } from './schemas/comment.schema';

export interface Page {
  items: ViewableComment[];
  nextCursor: string | null;
}

interface Snapshot {
  rows: ViewableComment[];
  sorted: Partial<Record<SortOrder, ViewableComment[]>>;
  loadedAt: number;
  /** How long the load took: a snapshot stays fresh for at least twice that. */
  loadMs: number;
}

const keyOf = (c: ViewableComment): SortKey => ({ id: c._id.toString(), reactions: c.reactionCount ?? 0 });

/**
 * Public thread listings (top-level comments of an article, or replies of a comment).
 *
 * With a TTL, each thread's listed comments are loaded once into an in-process snapshot and
 * every page (first or deep, any sort) is cut from it by binary search on the cursor's key;
 * a stale snapshot is served while one reload runs in the background (single flight). This
 * matters on FerretDB, which runs every filter other than `_id` equality as a scan of the
 * collection. With TTL 0 each page is one indexed query (`thread_by_id` / `thread_by_reactions`).
 */
export class ThreadListings {
  private readonly logger = new Logger('ThreadListings');
  private readonly snapshots = new Map<string, Snapshot>();
  private readonly loading = new Map<string, Promise<Snapshot>>();

  constructor(
    private readonly comments: Model<Comment>,
    private readonly ttlMs: number,
    private readonly maxThreads = 500,
  ) {}

  static filter(articleId: string, parentId: string | null): Record<string, unknown> {
    return { articleId, parentId, listed: true };
  }

  async page(articleId: string, parentId: string | null, sort: SortOrder, limit: number, after?: SortKey): Promise<Page> {
    if (this.ttlMs <= 0) return this.queryPage(articleId, parentId, sort, limit, after);
    const snap = await this.snapshot(`${articleId}\u0000${parentId ?? ''}`, articleId, parentId);
    let sorted = snap.sorted[sort];
    if (!sorted) sorted = snap.sorted[sort] = [...snap.rows].sort((a, b) => compareKeys(sort, keyOf(a), keyOf(b)));
    return pageOf(sorted, keyOf, sort, limit, after);
  }

  /** One indexed query per page. */
  async queryPage(articleId: string, parentId: string | null, sort: SortOrder, limit: number, after?: SortKey): Promise<Page> {
    const filter = { ...ThreadListings.filter(articleId, parentId), ...(after ? mongoAfter(sort, after) : {}) };
    const rows = await this.comments
      .find(filter, VIEW_PROJECTION)
      .sort(mongoSort(sort))
      .limit(limit + 1)
      .lean<ViewableComment[]>()
      .exec();
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? encodeCursor(sort, keyOf(items[items.length - 1]!)) : null };
  }

  private async snapshot(key: string, articleId: string, parentId: string | null): Promise<Snapshot> {
    const snap = this.snapshots.get(key);
    const age = snap ? Date.now() - snap.loadedAt : Infinity;
    // Fresh for the TTL, and for at least twice the last load's duration, so reloading a big
    // thread (a scan on FerretDB) never takes more than about a third of the time.
    if (snap && age < Math.max(this.ttlMs, 2 * snap.loadMs)) return snap;
    const reload = this.reload(key, articleId, parentId);
    // Serve the previous snapshot while one reload runs (up to a minute old): a reload scans
    // the collection on FerretDB and can take seconds under load; only a first load blocks.
    if (snap && age < Math.max(this.ttlMs * 10, 60_000)) {
      reload.catch((err) => this.logger.warn({ err: (err as Error).message, articleId }, 'thread reload failed; serving the previous snapshot'));
      return snap;
    }
    return reload;
  }

  private reload(key: string, articleId: string, parentId: string | null): Promise<Snapshot> {
    let p = this.loading.get(key);
    if (p) return p;
    p = (async () => {
      try {
        const started = Date.now();
        const rows = await this.comments.find(ThreadListings.filter(articleId, parentId), VIEW_PROJECTION).lean<ViewableComment[]>().exec();
        const snap: Snapshot = { rows, sorted: {}, loadedAt: Date.now(), loadMs: Date.now() - started };
        this.snapshots.delete(key);
        this.snapshots.set(key, snap);
        if (this.snapshots.size > this.maxThreads) this.snapshots.delete(this.snapshots.keys().next().value as string);
        return snap;
      } finally {
        this.loading.delete(key);
      }
    })();
    this.loading.set(key, p);
    return p;
  }
}
