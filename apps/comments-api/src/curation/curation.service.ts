import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { CommentPinnedV1, CommentUnpinnedV1, EventTypes, Topics } from '@parley/contracts';
import { appendEvents, KafkaNames, OutboxRelay } from '@parley/messaging';
import { AuthenticatedUser, hostArticleId, ProblemException } from '@parley/platform';
import { Article } from '../articles/schemas/article.schema';
import { VIEW_PROJECTION, ViewableComment } from '../comments/comment.view';
import { Comment } from '../comments/schemas/comment.schema';
import { MISSED, retryCompareAndSet } from '../common/compare-and-set';
import { outboxEntry } from '../common/outbox-entry';
import { AuditService } from '../moderation/audit/audit.service';
import { assertNotOwnComment } from '../moderation/shared/separation-of-duties';
import { decodeFeaturedCursor, encodeFeaturedCursor, featuredAfter } from './featured-cursor';

export interface FeaturedPage {
  items: Array<ViewableComment & { featuredAt: Date }>;
  nextCursor: string | null;
}

export interface PinResult {
  articleId: string;
  commentId: string;
  pinnedAt: string;
  pinnedBy: string;
  /** The comment this pin replaced (null when none was pinned). */
  replaced: string | null;
}

export interface PinnedComment {
  comment: ViewableComment | null;
  pinnedAt: Date | null;
}

export const ARTICLE_OUTBOX_RELAY = 'ARTICLE_OUTBOX_RELAY';

/** Misses of a pin's or unpin's compare-and-set (each one another pin landing) before 503 pin-contention. */
const MAX_PIN_ATTEMPTS = 1000;
const pinContention = (articleId: string) => new ProblemException(503, 'pin-contention', 'Too many concurrent pins', `Article ${articleId} is being pinned by others; try again`);
const articleNotFound = (articleId: string) => new ProblemException(404, 'article-not-found', 'Article not found', `No article with id ${hostArticleId(articleId)}`);

/**
 * Editors' curation of an article's thread: the featured tab (comments moderators featured with
 * a decision, see DecisionsService) and the one pinned comment.
 *
 * The pin is one field of the article document: pinning writes it with a single conditional
 * update on the comment pinned before (compare-and-set, retried when another pin landed first)
 * that also appends parley.comment.pinned.v1 to the article's outbox, so concurrent pins leave
 * exactly one pinned comment and each replaced pin is reported to exactly one caller. Unpinning is
 * the same compare-and-set, with parley.comment.unpinned.v1. The pinned comment
 * is shown only while it is approved (read with it), so a pin never shows a comment that was
 * removed, rejected or deleted after it was pinned.
 */
@Injectable()
export class CurationService {
  constructor(
    @InjectModel(Comment.name) private readonly comments: Model<Comment>,
    @InjectModel(Article.name) private readonly articles: Model<Article>,
    private readonly audit: AuditService,
    private readonly names: KafkaNames,
    @Inject(ARTICLE_OUTBOX_RELAY) private readonly relay: OutboxRelay,
  ) {}

  /** Approved featured comments of an article (top level and replies), most recently featured first. */
  async featured(articleId: string, limit: number, cursor?: string): Promise<FeaturedPage> {
    const after = cursor ? featuredAfter(decodeFeaturedCursor(cursor), (id) => new Types.ObjectId(id)) : {};
    const rows = await this.comments
      .find({ articleId, featured: true, status: 'approved', ...after }, { ...VIEW_PROJECTION, featuredAt: 1 })
      .sort({ featuredAt: -1, _id: -1 })
      .limit(limit + 1)
      .lean<Array<ViewableComment & { featuredAt: Date }>>()
      .exec();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeFeaturedCursor({ featuredAt: new Date(last.featuredAt), id: last._id.toString() }) : null };
  }

  /** The article's pinned comment while it is approved (else comment null); 404 for an unknown article. */
  async pinned(articleId: string): Promise<PinnedComment> {
    const a = await this.articles.findById(articleId, { pinnedCommentId: 1, pinnedAt: 1 }).lean<Pick<Article, '_id' | 'pinnedCommentId' | 'pinnedAt'>>().exec();
    if (!a) throw articleNotFound(articleId);
    if (!a.pinnedCommentId) return { comment: null, pinnedAt: null };
    const c = await this.comments
      .findOne({ _id: new Types.ObjectId(a.pinnedCommentId), articleId, status: 'approved' }, VIEW_PROJECTION)
      .lean<ViewableComment>()
      .exec();
    return { comment: c ?? null, pinnedAt: c ? (a.pinnedAt ?? null) : null };
  }

  /**
   * Pins an approved top-level comment of the article, replacing the one pinned before: one
   * atomic update of the article document. 404 unknown comment, 422 a comment of another article
   * or a reply, 409 a comment that is not approved, 403 the moderator's own comment.
   */
  async pin(articleId: string, commentId: string, mod: AuthenticatedUser): Promise<PinResult> {
    const c = await this.comments
      .findById(commentId, { articleId: 1, authorId: 1, parentId: 1, status: 1 })
      .lean<Pick<Comment, '_id' | 'articleId' | 'authorId' | 'parentId' | 'status'>>()
      .exec();
    if (!c)
      throw new ProblemException(404, 'comment-not-found', 'Comment not found', `No comment with id ${commentId}`, {
        errors: [{ field: 'commentId', message: 'names no comment' }],
      });
    if (c.articleId !== articleId) {
      throw new ProblemException(422, 'comment-not-pinnable', 'Comment cannot be pinned', `Comment ${commentId} belongs to another article`, {
        errors: [{ field: 'commentId', message: `is a comment on another article, not on ${hostArticleId(articleId)}` }],
      });
    }
    if (c.parentId) {
      throw new ProblemException(
        422,
        'comment-not-pinnable',
        'Comment cannot be pinned',
        `Comment ${commentId} is a reply; only a top-level comment can be pinned`,
        { errors: [{ field: 'commentId', message: 'is a reply; pin a top-level comment' }] },
      );
    }
    if (c.status !== 'approved') {
      throw new ProblemException(
        409,
        'comment-not-approved',
        'Comment is not published',
        `Comment ${commentId} is ${c.status}; only an approved comment can be pinned`,
        { commentStatus: c.status },
      );
    }
    assertNotOwnComment(c.authorId, mod, 'pin');
    const pinnedAt = new Date();
    // Compare-and-set on the pinned comment: the write that pins names the comment it replaces,
    // and the event (into the article's outbox, in that same write) names the same one. A racing
    // pin that lands in between makes the write miss; it is read again and retried (every miss
    // means another pin succeeded, so this ends).
    const replaced = await retryCompareAndSet(MAX_PIN_ATTEMPTS, async () => {
      const current = await this.articles.findById(articleId, { pinnedCommentId: 1 }).lean<Pick<Article, 'pinnedCommentId'>>().exec();
      if (!current) throw articleNotFound(articleId);
      const replaced = current.pinnedCommentId ?? null;
      const data: CommentPinnedV1 = { commentId, articleId, authorId: c.authorId, pinnedBy: mod.id, pinnedAt: pinnedAt.toISOString(), replacedCommentId: replaced };
      // pinning the comment already pinned publishes nothing (as featuring a featured one)
      const ev = appendEvents(replaced === commentId ? [] : [outboxEntry(this.names.topic(Topics.CommentEvents), commentId, EventTypes.CommentPinned, data, pinnedAt)]);
      const res = await this.articles
        .updateOne(
          { _id: articleId, pinnedCommentId: replaced },
          { $set: { pinnedCommentId: commentId, pinnedAt, pinnedBy: mod.id, ...ev.set }, ...(ev.push.outbox ? { $push: ev.push, $inc: ev.inc } : {}) },
          { timestamps: false },
        )
        .exec();
      if (!res.matchedCount) return MISSED;
      if (ev.push.outbox) this.relay.kick(articleId);
      return replaced;
    }, () => pinContention(articleId));
    await this.audit.record({
      at: pinnedAt,
      actor: mod.id,
      automated: false,
      action: 'curation.pin',
      commentId,
      userId: c.authorId,
      before: { articleId, pinned: replaced },
      after: { articleId, pinned: commentId },
    });
    return { articleId: hostArticleId(articleId), commentId, pinnedAt: pinnedAt.toISOString(), pinnedBy: mod.id, replaced };
  }

  /**
   * Unpins whatever is pinned; returns the comment that was pinned, if any. Like pinning, a
   * compare-and-set on the pinned comment: the write that clears the pin names the comment it
   * unpins and appends parley.comment.unpinned.v1 about it to the article's outbox in that same
   * write (retried when another pin or unpin landed first). Unpinning with nothing pinned
   * changes nothing and publishes nothing.
   */
  async unpin(articleId: string, mod: AuthenticatedUser): Promise<string | null> {
    const unpinnedAt = new Date();
    const was = await retryCompareAndSet(MAX_PIN_ATTEMPTS, async () => {
      const current = await this.articles.findById(articleId, { pinnedCommentId: 1 }).lean<Pick<Article, 'pinnedCommentId'>>().exec();
      if (!current) throw articleNotFound(articleId);
      const was = current.pinnedCommentId ?? null;
      if (!was) return null;
      const c = await this.comments.findById(was, { authorId: 1 }).lean<Pick<Comment, 'authorId'>>().exec();
      if (!c) throw new Error(`unpin: the pinned comment ${was} of article ${articleId} is not stored`);
      const data: CommentUnpinnedV1 = { commentId: was, articleId, authorId: c.authorId, unpinnedBy: mod.id, unpinnedAt: unpinnedAt.toISOString() };
      const ev = appendEvents([outboxEntry(this.names.topic(Topics.CommentEvents), was, EventTypes.CommentUnpinned, data, unpinnedAt)]);
      const res = await this.articles
        .updateOne(
          { _id: articleId, pinnedCommentId: was },
          { $set: { pinnedCommentId: null, pinnedAt: null, pinnedBy: null, ...ev.set }, $push: ev.push, $inc: ev.inc },
          { timestamps: false },
        )
        .exec();
      if (!res.matchedCount) return MISSED;
      this.relay.kick(articleId);
      return was;
    }, () => pinContention(articleId));
    if (!was) return null;
    await this.audit.record({
      at: unpinnedAt,
      actor: mod.id,
      automated: false,
      action: 'curation.unpin',
      commentId: was,
      before: { articleId, pinned: was },
      after: { articleId, pinned: null },
    });
    return was;
  }
}
