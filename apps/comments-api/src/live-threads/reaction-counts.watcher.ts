import { Logger } from '@nestjs/common';
import type { Model } from 'mongoose';
import type { Comment } from '../comments/schemas/comment.schema';

/** Reaction counts of this many newest listed comments per article are compared by the poll. */
const POLLED_PER_ARTICLE = 2000;

export type ReactionCountChange = { articleId: string; id: string; reactionCount: number };

/**
 * Reaction-count changes of the articles that have readers on this process. Reactions have no
 * Kafka event (they are the most frequent write), so each replica learns of them from the
 * database: with a MongoDB change stream where the server has them (one stream per process,
 * updates of `reactionCount` only), otherwise (FerretDB, a standalone server, or a change
 * stream that failed) by polling, every `pollMs`, the counts of each watched article's listed
 * comments: one query per article per interval on this process, however many readers it has.
 */
export class ReactionCountsWatcher {
  private readonly logger = new Logger(ReactionCountsWatcher.name);
  /** Per watched article: comment id → last count seen (undefined until its first poll). */
  private readonly known = new Map<string, Map<string, number> | undefined>();
  private timer?: NodeJS.Timeout;
  private polling = false;
  private stream?: { close(): Promise<void>; on(event: string, fn: (arg: never) => void): unknown };
  mode: 'change-stream' | 'poll';

  constructor(
    private readonly comments: Model<Comment>,
    private readonly pollMs: number,
    useChangeStream: boolean,
    private readonly onChange: (c: ReactionCountChange) => void,
  ) {
    this.mode = useChangeStream ? 'change-stream' : 'poll';
  }

  watch(articleId: string): void {
    if (!this.known.has(articleId)) this.known.set(articleId, undefined);
    if (this.mode === 'change-stream') this.openChangeStream();
    else this.startPolling();
  }

  unwatch(articleId: string): void {
    this.known.delete(articleId);
    if (!this.known.size) this.stop();
  }

  private openChangeStream(): void {
    if (this.stream) return;
    try {
      const stream = this.comments.collection.watch(
        [
          { $match: { operationType: 'update', 'updateDescription.updatedFields.reactionCount': { $exists: true } } },
          { $project: { documentKey: 1, 'fullDocument.articleId': 1, 'fullDocument.status': 1, 'fullDocument.reactionCount': 1 } },
        ],
        { fullDocument: 'updateLookup' },
      );
      stream.on('change', (ch: { documentKey?: { _id: unknown }; fullDocument?: Pick<Comment, 'articleId' | 'status' | 'reactionCount'> }) => {
        const doc = ch.fullDocument;
        if (!doc || !ch.documentKey || doc.status !== 'approved' || !this.known.has(doc.articleId)) return;
        this.onChange({ articleId: doc.articleId, id: String(ch.documentKey._id), reactionCount: Math.max(0, doc.reactionCount ?? 0) });
      });
      stream.on('error', (err: Error) => this.fallBack(err));
      this.stream = stream as never;
    } catch (err) {
      this.fallBack(err as Error);
    }
  }

  /** A change stream that fails is not retried: this process polls from then on. */
  private fallBack(err: Error): void {
    this.logger.warn({ err: err.message }, 'reaction-count change stream failed; polling instead');
    void this.stream?.close().catch(() => undefined);
    this.stream = undefined;
    this.mode = 'poll';
    if (this.known.size) this.startPolling();
  }

  private startPolling(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref?.();
    void this.poll();
  }

  /** One pass over the watched articles; the first pass of an article only records its counts. */
  async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      for (const articleId of [...this.known.keys()]) {
        const rows = await this.comments
          .find({ articleId, listed: true }, { reactionCount: 1, status: 1 })
          .sort({ _id: -1 })
          .limit(POLLED_PER_ARTICLE)
          .lean<Array<Pick<Comment, '_id' | 'reactionCount' | 'status'>>>()
          .exec();
        if (!this.known.has(articleId)) continue; // its last reader left meanwhile
        const before = this.known.get(articleId);
        const now = new Map<string, number>();
        for (const r of rows) {
          if (r.status !== 'approved') continue;
          const id = String(r._id);
          const count = Math.max(0, r.reactionCount ?? 0);
          now.set(id, count);
          const was = before?.get(id);
          if (was !== undefined && was !== count) this.onChange({ articleId, id, reactionCount: count });
        }
        this.known.set(articleId, now);
      }
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'reaction-count poll failed');
    } finally {
      this.polling = false;
    }
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    void this.stream?.close().catch(() => undefined);
    this.stream = undefined;
  }
}
