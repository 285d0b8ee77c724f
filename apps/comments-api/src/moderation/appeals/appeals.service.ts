import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AppealDecidedV1, EventTypes, QueueItemAddedV1, Topics } from '@parley/contracts';
import { appendEvents, KafkaNames, OutboxRelay } from '@parley/messaging';
import { AuthenticatedUser, ProblemException } from '@parley/platform';
import { AuditService } from '../audit/audit.service';
import { DecisionsService } from '../decisions/decisions.service';
import { commentNotFound } from '../../comments/comment-transitions';
import { CommentsRepository } from '../../comments/comments.repository';
import { outboxEntry } from '../../common/outbox-entry';
import { appealDeadline } from '../shared/taxonomy';
import { Appeal, AppealOutcome } from './appeal.schema';

export const APPEALS_RELAY = 'APPEALS_OUTBOX_RELAY';

export const toAppealView = (a: Appeal) => ({
  id: a._id,
  commentId: a.commentId,
  revision: a.revision,
  articleId: a.articleId,
  appellantId: a.appellantId,
  explanation: a.explanation,
  originalStatus: a.originalStatus,
  originalDecidedBy: a.originalDecidedBy,
  createdAt: new Date(a.createdAt).toISOString(),
  status: a.status,
  outcome: a.outcome ?? null,
  reason: a.reason ?? null,
  decidedBy: a.decidedBy ?? null,
  decidedAt: a.decidedAt ? new Date(a.decidedAt).toISOString() : null,
});

const isDuplicateKey = (err: unknown) => (err as { code?: number })?.code === 11000;

/**
 * Appeals (DSA Art. 20): the author of a rejected or removed comment appeals within six months;
 * a moderator other than the one who decided reviews it; overturning restores the comment; the
 * author is told the outcome with reasons (parley.appeal.decided.v1 from the appeal's outbox).
 */
@Injectable()
export class AppealsService {
  constructor(
    @InjectModel(Appeal.name) private readonly appeals: Model<Appeal>,
    @Inject(APPEALS_RELAY) private readonly relay: OutboxRelay,
    private readonly names: KafkaNames,
    private readonly store: CommentsRepository,
    private readonly decisions: DecisionsService,
    private readonly audit: AuditService,
  ) {}

  async create(commentId: string, explanation: string, author: AuthenticatedUser) {
    const c = await this.store.load(commentId);
    if (!c || c.authorId !== author.id) throw commentNotFound(commentId);
    if (c.status !== 'rejected' && c.status !== 'removed') {
      throw new ProblemException(409, 'not-appealable', 'Nothing to appeal', `Only a rejected or removed comment can be appealed; this one is ${c.status}`, { currentStatus: c.status });
    }
    const decidedAt = c.decidedAt ? new Date(c.decidedAt) : new Date(c.createdAt);
    const deadline = appealDeadline(decidedAt);
    if (deadline <= new Date()) {
      throw new ProblemException(409, 'appeal-window-closed', 'Too late to appeal', `Decisions can be appealed within six months; this one until ${deadline.toISOString()}`, { appealDeadline: deadline.toISOString() });
    }
    const now = new Date();
    const id = `${commentId}:${c.revision}`;
    const item: QueueItemAddedV1 = { queue: 'appeals', commentId, articleId: c.articleId, reason: explanation.slice(0, 2000), addedAt: now.toISOString() };
    const events = [outboxEntry(this.names.topic(Topics.ModerationCases), commentId, EventTypes.QueueItemAdded, item, now)];
    try {
      await this.appeals.create({
        _id: id,
        commentId,
        revision: c.revision,
        articleId: c.articleId,
        appellantId: author.id,
        explanation,
        originalStatus: c.status,
        originalDecidedBy: c.modDecidedBy ?? 'system',
        createdAt: now,
        status: 'open',
        outbox: events,
        outboxPending: true,
        outboxSeq: events.length,
      });
    } catch (err) {
      if (isDuplicateKey(err)) throw new ProblemException(409, 'already-appealed', 'Already appealed', 'This decision has already been appealed');
      throw err;
    }
    this.relay.kick();
    await this.audit.record({ actor: author.id, automated: false, action: 'appeal.create', commentId, userId: author.id, after: { appealId: id, status: 'open' } });
    return toAppealView((await this.appeals.findById(id, { outbox: 0 }).lean<Appeal>().exec())!);
  }

  async mine(user: AuthenticatedUser) {
    const rows = await this.appeals.find({ appellantId: user.id }, { outbox: 0 }).sort({ createdAt: -1 }).limit(100).lean<Appeal[]>().exec();
    return { items: rows.map(toAppealView) };
  }

  async list(status: 'open' | 'decided' | undefined, limit: number, cursor?: string) {
    const q: Record<string, unknown> = status ? { status } : {};
    if (cursor) q._id = { $gt: Buffer.from(cursor, 'base64url').toString() };
    const rows = await this.appeals.find(q, { outbox: 0 }).sort({ _id: 1 }).limit(limit + 1).lean<Appeal[]>().exec();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(toAppealView), nextCursor: rows.length > limit && last ? Buffer.from(last._id).toString('base64url') : null };
  }

  async get(id: string): Promise<Appeal> {
    const a = await this.appeals.findById(id, { outbox: 0 }).lean<Appeal>().exec();
    if (!a) throw new ProblemException(404, 'appeal-not-found', 'Appeal not found', `No appeal with id ${id}`);
    return a;
  }

  async decide(id: string, outcome: AppealOutcome, reason: string, mod: AuthenticatedUser) {
    const a = await this.get(id);
    if (a.status !== 'open') throw new ProblemException(409, 'appeal-decided', 'Appeal already decided', `Appeal ${id} was decided`);
    if (a.originalDecidedBy === mod.id) {
      throw new ProblemException(403, 'same-moderator', 'Decided by you', 'An appeal must be reviewed by a moderator other than the one who made the original decision');
    }
    if (a.appellantId === mod.id) throw new ProblemException(403, 'own-appeal', 'Your own appeal', 'You cannot decide an appeal about your own comment');
    let restored = null;
    if (outcome === 'overturned') {
      const c = await this.store.load(a.commentId);
      if (!c) throw commentNotFound(a.commentId);
      if (c.status === 'rejected' || c.status === 'removed') {
        restored = await this.decisions.decide(a.commentId, { action: 'restore', revision: c.revision, note: `appeal ${id}: ${reason}` }, mod, { ignoreClaims: true, auditAction: 'appeal.overturn' });
      }
    }
    const decidedAt = new Date();
    const data: AppealDecidedV1 = {
      appealId: id,
      commentId: a.commentId,
      articleId: a.articleId,
      appellantId: a.appellantId,
      outcome,
      reason: reason.slice(0, 2000),
      decidedBy: mod.id,
      decidedAt: decidedAt.toISOString(),
    };
    const ev = appendEvents([outboxEntry(this.names.topic(Topics.ModerationCases), id, EventTypes.AppealDecided, data, decidedAt)]);
    const res = await this.appeals
      .updateOne({ _id: id, status: 'open' }, { $set: { status: 'decided', outcome, reason: data.reason, decidedBy: mod.id, decidedAt, ...ev.set }, $push: ev.push, $inc: ev.inc })
      .exec();
    if (!res.modifiedCount) throw new ProblemException(409, 'appeal-decided', 'Appeal already decided', `Appeal ${id} was decided`);
    this.relay.kick();
    await this.audit.record({ actor: mod.id, automated: false, action: `appeal.${outcome}`, commentId: a.commentId, userId: a.appellantId, before: { status: 'open', commentStatus: a.originalStatus }, after: { outcome, reason: data.reason, commentStatus: restored?.status ?? a.originalStatus } });
    return { appeal: toAppealView(await this.get(id)), restored };
  }
}
