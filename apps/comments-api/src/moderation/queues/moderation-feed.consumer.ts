import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { CommentModeratedV1, CommentReportedV1, ConsumerGroups, EventSources, EventTypes, QueueItemAddedV1, Topics } from '@parley/contracts';
import { ConsumedEvent, EventConsumer, EventPublisher, KAFKA, KafkaNames } from '@parley/messaging';
import { Kafka } from 'kafkajs';
import { InsertBatcher } from '../../common/insert-batcher';
import { AuditService } from '../audit/audit.service';
import { NoticesService } from '../notices/notices.service';
import { Comment } from '../../comments/schemas/comment.schema';
import { RuleHits } from './rule-hits.schema';

export const MODERATION_FEED_GROUP = `${ConsumerGroups.CommentsApi}.moderation-feed`;
const DUPLICATE_KEY = 11000;

/**
 * Feeds the moderation side of comments-api from Kafka (its own consumer group, so the
 * decision consumer is unaffected): keeps the rules engine's full reasons (with offsets), audits
 * automated decisions, opens the reported queue and illegal-content notices from reports, and
 * announces new queue items (parley.queue.item-added.v1, event id derived from the cause, so a
 * redelivery announces nothing new).
 */
@Injectable()
export class ModerationFeedConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ModerationFeedConsumer.name);
  private readonly consumer: EventConsumer;
  /** A revision's first rule hits are inserted by group commit (concurrent decisions share one insertMany). */
  private readonly hitInserts: InsertBatcher<RuleHits>;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    private readonly names: KafkaNames,
    private readonly publisher: EventPublisher,
    @InjectModel(Comment.name) private readonly comments: Model<Comment>,
    @InjectModel(RuleHits.name) private readonly ruleHits: Model<RuleHits>,
    private readonly audit: AuditService,
    private readonly notices: NoticesService,
  ) {
    this.hitInserts = new InsertBatcher<RuleHits>((docs) => this.ruleHits.collection.insertMany(docs as never[], { ordered: false }), 100);
    this.consumer = new EventConsumer(kafka, {
      groupId: names.group(MODERATION_FEED_GROUP),
      topics: [names.topic(Topics.ModerationDecisions), names.topic(Topics.CommentEvents)],
      handlers: {
        [EventTypes.CommentModerated]: (e) => this.onDecision(e as ConsumedEvent<CommentModeratedV1>),
        [EventTypes.CommentReported]: (e) => this.onReport(e as ConsumedEvent<CommentReportedV1>),
      },
    });
  }

  async onApplicationBootstrap() {
    await this.consumer.start();
  }

  async beforeApplicationShutdown() {
    await this.consumer.stop();
  }

  private async onDecision(e: ConsumedEvent<CommentModeratedV1>) {
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
    });
    if (d.decision === 'flagged') {
      const reason = d.reasons.map((r) => r.ruleId).join(', ') || 'held by the rules';
      await this.announce(`${e.id}:queue`, { queue: 'flagged', commentId: d.commentId, articleId: d.articleId, reason: reason.slice(0, 2000), addedAt: d.decidedAt });
    }
  }

  private async onReport(e: ConsumedEvent<CommentReportedV1>) {
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
      await this.announce(`${e.id}:queue`, { queue: 'notices', commentId: r.commentId, articleId: r.articleId, reason: 'illegal', addedAt: r.reportedAt });
    } else if (matched) {
      await this.announce(`${e.id}:queue`, { queue: 'reported', commentId: r.commentId, articleId: r.articleId, reason: r.reason, addedAt: r.reportedAt });
    }
  }

  private async announce(id: string, data: QueueItemAddedV1): Promise<void> {
    await this.publisher.publish([
      {
        topic: this.names.topic(Topics.ModerationCases),
        key: data.commentId,
        event: { specversion: '1.0', id, source: EventSources.CommentsApi, type: EventTypes.QueueItemAdded, subject: data.commentId, time: new Date().toISOString(), datacontenttype: 'application/json', data },
      },
    ]);
    this.logger.log({ queue: data.queue, commentId: data.commentId }, 'queue item added');
  }
}
