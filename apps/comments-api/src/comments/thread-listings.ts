import { Logger } from '@nestjs/common';
import { Model } from 'mongoose';
import { compareKeys, mongoAfter, mongoSort, pageOf, SortKey, SortOrder, encodeCursor } from '../common/cursor';
import { VIEW_PROJECTION, ViewableComment } from './comment.view';
import { Comment } from './schemas/comment.schema';

export interface Page {
  items: ViewableComment[];
  nextCursor: string | null;
  /** The snapshot the page was cut from (absent when it was queried): ready pages are kept with it. */
  snapshot?: object;
}

/** A page as the public sees it, serialised once: the exact response bytes and their ETag. */
export interface ReadyPage {
  body: Buffer;
  etag: string;
  /** Authors of the page's comments: their own view of the page differs (reasons, pending bodies). */
  authors: ReadonlySet<string>;
}

interface Snapshot {
  rows: ViewableComment[];
  sorted: Partial<Record<SortOrder, ViewableComment[]>>;
  loadedAt: number;
  /** How long the load took: a snapshot stays fresh for at least twice that. */
  loadMs: number;
  /** Ready pages cut from this snapshot, by request URL; they go when the snapshot is replaced. */
  ready: Map<string, ReadyPage>;
  readyBytes: number;
}

/** Ready pages kept per thread snapshot, at most. */
const READY_PER_THREAD = 64;

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

  /** Bytes held by ready pages in all snapshots. */
  private readyBytes = 0;

  constructor(
    private readonly comments: Model<Comment>,
    private readonly ttlMs: number,
    private readonly maxThreads = 500,
    /** Budget for ready pages (0: none are kept). */
    private readonly readyBudgetBytes = 0,
  ) {}

  static filter(articleId: string, parentId: string | null): Record<string, unknown> {
    return { articleId, parentId, listed: true };
  }

  async page(articleId: string, parentId: string | null, sort: SortOrder, limit: number, after?: SortKey): Promise<Page> {
    if (this.ttlMs <= 0) return this.queryPage(articleId, parentId, sort, limit, after);
    const snap = await this.snapshot(ThreadListings.threadKey(articleId, parentId), articleId, parentId);
    let sorted = snap.sorted[sort];
    if (!sorted) sorted = snap.sorted[sort] = [...snap.rows].sort((a, b) => compareKeys(sort, keyOf(a), keyOf(b)));
    return { ...pageOf(sorted, keyOf, sort, limit, after), snapshot: snap };
  }

  private static threadKey(articleId: string, parentId: string | null): string {
    return `${articleId}\u0000${parentId ?? ''}`;
  }

  /**
   * The ready page for this request URL, when it was cut from the snapshot a page request would
   * be served from right now: a fresh one, or a stale one while its reload is running. Never
   * starts a load: a miss goes the ordinary way, which reloads when due.
   */
  ready(articleId: string, parentId: string | null, url: string): ReadyPage | undefined {
    const key = ThreadListings.threadKey(articleId, parentId);
    const snap = this.snapshots.get(key);
    if (!snap || !snap.ready.size) return undefined;
    const age = Date.now() - snap.loadedAt;
    const fresh = age < Math.max(this.ttlMs, 2 * snap.loadMs);
    if (!fresh && !(this.loading.has(key) && age < this.staleLimitMs)) return undefined;
    return snap.ready.get(url);
  }

  /** Keeps a page's response bytes with the snapshot it was cut from, if that is still the thread's current one. */
  keepReady(articleId: string, parentId: string | null, url: string, snapshot: object | undefined, page: ReadyPage): void {
    const snap = this.snapshots.get(ThreadListings.threadKey(articleId, parentId));
    if (!snap || snap !== snapshot || snap.ready.has(url) || snap.ready.size >= READY_PER_THREAD) return;
    if (this.readyBytes + page.body.length > this.readyBudgetBytes) return;
    snap.ready.set(url, page);
    snap.readyBytes += page.body.length;
    this.readyBytes += page.body.length;
  }

  private get staleLimitMs(): number {
    return Math.max(this.ttlMs * 10, 60_000);
  }

  private drop(snap: Snapshot | undefined): void {
    if (snap) this.readyBytes -= snap.readyBytes;
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
    if (snap && age < this.staleLimitMs) {
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
        const snap: Snapshot = { rows, sorted: {}, loadedAt: Date.now(), loadMs: Date.now() - started, ready: new Map(), readyBytes: 0 };
        this.drop(this.snapshots.get(key));
        this.snapshots.delete(key);
        this.snapshots.set(key, snap);
        if (this.snapshots.size > this.maxThreads) {
          const oldest = this.snapshots.keys().next().value as string;
          this.drop(this.snapshots.get(oldest));
          this.snapshots.delete(oldest);
        }
        return snap;
      } finally {
        this.loading.delete(key);
      }
    })();
    this.loading.set(key, p);
    return p;
  }
}
