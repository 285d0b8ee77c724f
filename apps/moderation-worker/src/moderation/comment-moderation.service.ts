import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CommentModeratedV1, CommentSubmittedV1, EventSources, EventTypes, Topics } from '@parley/contracts';
import { EventPublisher, KafkaNames } from '@parley/messaging';
import { evaluate, fingerprint } from '@parley/moderation-rules';
import { Decision } from '../decisions/decision.schema';
import { DecisionLogService } from '../decisions/decision-log.service';
import { ActiveRuleSet } from './active-rule-set';
import { decisionMetrics } from './decision-metrics';

/**
 * Decides one comment revision: gathers the context the rules need, evaluates, appends the
 * decision to the log and publishes it. Safe to run again for the same event: the log keeps
 * the first decision and the same decision event (same id) is published again.
 */
@Injectable()
export class CommentModerationService {
  private readonly logger = new Logger(CommentModerationService.name);

  constructor(
    private readonly log: DecisionLogService,
    private readonly rules: ActiveRuleSet,
    private readonly publisher: EventPublisher,
    private readonly names: KafkaNames,
  ) {}

  async moderate(sourceEventId: string, c: CommentSubmittedV1, traceparent?: string): Promise<Decision> {
    let decision = await this.log.find(c.commentId, c.revision);
    if (!decision) {
      const now = new Date();
      const fp = fingerprint(c.body);
      const context = await this.log.contextFor(c.authorId, fp, now);
      const result = evaluate(this.rules.compiled, { id: c.commentId, body: c.body, authorId: c.authorId, articleId: c.articleId, createdAt: c.createdAt }, { ...context, now, article: c.article });
      let created: boolean;
      ({ decision, created } = await this.log.append({
        _id: `${c.commentId}:${c.revision}`,
        commentId: c.commentId,
        revision: c.revision,
        articleId: c.articleId,
        authorId: c.authorId,
        fingerprint: fp,
        decision: result.decision,
        score: result.score,
        reasons: result.reasons.map(({ ruleId, category, message, action, excerpt, start, end }) => ({ ruleId, category, message, action, excerpt, start, end })),
        shadowReasons: result.shadowReasons.map(({ ruleId, category, message, action, excerpt, start, end }) => ({ ruleId, category, message, action, excerpt, start, end })),
        ruleSetVersion: this.rules.version,
        actor: 'system',
        automated: true,
        eventId: randomUUID(),
        sourceEventId,
        commentCreatedAt: new Date(c.createdAt),
        decidedAt: now,
      }));
      if (created) {
        decisionMetrics.decisions.inc({ outcome: decision.decision });
        for (const r of decision.reasons) decisionMetrics.reasons.inc({ rule: r.ruleId, category: r.category, shadow: 'false' });
        for (const r of decision.shadowReasons) decisionMetrics.reasons.inc({ rule: r.ruleId, category: r.category, shadow: 'true' });
      }
    }
    await this.publish(decision, traceparent);
    this.logger.log({ commentId: c.commentId, revision: c.revision, decision: decision.decision, reasons: decision.reasons.map((r) => r.ruleId), traceparent }, 'comment moderated');
    return decision;
  }

  private async publish(d: Decision, traceparent?: string): Promise<void> {
    const data: CommentModeratedV1 = {
      commentId: d.commentId,
      revision: d.revision,
      articleId: d.articleId,
      authorId: d.authorId,
      decision: d.decision,
      reasons: d.reasons.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== null)) as typeof r),
      actor: d.actor,
      automated: d.automated,
      ruleSetVersion: d.ruleSetVersion,
      decidedAt: new Date(d.decidedAt).toISOString(),
    };
    await this.publisher.publish([
      {
        topic: this.names.topic(Topics.ModerationDecisions),
        key: d.commentId,
        event: {
          specversion: '1.0',
          id: d.eventId,
          source: EventSources.ModerationWorker,
          type: EventTypes.CommentModerated,
          subject: d.commentId,
          time: data.decidedAt,
          datacontenttype: 'application/json',
          traceparent,
          data,
        },
      },
    ]);
  }
}
