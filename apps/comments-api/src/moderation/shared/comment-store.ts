import { Injectable, Logger } from '@nestjs/common';
import { OutboxTracker } from '../../comments/outbox-adapter';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { OutboxEntry, OutboxRelay } from '@parley/messaging';
import { ProblemException, DocLocks } from '@parley/platform';
import { DocStore } from '../../common/doc-store';
import { ArticlesService } from '../../articles/articles.service';
import type { CommentStatus } from '../../comments/schemas/comment.schema';
import { ModeratedComment } from './moderated-comment.schema';

export const STATE_FIELDS = {
  articleId: 1,
  authorId: 1,
  authorName: 1,
  parentId: 1,
  parentAuthorId: 1,
  body: 1,
  status: 1,
  revision: 1,
  reasons: 1,
  replyCount: 1,
  reportCount: 1,
  decisionEventId: 1,
  decidedAt: 1,
  createdAt: 1,
  editedAt: 1,
  featured: 1,
  modReportsOpen: 1,
  modHumanRevision: 1,
  modDecidedBy: 1,
  modReasonCode: 1,
} as const;
export type CommentState = Pick<ModeratedComment, '_id' | keyof typeof STATE_FIELDS>;

export interface Change {
  status: CommentStatus;
  set?: Record<string, unknown>;
  events?: OutboxEntry[];
}

const MAX_ATTEMPTS = 8;

export const commentNotFound = (id: string) => new ProblemException(404, 'comment-not-found', 'Comment not found', `No comment with id ${id}`);
export const staleRevision = (id: string, asked: number, current: number) =>
  new ProblemException(409, 'stale-revision', 'Comment changed since', `Comment ${id} is at revision ${current}; the decision was made on revision ${asked}. Review the new text and decide again.`, {
    currentRevision: current,
    errors: [{ field: 'revision', message: `is ${asked} but the comment is at revision ${current}` }],
  });

/**
 * Writes moderation changes to comments: one single-document compare-and-set update that
 * changes the status and appends the events (outbox), conditional on the revision the moderator
 * saw and on the state read; then the article's comment count and the parent's reply count.
 */
@Injectable()
export class CommentStore {
  private readonly logger = new Logger(CommentStore.name);

  constructor(
    @InjectModel(ModeratedComment.name) readonly model: Model<ModeratedComment>,
    private readonly relay: OutboxRelay,
    private readonly articles: ArticlesService,
    private readonly locks: DocLocks,
    private readonly tracker: OutboxTracker,
    private readonly docs: DocStore,
  ) {}

  async load(id: string): Promise<CommentState | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    return this.model.findById(id, STATE_FIELDS).lean<CommentState>().exec();
  }

  /**
   * Applies `decide(prev)` to the comment at `revision` (any revision when null). Throws 404,
   * 409 stale-revision, or whatever `decide` throws; retries when another writer won the race.
   */
  async change(id: string, revision: number | null, decide: (prev: CommentState) => Change | null): Promise<{ prev: CommentState; status: CommentStatus } | null> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const prev = await this.load(id);
      if (!prev) throw commentNotFound(id);
      if (revision !== null && prev.revision !== revision) throw staleRevision(id, revision, prev.revision);
      const change = decide(prev);
      if (!change) return null;
      const events = change.events ?? [];
      const update: Record<string, unknown> = {
        $set: {
          ...change.set,
          status: change.status,
          listed: change.status === 'approved' || (prev.replyCount ?? 0) > 0,
          updatedAt: new Date(),
          ...(events.length ? { outboxPending: true } : {}),
        },
      };
      if (events.length) {
        update.$push = { outbox: { $each: events } };
        update.$inc = { outboxSeq: events.length };
      }
      // Under the comment's lock: FerretDB updates are read-then-replace, so comments-api
      // serialises its own writes to one comment (see DocLocks), the outbox relay's included.
      // A compare-and-set by `_id` (DocStore): a filter on more fields makes FerretDB scan.
      const applied = await this.locks.run(`comment:${String(prev._id)}`, () =>
        this.docs.casUpdate(this.model, prev._id, { revision: prev.revision, status: prev.status, replyCount: prev.replyCount ?? 0, decisionEventId: prev.decisionEventId ?? null }, update),
      );
      if (!applied) continue;
      if (events.length) {
        this.tracker.mark(String(prev._id));
        this.relay.kick();
      }
      await this.applyCounters(prev, change.status);
      return { prev, status: change.status };
    }
    throw new ProblemException(409, 'concurrent-change', 'Concurrent change', `Comment ${id} kept changing; try again`);
  }

  /** Appends events and sets fields without a status change (feature, unfeature), at `revision`. */
  async annotate(id: string, revision: number, filter: Record<string, unknown>, set: Record<string, unknown>, events: OutboxEntry[]): Promise<boolean> {
    const update: Record<string, unknown> = { $set: { ...set, ...(events.length ? { outboxPending: true } : {}) } };
    if (events.length) {
      update.$push = { outbox: { $each: events } };
      update.$inc = { outboxSeq: events.length };
    }
    const applied = await this.locks.run(`comment:${id}`, () => this.docs.casUpdate(this.model, new Types.ObjectId(id), { revision, ...filter }, update));
    if (applied && events.length) {
      this.tracker.mark(id);
      this.relay.kick();
    }
    return applied;
  }

  /** Same bookkeeping as CommentsService: article count and parent's reply count follow approvals. */
  private async applyCounters(prev: CommentState, status: CommentStatus): Promise<void> {
    const delta = (status === 'approved' ? 1 : 0) - (prev.status === 'approved' ? 1 : 0);
    if (!delta) return;
    await this.articles.addToCommentCount(prev.articleId, delta);
    if (!prev.parentId) return;
    const parentId = prev.parentId;
    await this.locks.run(`comment:${parentId}`, () => this.model.updateOne({ _id: new Types.ObjectId(parentId) }, { $inc: { replyCount: delta } }).exec());
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const p = await this.model.findById(parentId, { status: 1, replyCount: 1, listed: 1 }).lean<Pick<ModeratedComment, 'status' | 'replyCount' | 'listed'>>().exec();
      if (!p) return;
      const want = p.status === 'approved' || (p.replyCount ?? 0) > 0;
      if (p.listed === want) return;
      const done = await this.locks.run(`comment:${parentId}`, () => this.docs.casUpdate(this.model, new Types.ObjectId(parentId), { status: p.status, replyCount: p.replyCount }, { $set: { listed: want } }));
      if (done) return;
    }
    this.logger.warn({ commentId: prev.parentId }, 'could not settle listed flag of parent');
  }

  /** The author of a comment's parent (for parley.comment.published.v1): stored with the reply, read from the parent for older replies. */
  async parentAuthorOf(c: Pick<CommentState, 'parentId' | 'parentAuthorId'>): Promise<string | null> {
    if (!c.parentId) return null;
    if (c.parentAuthorId !== undefined) return c.parentAuthorId;
    const p = await this.model.findById(c.parentId, { authorId: 1 }).lean<Pick<ModeratedComment, 'authorId'>>().exec();
    return p?.authorId ?? null;
  }
}
