import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { randomUUID } from 'node:crypto';
import {
  CommentDeletedV1,
  CommentEditedV1,
  CommentModeratedV1,
  CommentPublishedV1,
  CommentSubmittedV1,
  EventSources,
  EventTypes,
  Topics,
} from '@parley/contracts';
import { KafkaNames, OutboxEntry, OutboxRelay } from '@parley/messaging';
import { AuthenticatedUser, ProblemException, DocLocks } from '@parley/platform';
import { ArticlesService } from '../articles/articles.service';
import { decodeCursor, encodeCursor, SortOrder } from '../common/cursor';
import { DocStore } from '../common/doc-store';
import { InsertBatcher } from '../common/insert-batcher';
import { CommentsApiConfig } from '../config/comments-api.config';
import { RestrictionsService } from '../restrictions/restrictions.service';
import { isModerator, VIEW_PROJECTION, ViewableComment } from './comment.view';
import { CreateCommentDto } from './dto/create-comment.dto';
import { Comment, CommentStatus, isListed } from './schemas/comment.schema';
import { OutboxTracker } from './outbox-adapter';
import { Submission, SubmissionOutbox } from './submission-outbox';
import { Page, ReadyPage, ThreadListings } from './thread-listings';

type State = Pick<Comment, '_id' | 'articleId' | 'authorId' | 'authorName' | 'parentId' | 'parentAuthorId' | 'body' | 'status' | 'revision' | 'replyCount' | 'decisionEventId' | 'decidedAt' | 'createdAt' | 'editedAt'>;
const STATE_PROJECTION = { articleId: 1, authorId: 1, authorName: 1, parentId: 1, parentAuthorId: 1, body: 1, status: 1, revision: 1, replyCount: 1, decisionEventId: 1, decidedAt: 1, createdAt: 1, editedAt: 1, modHumanRevision: 1 };
type Transition = { status: CommentStatus; set?: Record<string, unknown>; push?: Record<string, unknown>; events?: OutboxEntry[] };
const DECIDABLE: CommentStatus[] = ['pending', 'flagged', 'approved', 'rejected'];
const MAX_CAS_ATTEMPTS = 8;

export const commentNotFound = (id: string) => new ProblemException(404, 'comment-not-found', 'Comment not found', `No visible comment with id ${id}`);

@Injectable()
export class CommentsService {
  private readonly logger = new Logger(CommentsService.name);
  private readonly listings: ThreadListings;
  /** New comments are written by group commit: concurrent posts share one insertMany (and one for their events). */
  private readonly inserts: InsertBatcher<Submission>;
  readonly editWindowMs: number;

  constructor(
    @InjectModel(Comment.name) private readonly comments: Model<Comment>,
    private readonly relay: OutboxRelay,
    private readonly names: KafkaNames,
    private readonly articles: ArticlesService,
    private readonly restrictions: RestrictionsService,
    @Inject(CommentsApiConfig) private readonly config: CommentsApiConfig,
    private readonly locks: DocLocks,
    private readonly store: DocStore,
    private readonly tracker: OutboxTracker,
    submissions: SubmissionOutbox,
  ) {
    this.listings = new ThreadListings(comments, config.COMMENTS_LIST_CACHE_TTL_MS, 500, config.COMMENTS_READY_PAGES_MB * 1024 * 1024);
    this.editWindowMs = config.COMMENTS_EDIT_WINDOW_SECONDS * 1000;
    this.inserts = new InsertBatcher<Submission>((items) => submissions.insertMany(items), 100);
  }

  outboxEntry(type: string, commentId: string, data: object, time: Date, traceparent?: string): OutboxEntry {
    return {
      eventId: randomUUID(),
      topic: this.names.topic(Topics.CommentEvents),
      key: commentId,
      type,
      source: EventSources.CommentsApi,
      subject: commentId,
      time,
      traceparent,
      data: { ...data },
    };
  }

  kickRelay(): void {
    this.relay.kick();
  }

  /**
   * Stores the comment's "submitted" event, then the comment (SubmissionOutbox: the event is
   * never lost, and published only once the comment is stored).
   */
  async submit(articleId: string, dto: CreateCommentDto, author: AuthenticatedUser, traceparent?: string): Promise<Comment> {
    const [, article, parent] = await Promise.all([
      this.restrictions.assertMayParticipate(author),
      this.articles.settingsFor(articleId),
      dto.parentId ? this.comments.findById(dto.parentId, { articleId: 1, authorId: 1, status: 1, depth: 1 }).lean<Pick<Comment, 'articleId' | 'authorId' | 'status' | 'depth'>>().exec() : null,
    ]);
    this.articles.assertAcceptingComments(article);
    let depth = 0;
    if (dto.parentId) {
      if (!parent || parent.articleId !== articleId || parent.status !== 'approved') {
        throw new ProblemException(422, 'invalid-parent', 'Invalid parent comment', `parentId ${dto.parentId} is not a visible comment on article ${articleId}`, {
          errors: [{ field: 'parentId', message: 'must reference a visible comment on the same article' }],
        });
      }
      depth = (parent.depth ?? 0) + 1;
      if (depth > this.config.COMMENTS_MAX_REPLY_DEPTH) {
        throw new ProblemException(422, 'reply-too-deep', 'Reply too deep', `Replies may be nested at most ${this.config.COMMENTS_MAX_REPLY_DEPTH} levels deep; reply to an earlier comment of the thread`, {
          errors: [{ field: 'parentId', message: `replies may be nested at most ${this.config.COMMENTS_MAX_REPLY_DEPTH} levels deep` }],
          maxDepth: this.config.COMMENTS_MAX_REPLY_DEPTH,
        });
      }
    }
    const _id = new Types.ObjectId();
    const now = new Date();
    const data: CommentSubmittedV1 = {
      commentId: _id.toHexString(),
      revision: 1,
      articleId,
      authorId: author.id,
      authorName: author.name,
      parentId: dto.parentId ?? null,
      body: dto.body,
      createdAt: now.toISOString(),
      article: { section: article.section ?? null, premoderation: !!article.premoderation, open: true },
    };
    // A plain insert: the DTO is validated already, every field is set here (no mongoose
    // document, casting or defaults on the hot path).
    const doc: Comment = {
      _id,
      articleId,
      authorId: author.id,
      authorName: author.name,
      parentId: data.parentId,
      parentAuthorId: parent?.authorId ?? null,
      depth,
      body: dto.body,
      status: 'pending',
      revision: 1,
      history: [],
      editedAt: null,
      deletedAt: null,
      reasons: [],
      replyCount: 0,
      reactionCount: 0,
      reportCount: 0,
      listed: false,
      decisionEventId: null,
      decidedAt: null,
      outbox: [],
      outboxPending: false,
      outboxSeq: 0,
      createdAt: now,
      updatedAt: now,
    };
    await this.inserts.insert({ doc, event: this.outboxEntry(EventTypes.CommentSubmitted, data.commentId, data, now, traceparent) });
    this.relay.kick();
    return doc;
  }

  /** A comment as the viewer may see it: approved or a placeholder for everybody, any of their own, anything for moderators. */
  async findVisible(id: string, viewer?: AuthenticatedUser): Promise<ViewableComment> {
    const c = await this.comments.findById(id, { ...VIEW_PROJECTION, reasons: 1, listed: 1 }).lean<ViewableComment & { listed: boolean }>().exec();
    if (!c || (!c.listed && c.authorId !== viewer?.id && !isModerator(viewer))) throw commentNotFound(id);
    return c;
  }

  /** Top-level comments of an article (parentId null) or the replies of a comment. */
  listThread(articleId: string, parentId: string | null, sort: SortOrder, limit: number, cursor?: string): Promise<Page> {
    return this.listings.page(articleId, parentId, sort, limit, cursor ? decodeCursor(sort, cursor) : undefined);
  }

  /** A top-level listing page kept as ready bytes (ReadyPages), if still current. */
  readyPage(articleId: string, url: string): ReadyPage | undefined {
    return this.listings.ready(articleId, null, url);
  }

  keepReadyPage(articleId: string, url: string, snapshot: object, page: ReadyPage): void {
    this.listings.keepReady(articleId, null, url, snapshot, page);
  }

  async listReplies(id: string, viewer: AuthenticatedUser | undefined, sort: SortOrder, limit: number, cursor?: string): Promise<Page> {
    const parent = await this.findVisible(id, viewer);
    return this.listThread(parent.articleId, id, sort, limit, cursor);
  }

  /** The caller's own comments in every status but deleted, newest first, with moderation reasons. */
  async listMine(user: AuthenticatedUser, articleId: string | undefined, limit: number, cursor?: string): Promise<Page> {
    const filter: Record<string, unknown> = { authorId: user.id, ...(articleId ? { articleId } : {}), status: { $ne: 'deleted' } };
    if (cursor) filter._id = { $lt: new Types.ObjectId(decodeCursor('newest', cursor).id) };
    const rows = await this.comments
      .find(filter, { ...VIEW_PROJECTION, reasons: 1 })
      .sort({ _id: -1 })
      .limit(limit + 1)
      .lean<ViewableComment[]>()
      .exec();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor('newest', { id: last._id.toString(), reactions: 0 }) : null };
  }

  async revisions(id: string, viewer: AuthenticatedUser): Promise<Array<{ revision: number; body: string; at: string; status: string }>> {
    const c = await this.comments.findById(id, { authorId: 1, history: 1, body: 1, revision: 1, status: 1, createdAt: 1, editedAt: 1 }).lean<Comment>().exec();
    if (!c || (c.authorId !== viewer.id && !isModerator(viewer))) throw commentNotFound(id);
    return [
      ...(c.history ?? []).map((h) => ({ revision: h.revision, body: h.body, at: new Date(h.at).toISOString(), status: h.status })),
      { revision: c.revision, body: c.body, at: new Date(c.editedAt ?? c.createdAt).toISOString(), status: c.status },
    ];
  }

  private async loadOwn(id: string, user: AuthenticatedUser): Promise<State> {
    const c = await this.comments.findById(id, STATE_PROJECTION).lean<State>().exec();
    if (!c) throw commentNotFound(id);
    if (c.authorId !== user.id) throw new ProblemException(403, 'not-comment-author', 'Not your comment', 'Only the author can change a comment');
    return c;
  }

  /**
   * Compare-and-set on the state read: the update applies only if status, revision, reply
   * count and last decision are unchanged, so concurrent changes never interleave. Status
   * counters (article count, parent's reply count) follow the winning transition.
   */
  private async transition(
    id: string,
    decide: (prev: State) => Transition | null | Promise<Transition | null>,
  ): Promise<{ prev: State; status: CommentStatus } | null> {
    for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
      const outcome = await this.locks.run(`comment:${id}`, async () => {
        const prev = await this.comments.findById(id, STATE_PROJECTION).lean<State>().exec();
        if (!prev) return { done: null };
        const change = await decide(prev);
        if (!change) return { done: null };
        const update: Record<string, unknown> = {
          $set: { ...change.set, status: change.status, listed: isListed({ status: change.status, replyCount: prev.replyCount }), ...(change.events?.length ? { outboxPending: true } : {}) },
        };
        const push: Record<string, unknown> = { ...change.push };
        if (change.events?.length) {
          push.outbox = { $each: change.events };
          update.$inc = { outboxSeq: change.events.length };
        }
        if (Object.keys(push).length) update.$push = push;
        const applied = await this.store.casUpdate(
          this.comments,
          prev._id,
          { status: prev.status, revision: prev.revision, replyCount: prev.replyCount, decisionEventId: prev.decisionEventId ?? null },
          update,
        );
        if (applied && change.events?.length) this.tracker.mark(id);
        return applied ? { done: { prev, status: change.status }, kick: !!change.events?.length } : undefined;
      });
      if (!outcome) continue;
      if (!outcome.done) return null;
      if (outcome.kick) this.relay.kick();
      // Counters are other documents: updated after this one's lock is released (locks never nest).
      await this.applyCounters(outcome.done.prev, outcome.done.status);
      return outcome.done;
    }
    throw new ProblemException(409, 'concurrent-change', 'Concurrent change', `Comment ${id} kept changing; try again`);
  }

  /** Keeps the article's comment count and the parent's reply count equal to the approved comments. */
  private async applyCounters(prev: Pick<State, 'articleId' | 'parentId' | 'status'>, status: CommentStatus): Promise<void> {
    const delta = (status === 'approved' ? 1 : 0) - (prev.status === 'approved' ? 1 : 0);
    if (!delta) return;
    await this.articles.addToCommentCount(prev.articleId, delta);
    if (prev.parentId) {
      const parentId = prev.parentId;
      await this.locks.run(`comment:${parentId}`, () => this.comments.updateOne({ _id: new Types.ObjectId(parentId) }, { $inc: { replyCount: delta } }).exec());
      await this.syncListed(parentId);
    }
  }

  /** Re-derives `listed` after the reply count changed (compare-and-set, retried). */
  private async syncListed(id: string): Promise<void> {
    for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
      const settled = await this.locks.run(`comment:${id}`, async () => {
        const c = await this.comments.findById(id, { status: 1, replyCount: 1, listed: 1 }).lean<Pick<Comment, 'status' | 'replyCount' | 'listed'>>().exec();
        if (!c) return true;
        const want = isListed(c);
        if (c.listed === want) return true;
        return this.store.casUpdate(this.comments, id, { status: c.status, replyCount: c.replyCount }, { $set: { listed: want } });
      });
      if (settled) return;
    }
    this.logger.warn({ commentId: id }, 'could not settle listed flag after concurrent changes');
  }

  /** The author edits within the window: a new revision, moderated again (parley.comment.edited.v1). */
  async edit(id: string, body: string, user: AuthenticatedUser, traceparent?: string): Promise<ViewableComment> {
    const current = await this.loadOwn(id, user);
    await this.restrictions.assertMayParticipate(user);
    const editableUntil = new Date(new Date(current.createdAt).getTime() + this.editWindowMs);
    if (editableUntil <= new Date()) {
      throw new ProblemException(403, 'edit-window-closed', 'Too late to edit', `Comments can be edited until ${Math.round(this.editWindowMs / 60000)} minutes after posting; this one until ${editableUntil.toISOString()}`, {
        editableUntil: editableUntil.toISOString(),
      });
    }
    const article = await this.articles.settingsFor(current.articleId);
    this.articles.assertAcceptingComments(article);
    const now = new Date();
    const done = await this.transition(id, (prev) => {
      if (prev.status === 'deleted' || prev.status === 'removed') {
        throw new ProblemException(409, 'comment-not-editable', 'Comment cannot be edited', `A ${prev.status} comment cannot be edited`);
      }
      // A moderator's rejection is not undone by rewording: the rules engine would judge the new
      // revision alone and could publish it. The author appeals the decision instead.
      if (prev.status === 'rejected' && (prev as State & { modHumanRevision?: number | null }).modHumanRevision === prev.revision) {
        throw new ProblemException(409, 'comment-not-editable', 'Comment cannot be edited', 'A moderator rejected this comment; it cannot be edited, but you can appeal the decision', { appealable: true });
      }
      const data: CommentEditedV1 = {
        commentId: id,
        revision: prev.revision + 1,
        previousRevision: prev.revision,
        articleId: prev.articleId,
        authorId: prev.authorId,
        authorName: prev.authorName,
        parentId: prev.parentId ?? null,
        body,
        createdAt: new Date(prev.createdAt).toISOString(),
        editedAt: now.toISOString(),
        article: { section: article.section ?? null, premoderation: !!article.premoderation, open: true },
      };
      return {
        status: 'pending',
        set: { body, revision: prev.revision + 1, editedAt: now, reasons: [], decisionEventId: null, decidedAt: null },
        push: { history: { revision: prev.revision, body: prev.body, at: prev.editedAt ?? prev.createdAt, status: prev.status } },
        events: [this.outboxEntry(EventTypes.CommentEdited, id, data, now, traceparent)],
      };
    });
    if (!done) throw commentNotFound(id);
    return this.findVisible(id, user);
  }

  /** Soft delete by the author; a placeholder stays while it has replies. Idempotent. */
  async softDelete(id: string, user: AuthenticatedUser, traceparent?: string): Promise<void> {
    await this.loadOwn(id, user);
    const now = new Date();
    await this.transition(id, (prev) => {
      if (prev.status === 'deleted') return null;
      if (prev.status === 'removed') throw new ProblemException(409, 'comment-removed', 'Comment was removed', 'A comment removed by a moderator cannot be deleted');
      const data: CommentDeletedV1 = {
        commentId: id,
        revision: prev.revision,
        articleId: prev.articleId,
        authorId: prev.authorId,
        previousStatus: prev.status as CommentDeletedV1['previousStatus'],
        deletedAt: now.toISOString(),
      };
      return { status: 'deleted', set: { deletedAt: now }, events: [this.outboxEntry(EventTypes.CommentDeleted, id, data, now, traceparent)] };
    });
  }

  /**
   * Applies a moderation decision. Idempotent and order-safe: a decision for another revision
   * (e.g. made before an edit), one already applied (same event id) or one older than the
   * last applied changes nothing. An approval publishes parley.comment.published.v1.
   */
  async applyDecision(eventId: string, d: CommentModeratedV1, traceparent?: string): Promise<boolean> {
    if (!Types.ObjectId.isValid(d.commentId) || !/^[a-f0-9]{24}$/i.test(d.commentId)) return false;
    const decidedAt = new Date(d.decidedAt);
    const done = await this.transition(d.commentId, async (prev) => {
      if (prev.revision !== d.revision || !DECIDABLE.includes(prev.status) || prev.decisionEventId === eventId) return null;
      if (prev.decidedAt && new Date(prev.decidedAt) > decidedAt) return null;
      // A moderator decided this revision (moderation module): the rules engine never overrides a human.
      if (d.automated && (prev as State & { modHumanRevision?: number | null }).modHumanRevision === prev.revision) return null;
      const events: OutboxEntry[] = [];
      if (d.decision === 'approved' && prev.status !== 'approved') {
        // stored with the reply; looked up only for replies stored before that field existed
        const parentAuthorId = !prev.parentId ? null : prev.parentAuthorId !== undefined ? prev.parentAuthorId : await this.authorOf(prev.parentId);
        const data: CommentPublishedV1 = {
          commentId: d.commentId,
          revision: prev.revision,
          articleId: prev.articleId,
          authorId: prev.authorId,
          authorName: prev.authorName,
          parentId: prev.parentId ?? null,
          parentAuthorId: parentAuthorId ?? null,
          excerpt: [...prev.body].slice(0, 280).join(''),
          publishedAt: new Date().toISOString(),
        };
        events.push(this.outboxEntry(EventTypes.CommentPublished, d.commentId, data, new Date(), traceparent));
      }
      return {
        status: d.decision,
        set: { reasons: d.reasons.map(({ ruleId, category, message }) => ({ ruleId, category, message })), decisionEventId: eventId, decidedAt },
        events,
      };
    });
    return !!done;
  }

  /** A comment's author (a reply's parent, for the published event). */
  private async authorOf(commentId: string): Promise<string | null> {
    const c = await this.comments.findById(commentId, { authorId: 1 }).lean<Pick<Comment, 'authorId'>>().exec();
    return c?.authorId ?? null;
  }

  /** An approved comment others may interact with (react, report); 404 otherwise. */
  async findInteractive(id: string): Promise<Pick<Comment, '_id' | 'articleId' | 'authorId' | 'revision' | 'status' | 'reportCount' | 'reactionCount'>> {
    const c = await this.comments
      .findById(id, { articleId: 1, authorId: 1, revision: 1, status: 1, reportCount: 1, reactionCount: 1 })
      .lean<Pick<Comment, '_id' | 'articleId' | 'authorId' | 'revision' | 'status' | 'reportCount' | 'reactionCount'>>()
      .exec();
    if (!c || c.status !== 'approved') throw commentNotFound(id);
    return c;
  }

  async addReactions(id: string, delta: number): Promise<number> {
    // FerretDB's findAndModify takes no projection, so: update, then read the count.
    return this.locks.run(`comment:${id}`, async () => {
      await this.comments.updateOne({ _id: new Types.ObjectId(id) }, { $inc: { reactionCount: delta } }).exec();
      const c = await this.comments.findById(id, { reactionCount: 1 }).lean<Pick<Comment, 'reactionCount'>>().exec();
      return Math.max(0, c?.reactionCount ?? 0);
    });
  }

  /**
   * Counts a report and appends its event with the running count, in one compare-and-set
   * update of the comment (the count in the event is exactly the stored one).
   */
  async countReport(id: string, build: (c: Pick<Comment, 'articleId' | 'authorId' | 'revision'>, reportCount: number) => OutboxEntry): Promise<number> {
    for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
      const count = await this.locks.run(`comment:${id}`, async () => {
        const c = await this.comments.findById(id, { articleId: 1, authorId: 1, revision: 1, reportCount: 1 }).lean<Pick<Comment, 'articleId' | 'authorId' | 'revision' | 'reportCount'>>().exec();
        if (!c) throw commentNotFound(id);
        const next = (c.reportCount ?? 0) + 1;
        const applied = await this.store.casUpdate(this.comments, id, { reportCount: c.reportCount ?? null }, { $set: { reportCount: next, outboxPending: true }, $push: { outbox: build(c, next) }, $inc: { outboxSeq: 1 } });
        if (applied) this.tracker.mark(id);
        return applied ? next : undefined;
      });
      if (count !== undefined) {
        this.relay.kick();
        return count;
      }
    }
    throw new ProblemException(409, 'concurrent-change', 'Concurrent change', `Comment ${id} kept changing; try again`);
  }
}
