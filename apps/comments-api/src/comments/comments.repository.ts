import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectConnection, InjectModel } from '@nestjs/mongoose';
import { ClientSession, Connection, Model, Types } from 'mongoose';
import { appendEvents, OutboxEntry, OutboxRelay } from '@parley/messaging';
import { DatabaseCapabilities, InsertBatcher, inTransactionIfSupported, ProblemException, ReadBatcher, WriteBatcher } from '@parley/platform';
import { ArticlesService } from '../articles/articles.service';
import { MISSED, retryCompareAndSet } from '../common/compare-and-set';
import { approvedDelta, Change, CommentState, isListed, STATE_FIELDS, staleRevision } from './comment-transitions';
import { Comment, CommentStatus } from './schemas/comment.schema';

/** Attempts of a compare-and-set before answering 409 concurrent-change (each after a short random pause). */
const MAX_ATTEMPTS = 24;
const keptChanging = (id: string) => new ProblemException(409, 'concurrent-change', 'Concurrent change', `Comment ${id} kept changing; try again`);

/** One conditional update of a batched change (`change(..., { batched: true })`). */
interface BatchedChange {
  prev: CommentState;
  status: CommentStatus;
  guard: Record<string, unknown>;
  update: Record<string, unknown>;
}

/**
 * The one way to the `comments` collection's writes. Every write is a single-document atomic
 * update: status changes are conditional on the state the transition saw (revision, status,
 * reply count, last decision: compare-and-set, retried when another writer won), counters are
 * `$inc`, events go into the document's own outbox in the same update (the relay publishes
 * them). The counters a status change moves on other documents (article comment count,
 * parent's reply count) commit with it in one transaction where the server has transactions,
 * and right after it otherwise.
 */
@Injectable()
export class CommentsRepository {
  /** New comments are written by group commit: concurrent posts share one insertMany. */
  private readonly inserts: InsertBatcher<Comment>;
  /** State reads: concurrent ones (decisions of a Kafka batch, say) share one `{ _id: { $in } }` query. */
  private readonly states: ReadBatcher<string, CommentState>;
  /** Batched changes (moderation decisions): concurrent ones share one unordered bulk write of their conditional updates. */
  private readonly changes: WriteBatcher<BatchedChange, boolean>;

  constructor(
    @InjectModel(Comment.name) readonly model: Model<Comment>,
    @InjectConnection() private readonly connection: Connection,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    private readonly articles: ArticlesService,
    @Inject(DatabaseCapabilities) private readonly caps: DatabaseCapabilities,
  ) {
    this.inserts = new InsertBatcher<Comment>((docs) => this.model.collection.insertMany(docs as never[], { ordered: false }), 100);
    this.states = new ReadBatcher<string, CommentState>(async (ids) => {
      const docs = await this.model.find({ _id: { $in: ids } }, STATE_FIELDS).lean<CommentState[]>().exec();
      return new Map(docs.map((d) => [String(d._id), d]));
    });
    this.changes = new WriteBatcher<BatchedChange, boolean>((items) => this.applyChanges(items), (c) => String(c.prev._id));
  }

  /** Stores a new comment with its first events in its outbox: one insert (batched with concurrent ones). */
  async insert(doc: Comment): Promise<void> {
    await this.inserts.insert(doc);
    // The relay publishes the outbox as written here, without reading the comment back.
    if (doc.outbox.length) this.relay.kickWritten(doc._id, doc.outbox, doc.outboxSeq);
  }

  async load(id: string): Promise<CommentState | null> {
    if (!Types.ObjectId.isValid(id) || !/^[a-f0-9]{24}$/i.test(id)) return null;
    return (await this.states.load(id.toLowerCase())) ?? null;
  }

  /**
   * Applies `decide(prev)` to the comment, at `revision` (any revision when null): one
   * conditional update guarded by the state `decide` saw. Returns null when the comment does not
   * exist or `decide` returns null; throws 409 stale-revision, or whatever `decide` throws.
   */
  async change(
    id: string,
    revision: number | null,
    decide: (prev: CommentState) => Change | null | Promise<Change | null>,
    opts: { batched?: boolean } = {},
  ): Promise<{ prev: CommentState; status: CommentStatus } | null> {
    return retryCompareAndSet(MAX_ATTEMPTS, async () => {
      const prev = await this.load(id);
      if (!prev) return null;
      if (revision !== null && prev.revision !== revision) throw staleRevision(id, revision, prev.revision);
      const change = await decide(prev);
      if (!change) return null;
      const events = change.events ?? [];
      const ev = appendEvents(events);
      const update: Record<string, unknown> = {
        $set: { ...change.set, status: change.status, listed: isListed({ status: change.status, replyCount: prev.replyCount }), updatedAt: new Date(), ...ev.set },
      };
      const push = { ...change.push, ...ev.push };
      if (Object.keys(push).length) update.$push = push;
      if (events.length) update.$inc = ev.inc;
      const guard = { _id: prev._id, revision: prev.revision, status: prev.status, replyCount: prev.replyCount ?? 0, decisionEventId: prev.decisionEventId ?? null };
      const applied = opts.batched
        ? await this.changes.submit({ prev, status: change.status, guard, update })
        : await inTransactionIfSupported(this.caps, this.connection, async (session) => {
            const res = await this.model.updateOne(guard, update as never, { session, timestamps: false }).exec();
            if (!res.matchedCount) return false;
            await this.applyCounters(prev, change.status, session);
            return true;
          });
      if (!applied) return MISSED;
      // Appended to an empty outbox: the relay knows the whole outbox without reading it back.
      if (events.length && prev.outboxPending === false && typeof prev.outboxSeq === 'number') this.relay.kickWritten(prev._id, events, prev.outboxSeq + events.length);
      else if (events.length) this.relay.kick(prev._id);
      return { prev, status: change.status };
    }, () => keptChanging(id));
  }

  /**
   * Writes a batch of changes to different comments: one unordered bulk write of their
   * conditional single-document updates (each still guarded by the state its transition saw),
   * then the counters of the ones that applied; in one transaction where the server has them.
   * Each update also sets a fresh `writeId`, so when only some matched, one `$in` read tells
   * which (bulk results give only the total).
   */
  private async applyChanges(items: BatchedChange[]): Promise<boolean[]> {
    const tokens = items.map(() => randomUUID());
    return inTransactionIfSupported(this.caps, this.connection, async (session) => {
      const ops = items.map((c, i) => {
        const update = { ...c.update, $set: { ...(c.update.$set as Record<string, unknown>), writeId: tokens[i] } };
        return { updateOne: { filter: c.guard, update } };
      });
      const res = await this.model.collection.bulkWrite(ops as never, { ordered: false, session });
      let applied: boolean[];
      if (res.matchedCount === items.length) applied = items.map(() => true);
      else if (res.matchedCount === 0) applied = items.map(() => false);
      else {
        const docs = await this.model.collection.find({ _id: { $in: items.map((c) => c.prev._id) } } as never, { projection: { writeId: 1 }, session }).toArray();
        const written = new Map(docs.map((d) => [String(d._id), (d as { writeId?: string }).writeId]));
        applied = items.map((c, i) => written.get(String(c.prev._id)) === tokens[i]);
      }
      const moved = items.filter((c, i) => applied[i] && approvedDelta(c.prev.status, c.status));
      if (session) for (const c of moved) await this.applyCounters(c.prev, c.status, session);
      else await Promise.all(moved.map((c) => this.applyCounters(c.prev, c.status)));
      return applied;
    });
  }

  /** Sets fields and appends events without a status change (feature, unfeature), if the comment is at `revision` and matches `filter`. */
  async annotate(id: string, revision: number, filter: Record<string, unknown>, set: Record<string, unknown>, events: OutboxEntry[]): Promise<boolean> {
    const ev = appendEvents(events);
    const update: Record<string, unknown> = { $set: { ...set, ...ev.set } };
    if (events.length) {
      update.$push = ev.push;
      update.$inc = ev.inc;
    }
    const res = await this.model.updateOne({ _id: new Types.ObjectId(id), revision, ...filter }, update as never).exec();
    if (res.matchedCount && events.length) this.relay.kick(id);
    return res.matchedCount > 0;
  }

  /** Keeps the article's comment count and the parent's reply count equal to the approved comments. */
  private async applyCounters(prev: Pick<CommentState, 'articleId' | 'parentId' | 'status'>, status: CommentStatus, session?: ClientSession): Promise<void> {
    const delta = approvedDelta(prev.status, status);
    if (!delta) return;
    await this.articles.addToCommentCount(prev.articleId, delta, session);
    if (!prev.parentId) return;
    const parentId = new Types.ObjectId(prev.parentId);
    if (delta > 0) {
      // With an approved reply the parent is listed whatever its status.
      await this.model.updateOne({ _id: parentId }, { $inc: { replyCount: 1 }, $set: { listed: true } }, { session, timestamps: false }).exec();
      return;
    }
    await this.model.updateOne({ _id: parentId }, { $inc: { replyCount: -1 } }, { session, timestamps: false }).exec();
    // Unlisted when its last approved reply went and it is not approved itself (conditional: a
    // reply approved or the parent approved meanwhile leaves it listed).
    await this.model.updateOne({ _id: parentId, replyCount: { $lte: 0 }, status: { $ne: 'approved' } }, { $set: { listed: false } }, { session, timestamps: false }).exec();
  }

  /** Adds `delta` to the reaction count; returns the count after this update (one atomic findAndModify). */
  async addReactions(id: string, delta: number, session?: ClientSession): Promise<number> {
    const c = await this.model.findOneAndUpdate({ _id: new Types.ObjectId(id) }, { $inc: { reactionCount: delta } }, { returnDocument: 'after', session, timestamps: false }).lean<Pick<Comment, 'reactionCount'>>().exec();
    return Math.max(0, c?.reactionCount ?? 0);
  }

  /**
   * Counts a report and appends its event with the running count, in one compare-and-set
   * update of the comment (the count in the event is exactly the stored one).
   */
  async countReport(id: string, build: (c: Pick<Comment, 'articleId' | 'authorId' | 'revision'>, reportCount: number) => OutboxEntry): Promise<number | null> {
    return retryCompareAndSet(MAX_ATTEMPTS * 2, async () => {
      const c = await this.model.findById(id, { articleId: 1, authorId: 1, revision: 1, reportCount: 1 }).lean<Pick<Comment, 'articleId' | 'authorId' | 'revision' | 'reportCount'>>().exec();
      if (!c) return null;
      const next = (c.reportCount ?? 0) + 1;
      const ev = appendEvents([build(c, next)]);
      const res = await this.model.updateOne({ _id: new Types.ObjectId(id), reportCount: c.reportCount ?? null } as never, { $set: { reportCount: next, ...ev.set }, $push: ev.push, $inc: ev.inc }, { timestamps: false }).exec();
      if (!res.matchedCount) return MISSED;
      this.relay.kick(id);
      return next;
    }, () => keptChanging(id));
  }

  /** The author of a comment's parent (for parley.comment.published.v1): stored with the reply, read from the parent for older replies. */
  async parentAuthorOf(c: Pick<CommentState, 'parentId' | 'parentAuthorId'>): Promise<string | null> {
    if (!c.parentId) return null;
    if (c.parentAuthorId !== undefined) return c.parentAuthorId ?? null;
    const p = await this.model.findById(c.parentId, { authorId: 1 }).lean<Pick<Comment, 'authorId'>>().exec();
    return p?.authorId ?? null;
  }
}
