import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { CommentModeratedV1, CommentSubmittedV1, EventSources, EventTypes, Topics } from '@parley/contracts';
import { KafkaNames, OutboxEntry, OutboxRelay } from '@parley/messaging';
import { AuthenticatedUser, ProblemException } from '@parley/platform';
import { decodeCursor, encodeCursor } from './cursor';
import { CreateCommentDto } from './dto/create-comment.dto';
import { Comment } from './schemas/comment.schema';

@Injectable()
export class CommentsService {
  constructor(
    @InjectModel(Comment.name) private readonly comments: Model<Comment>,
    private readonly relay: OutboxRelay,
    private readonly names: KafkaNames,
  ) {}

  /** Stores the comment and its "submitted" event in one single-document write (outbox). */
  async submit(articleId: string, dto: CreateCommentDto, author: AuthenticatedUser, traceparent?: string): Promise<Comment> {
    if (dto.parentId) {
      const parent = await this.comments.findById(dto.parentId, { articleId: 1 }).lean().exec();
      if (!parent || parent.articleId !== articleId) {
        throw new ProblemException(422, 'invalid-parent', 'Invalid parent comment', `parentId ${dto.parentId} is not a comment on article ${articleId}`, {
          errors: [{ field: 'parentId', message: 'must reference a comment on the same article' }],
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
      article: { section: null, premoderation: false, open: true },
    };
    const event: OutboxEntry = {
      eventId: randomUUID(),
      topic: this.names.topic(Topics.CommentEvents),
      key: data.commentId,
      type: EventTypes.CommentSubmitted,
      source: EventSources.CommentsApi,
      subject: data.commentId,
      time: now,
      traceparent,
      data: { ...data },
    };
    const doc = await this.comments.create({
      _id,
      articleId,
      authorId: author.id,
      authorName: author.name,
      parentId: data.parentId,
      body: dto.body,
      status: 'pending',
      revision: 1,
      outbox: [event],
      outboxPending: true,
      outboxSeq: 1,
      createdAt: now,
      updatedAt: now,
    });
    this.relay.kick();
    return doc.toObject();
  }

  /** The public sees approved comments; the author also sees their own in any state. */
  async findVisible(id: string, viewer?: AuthenticatedUser): Promise<Comment> {
    const c = await this.comments.findById(id, { outbox: 0 }).lean<Comment>().exec();
    if (!c || (c.status !== 'approved' && c.authorId !== viewer?.id)) {
      throw new ProblemException(404, 'comment-not-found', 'Comment not found', `No visible comment with id ${id}`);
    }
    return c;
  }

  async listApproved(articleId: string, limit: number, cursor?: string): Promise<{ items: Comment[]; nextCursor: string | null }> {
    const filter: Record<string, unknown> = { articleId, status: 'approved' };
    if (cursor) filter._id = { $lt: decodeCursor(cursor) };
    const rows = await this.comments
      .find(filter, { outbox: 0 })
      .sort({ _id: -1 })
      .limit(limit + 1)
      .lean<Comment[]>()
      .exec();
    const items = rows.slice(0, limit);
    const nextCursor = rows.length > limit ? encodeCursor(items[items.length - 1]!._id) : null;
    return { items, nextCursor };
  }

  /**
   * Applies a moderation decision. Idempotent and order-safe: a decision for another revision,
   * one already applied (same event id) or one older than the last applied changes nothing.
   */
  async applyDecision(eventId: string, d: CommentModeratedV1): Promise<boolean> {
    if (!Types.ObjectId.isValid(d.commentId)) return false;
    const decidedAt = new Date(d.decidedAt);
    const status = d.decision;
    const res = await this.comments
      .updateOne(
        {
          _id: new Types.ObjectId(d.commentId),
          revision: d.revision,
          status: { $in: ['pending', 'flagged', 'approved', 'rejected'] },
          decisionEventId: { $ne: eventId },
          $or: [{ decidedAt: null }, { decidedAt: { $lte: decidedAt } }],
        },
        {
          $set: {
            status,
            reasons: d.reasons.map(({ ruleId, category, message }) => ({ ruleId, category, message })),
            decisionEventId: eventId,
            decidedAt,
          },
        },
      )
      .exec();
    return res.modifiedCount > 0;
  }
}
