import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { ConsumerGroups, EventTypes, QueueItemAddedV1, siteOfEvent } from '@parley/contracts';
import { EventOf, KafkaEventClient } from '@parley/messaging';
import { articleKey, InsertBatcher, siteField } from '@parley/platform';
import { AuditService } from '../audit/audit.service';
import { NoticesService } from '../notices/notices.service';
import { Comment } from '../../comments/schemas/comment.schema';
import { RuleHits } from './rule-hits.schema';

export const MODERATION_FEED_GROUP = `${ConsumerGroups.CommentsApi}.moderation-feed`;
const feed = { group: MODERATION_FEED_GROUP };
const DUPLICATE_KEY = 11000;

/**
 * Feeds the moderation side of comments-api from Kafka (its own consumer group, so the
 * decision consumer is unaffected): keeps the rules engine's full reasons (with offsets), audits
 * automated decisions, opens the reported queue and illegal-content notices from reports, and
 * announces new queue items (parley.queue.item-added.v1, event id derived from the cause, so a
 * redelivery announces nothing new).
 */
@Controller()
export class ModerationFeedController {
  private readonly logger = new Logger(ModerationFeedController.name);
  /** A revision's first rule hits are inserted by group commit (concurrent decisions share one insertMany). */
  private readonly hitInserts: InsertBatcher<RuleHits>;

  constructor(
    private readonly events: KafkaEventClient,
    @InjectModel(Comment.name) private readonly comments: Model<Comment>,
    @InjectModel(RuleHits.name) private readonly ruleHits: Model<RuleHits>,
    private readonly audit: AuditService,
    private readonly notices: NoticesService,
  ) {
    this.hitInserts = new InsertBatcher<RuleHits>((docs) => this.ruleHits.collection.insertMany(docs as never[], { ordered: false }), 100);
  }

  @EventPattern(EventTypes.CommentModerated, feed)
  async onDecision(@Payload() e: EventOf<typeof EventTypes.CommentModerated>) {
    const d = e.data;
    if (!d.automated) return; // human decisions are audited when they are made
    const decidedAt = new Date(d.decidedAt);
    // The revision's hits: inserted the first time; a later decision of the same revision (a
    // re-review after reports) replaces them, a redelivered one (same time) changes nothing.
    const hits: RuleHits = { _id: `${d.commentId}:${d.revision}`, commentId: d.commentId, revision: d.revision, decision: d.decision, reasons: d.reasons, ruleSetVersion: d.ruleSetVersion, decidedAt };
    await this.hitInserts.insert(hits).catch(async (err: { code?: number }) => {
      if (err.code !== DUPLICATE_KEY) throw err;
      const { _id, ...set } = hits;
      await this.ruleHits.updateOne({ _id, decidedAt: { $lt: decidedAt } }, { $set: set }).exec();
    });
    await this.audit.record({
      id: e.id,
      at: decidedAt,
      actor: d.actor,
      automated: true,
      action: `automated.${d.decision}`,
      commentId: d.commentId,
      userId: d.authorId,
      before: { revision: d.revision },
      after: { status: d.decision, revision: d.revision, reasons: d.reasons, ruleSetVersion: d.ruleSetVersion },
      articleId: articleKey(siteOfEvent(d), d.articleId),
      ruleIds: [...new Set(d.reasons.map((r) => r.ruleId))],
    });
    if (d.decision === 'flagged') {
      const reason = d.reasons.map((r) => r.ruleId).join(', ') || 'held by the rules';
      await this.announce(`${e.id}:queue`, { ...siteField(d.siteId), queue: 'flagged', commentId: d.commentId, articleId: d.articleId, reason: reason.slice(0, 2000), addedAt: d.decidedAt });
    }
  }

  @EventPattern(EventTypes.CommentReported, feed)
  async onReport(@Payload() e: EventOf<typeof EventTypes.CommentReported>) {
    const r = e.data;
    const reportedAt = new Date(r.reportedAt);
    if (!Types.ObjectId.isValid(r.commentId)) return;
    // Opens the reported queue unless a moderator decided the comment after this report: one
    // conditional update.
    const res = await this.comments
      .updateOne(
        { _id: new Types.ObjectId(r.commentId), $or: [{ modDecidedBy: null }, { decidedAt: { $lt: reportedAt } }] },
        { $set: { modReportsOpen: true, modLastReportedAt: reportedAt } },
        { timestamps: false },
      )
      .exec();
    const matched = res.matchedCount > 0;
    await this.audit.record({
      id: e.id,
      at: reportedAt,
      actor: r.reporterId,
      automated: false,
      action: r.illegalContentNotice ? 'report.illegal-content-notice' : 'report',
      commentId: r.commentId,
      userId: r.authorId,
      after: { reason: r.reason, reportCount: r.reportCount },
    });
    if (r.illegalContentNotice) {
      await this.notices.openFromReport(r);
      await this.announce(`${e.id}:queue`, { ...siteField(r.siteId), queue: 'notices', commentId: r.commentId, articleId: r.articleId, reason: 'illegal', addedAt: r.reportedAt });
    } else if (matched) {
      await this.announce(`${e.id}:queue`, { ...siteField(r.siteId), queue: 'reported', commentId: r.commentId, articleId: r.articleId, reason: r.reason, addedAt: r.reportedAt });
    }
  }

  private async announce(id: string, data: QueueItemAddedV1): Promise<void> {
    await this.events.emitEvent(EventTypes.QueueItemAdded, { id, key: data.commentId, data });
    this.logger.log({ queue: data.queue, commentId: data.commentId }, 'queue item added');
  }
}
