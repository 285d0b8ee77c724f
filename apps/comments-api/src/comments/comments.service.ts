import { Inject, Injectable } from '@nestjs/common';
import { ClientSession, Model, Types } from 'mongoose';
import { randomUUID } from 'node:crypto';
import {
  CommentDeletedV1,
  CommentEditedV1,
  CommentModeratedV1,
  CommentPublishedV1,
  CommentSubmittedV1,
  eventCatalog,
  EventType,
  EventTypes,
} from '@parley/contracts';
import { KafkaNames, OutboxEntry } from '@parley/messaging';
import { AuthenticatedUser, hostArticleId, ProblemException, siteField } from '@parley/platform';
import { ArticlesService } from '../articles/articles.service';
import { decodeCursor, encodeCursor, SortOrder } from '../common/cursor';
import { CommentsApiConfig } from '../config/comments-api.config';
import { outboxEntry } from '../common/outbox-entry';
import { Premoderation } from '../restrictions/premoderation';
import { RestrictionsService } from '../restrictions/restrictions.service';
import { EmailDomainRulesService } from '../email-domains/email-domain-rules.service';
import { isModerator, VIEW_PROJECTION, ViewableComment } from './comment.view';
import { CreateCommentDto } from './dto/create-comment.dto';
import { Comment } from './schemas/comment.schema';
import { decisionApplies, deletionApplies, editChange } from './comment-transitions';
import { automatedStatementEntry } from '../transparency/automated-statement';
import { CommentsRepository } from './comments.repository';
import { Page, ReadyPage, ThreadListings } from './thread-listings';

type State = Pick<Comment, '_id' | 'articleId' | 'authorId' | 'createdAt'>;

export const commentNotFound = (id: string) => new ProblemException(404, 'comment-not-found', 'Comment not found', `No visible comment with id ${id}`);

@Injectable()
export class CommentsService {
  private readonly listings: ThreadListings;
  private readonly comments: Model<Comment>;
  readonly editWindowMs: number;

  constructor(
    private readonly repository: CommentsRepository,
    private readonly names: KafkaNames,
    private readonly articles: ArticlesService,
    private readonly restrictions: RestrictionsService,
    private readonly premoderation: Premoderation,
    private readonly emailDomains: EmailDomainRulesService,
    @Inject(CommentsApiConfig) private readonly config: CommentsApiConfig,
  ) {
    this.comments = repository.model;
    this.listings = new ThreadListings(this.comments, config.COMMENTS_LIST_CACHE_TTL_MS, 500, config.COMMENTS_READY_PAGES_MB * 1024 * 1024);
    this.editWindowMs = config.COMMENTS_EDIT_WINDOW_SECONDS * 1000;
  }

  /** An event about one comment for its outbox (topic from the event catalog). */
  outboxEntry(type: EventType, commentId: string, data: object, time: Date, traceparent?: string): OutboxEntry {
    return outboxEntry(this.names.topic(eventCatalog[type].topic), commentId, type, data, time, randomUUID(), traceparent);
  }

  /**
   * Stores the comment with its "submitted" event in its outbox: one insert, shared with the
   * posts that arrive meanwhile (the outbox relay publishes the event).
   */
  async submit(articleId: string, dto: CreateCommentDto, author: AuthenticatedUser, traceparent?: string): Promise<Comment> {
    const [, emailDomain, article, parent] = await Promise.all([
      this.restrictions.assertMayParticipate(author),
      this.emailDomains.assertMayComment(author),
      this.articles.settingsFor(articleId),
      dto.parentId ? this.comments.findById(dto.parentId, { articleId: 1, authorId: 1, status: 1, depth: 1 }).lean<Pick<Comment, 'articleId' | 'authorId' | 'status' | 'depth'>>().exec() : null,
    ]);
    this.articles.assertAcceptingComments(article);
    let depth = 0;
    if (dto.parentId) {
      if (!parent || parent.articleId !== articleId || parent.status !== 'approved') {
        throw new ProblemException(422, 'invalid-parent', 'Invalid parent comment', `parentId ${dto.parentId} is not a visible comment on article ${hostArticleId(articleId)}`, {
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
      // An email-domain rule that premoderates the author holds this comment like a premoderated article.
      article: { section: article.section ?? null, premoderation: !!article.premoderation || emailDomain.premoderate, open: true },
    };
    // A plain insert: the DTO is validated already, every field is set here (no mongoose
    // document, casting or defaults on the hot path).
    const doc: Comment = {
      _id,
      ...siteField(author.site),
      articleId,
      authorId: author.id,
      authorName: author.name,
      ...(author.badges?.length ? { authorBadges: author.badges } : {}),
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
      outbox: [this.outboxEntry(EventTypes.CommentSubmitted, data.commentId, data, now, traceparent)],
      outboxPending: true,
      outboxSeq: 1,
      createdAt: now,
      updatedAt: now,
    };
    await this.repository.insert(doc);
    return doc;
  }

  /** A comment as the viewer may see it: approved or a placeholder for everybody, any of their own, anything for moderators. */
  async findVisible(id: string, viewer?: AuthenticatedUser): Promise<ViewableComment> {
    const c = await this.comments.findById(id, { ...VIEW_PROJECTION, reasons: 1, authorStatement: 1, listed: 1 }).lean<ViewableComment & { listed: boolean }>().exec();
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
      .find(filter, { ...VIEW_PROJECTION, reasons: 1, authorStatement: 1 })
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
    const c = await this.comments.findById(id, { articleId: 1, authorId: 1, createdAt: 1 }).lean<State>().exec();
    if (!c) throw commentNotFound(id);
    if (c.authorId !== user.id) throw new ProblemException(403, 'not-comment-author', 'Not your comment', 'Only the author can change a comment');
    return c;
  }

  /** The author edits within the window: a new revision, moderated again (parley.comment.edited.v1). */
  async edit(id: string, body: string, user: AuthenticatedUser, traceparent?: string): Promise<ViewableComment> {
    const current = await this.loadOwn(id, user);
    await this.restrictions.assertMayParticipate(user);
    const emailDomain = await this.emailDomains.assertMayComment(user);
    const editableUntil = new Date(new Date(current.createdAt).getTime() + this.editWindowMs);
    if (editableUntil <= new Date()) {
      throw new ProblemException(403, 'edit-window-closed', 'Too late to edit', `Comments can be edited until ${Math.round(this.editWindowMs / 60000)} minutes after posting; this one until ${editableUntil.toISOString()}`, {
        editableUntil: editableUntil.toISOString(),
      });
    }
    const article = await this.articles.settingsFor(current.articleId);
    this.articles.assertAcceptingComments(article);
    const now = new Date();
    const done = await this.repository.change(id, null, (prev) => {
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
        article: { section: article.section ?? null, premoderation: !!article.premoderation || emailDomain.premoderate, open: true },
      };
      return editChange(prev, body, now, this.outboxEntry(EventTypes.CommentEdited, id, data, now, traceparent));
    });
    if (!done) throw commentNotFound(id);
    return this.findVisible(id, user);
  }

  /** Soft delete by the author; a placeholder stays while it has replies. Idempotent. */
  async softDelete(id: string, user: AuthenticatedUser, traceparent?: string): Promise<void> {
    await this.loadOwn(id, user);
    const now = new Date();
    await this.repository.change(id, null, (prev) => {
      if (!deletionApplies(prev)) return null;
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
    // An automated approval needs the author's premoderation flag: read beside the comment's state.
    // (Used by the first attempt only: a compare-and-set retried after another writer reads it again.)
    let premoderated = d.automated && d.decision === 'approved' ? this.premoderation.isPremoderated(d.authorId) : undefined;
    premoderated?.catch(() => undefined);
    const done = await this.repository.change(d.commentId, null, async (prev) => {
      const prefetched = prev.authorId === d.authorId ? premoderated : undefined;
      premoderated = undefined;
      if (!decisionApplies(prev, eventId, { revision: d.revision, decidedAt, automated: d.automated })) return null;
      // The rules never publish a premoderated author's comment: whether comments-api's own hold
      // (on the submitted event) came first or not, an automated approval becomes that hold.
      if (d.automated && d.decision === 'approved' && (await (prefetched ?? this.premoderation.isPremoderated(prev.authorId)))) {
        return this.premoderation.hold(prev, d.commentId, d.revision, new Date(), randomUUID());
      }
      const events: OutboxEntry[] = [];
      if (d.decision === 'approved' && prev.status !== 'approved') {
        // stored with the reply; looked up only for replies stored before that field existed
        const parentAuthorId = await this.repository.parentAuthorOf(prev);
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
      // An automated restriction gets its statement of reasons (DSA Art. 17) in the same write.
      if (d.automated && d.decision !== 'approved') events.push(automatedStatementEntry(this.names, eventId, d, new Date(prev.createdAt)));
      return {
        status: d.decision,
        set: { reasons: d.reasons.map(({ ruleId, category, message }) => ({ ruleId, category, message })), decisionEventId: eventId, decidedAt, authorStatement: d.statement ?? null },
        events,
      };
    }, { batched: true });
    return !!done;
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

  addReactions(id: string, delta: number, session?: ClientSession): Promise<number> {
    return this.repository.addReactions(id, delta, session);
  }

  /** Counts a report and appends its event with the running count (one compare-and-set update of the comment). */
  async countReport(id: string, build: (c: Pick<Comment, 'articleId' | 'authorId' | 'revision'>, reportCount: number) => OutboxEntry): Promise<number> {
    const count = await this.repository.countReport(id, build);
    if (count === null) throw commentNotFound(id);
    return count;
  }
}
