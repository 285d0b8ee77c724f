import { DEFAULT_SITE_ID, readSites, siteField } from '@parley/platform';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CommentEditedV1, CommentModeratedV1, CommentReportedV1, CommentSubmittedV1, EventTypes, ModerationOutcome, ModerationReasonV1, siteOfEvent } from '@parley/contracts';
import { KafkaEventClient } from '@parley/messaging';
import {
  Decision as EngineDecision,
  evaluate,
  EvaluationContext,
  fingerprint,
  Reason,
  complaintDeadline,
  DsaServiceInformation,
  dsaServiceInformation,
  requiresStatementOfReasons,
  restrictionStatement,
  statementOfReasons,
  StatementOfReasons,
  CompiledRuleSet,
} from '@parley/moderation-rules';
import { AuthorStatusService } from '../authors/author-status';
import { ClassifierClient } from '../classifier/classifier.client';
import { ModerationWorkerConfig } from '../config/moderation-worker.config';
import { Decision, DecisionContextSnapshot, DecisionTrigger } from '../decisions/decision.schema';
import { DecisionLogService } from '../decisions/decision-log.service';
import { ActiveRuleSet } from './active-rule-set';
import { decisionMetrics } from './decision-metrics';

const SEVERITY: Record<ModerationOutcome, number> = { approved: 0, flagged: 1, rejected: 2 };
const MAX_EVENT_REASONS = 100;

/** Reasons as stored and published: no undefined fields, no shadow flag. */
export function toStoredReasons(reasons: readonly Reason[]): ModerationReasonV1[] {
  return reasons.map(({ ruleId, category, message, action, excerpt, start, end }) =>
    Object.fromEntries(Object.entries({ ruleId, category, message, action, excerpt, start, end }).filter(([, v]) => v !== undefined && v !== null)) as unknown as ModerationReasonV1,
  );
}

/**
 * Decides comment revisions: gathers the context the rules need, evaluates, appends the
 * decision to the log and publishes it. Safe to run again for the same event: the log keeps
 * the first decision and the same decision event (same id) is published again.
 */
@Injectable()
export class CommentModerationService {
  private readonly logger = new Logger(CommentModerationService.name);

  constructor(
    private readonly log: DecisionLogService,
    private readonly rules: ActiveRuleSet,
    private readonly events: KafkaEventClient,
    private readonly authors: AuthorStatusService,
    private readonly classifier: ClassifierClient,
    private readonly config: ModerationWorkerConfig,
  ) {
    this.dsa = dsaServiceInformation(process.env, config.MODERATION_GUIDELINES_URL || undefined);
    this.siteRuleSets = new Map(readSites(config, config as unknown as NodeJS.ProcessEnv).flatMap((s) => (s.ruleSetVersion ? [[s.id, s.ruleSetVersion] as const] : [])));
  }

  /** Sites whose SITES entry pins a rule-set version (the others follow the active one). */
  private readonly siteRuleSets: Map<string, number>;

  /** The rule set a site's comments are decided with: its pinned version, else the active one. */
  private async ruleSetFor(site: string): Promise<{ compiled: CompiledRuleSet; version: number }> {
    const pinned = this.siteRuleSets.get(site);
    if (pinned) return { compiled: await this.rules.compiledVersion(pinned), version: pinned };
    return { compiled: this.rules.compiled, version: this.rules.version };
  }

  /** Art. 14 / 21 information for the statements given to authors (DSA_* variables; a bad URL stops start-up). */
  private readonly dsa: DsaServiceInformation;

  /** A submitted comment or an edit (a new revision). Returns null for a revision older than one already decided. */
  async moderate(sourceEventId: string, c: CommentSubmittedV1 | CommentEditedV1, traceparent?: string): Promise<Decision | null> {
    const trigger: DecisionTrigger = 'previousRevision' in c ? 'edited' : 'submitted';
    const fp = fingerprint(c.body);
    // The comment's decisions from the log, the author's and the text's recent history. The
    // comment's tell whether this revision was decided already (a redelivered event: read that
    // decision) or a newer one was.
    // The author's status is read beside the history (a round trip fewer on the way to a decision).
    const statusRead = this.authors.read(c.authorId);
    statusRead.catch(() => undefined); // not needed for a redelivered or stale revision
    const history = await this.log.historyFor(c.commentId, c.authorId, fp);
    const decisionId = `${c.commentId}:${c.revision}`;
    let decision = history.comment.some((i) => i._id === decisionId) ? await this.log.findById(decisionId) : null;
    if (!decision) {
      if (history.comment.some((i) => i.revision > c.revision)) {
        this.logger.log({ commentId: c.commentId, revision: c.revision, trigger }, 'stale revision: a newer one was decided already; skipped');
        return null;
      }
      const now = new Date();
      const [statusAtNow, classifier] = await Promise.all([statusRead, this.classifier.classify({ id: c.commentId, body: c.body, articleId: c.articleId })]);
      const status = statusAtNow(now);
      const context = this.log.contextFrom(history, c.authorId, now, c.commentId);
      const snapshot: DecisionContextSnapshot = {
        author: { ...context.author, ...status } as DecisionContextSnapshot['author'],
        article: { open: c.article.open, premoderation: c.article.premoderation },
        recentByAuthor: context.recentByAuthor.map((r) => ({ fingerprint: r.fingerprint!, createdAt: new Date(r.createdAt) })),
        sameTextAuthors: context.sameTextAuthors,
        ...(classifier !== undefined ? { classifier } : {}),
      };
      const { compiled, version } = await this.ruleSetFor(siteOfEvent(c));
      const comment = { id: c.commentId, body: c.body, authorId: c.authorId, articleId: c.articleId, createdAt: c.createdAt };
      const result = evaluate(compiled, comment, { ...snapshotToContext(snapshot), now });
      if (result.budgetExceeded) this.logger.warn({ commentId: c.commentId, revision: c.revision, ruleSetVersion: version, ...result.budgetExceeded }, 'evaluation budget exceeded: remaining rules skipped, comment held for a moderator');
      const first: Decision = {
        _id: `${c.commentId}:${c.revision}`,
        ...siteField(c.siteId),
        commentId: c.commentId,
        revision: c.revision,
        articleId: c.articleId,
        authorId: c.authorId,
        fingerprint: fp,
        decision: result.decision,
        score: result.score,
        reasons: toStoredReasons(result.reasons),
        shadowReasons: toStoredReasons(result.shadowReasons),
        ruleSetVersion: version,
        actor: 'system',
        automated: true,
        eventId: randomUUID(),
        sourceEventId,
        commentCreatedAt: new Date(c.createdAt),
        decidedAt: now,
        trigger,
        body: c.body,
        context: snapshot,
        statement: this.statement(result, version, comment, now, `${c.commentId}-r${c.revision}`),
        supersedes: null,
      };
      // Appended to the log and to the author's and the text's recent history side by side,
      // both before the decision is published.
      const [{ decision: appended, created }] = await Promise.all([this.log.append(first), this.log.remember(first, history)]);
      decision = appended;
      if (created) this.count(decision);
      await this.publish(decision, traceparent);
    } else {
      // A redelivered event: the decision may have been logged just before a crash, without its history.
      await Promise.all([this.publish(decision, traceparent), this.log.remember(decision, history)]);
    }
    this.logger.log({ commentId: c.commentId, revision: c.revision, trigger, decision: decision.decision, ruleSetVersion: decision.ruleSetVersion, reasons: decision.reasons.map((r) => r.ruleId), traceparent }, 'comment moderated');
    return decision;
  }

  /**
   * Reader reports: the newest revision is evaluated again with the running report count. Only a
   * more restrictive outcome is recorded (a further document keyed by the report event id) and
   * published, with a new event id and a later `decidedAt`, so comments-api applies it.
   */
  async reReview(sourceEventId: string, r: CommentReportedV1, traceparent?: string): Promise<Decision | null> {
    const id = `${r.commentId}:report:${sourceEventId}`;
    const done = await this.log.findById(id);
    if (done) {
      await this.publish(done, traceparent);
      return done;
    }
    const latest = await this.log.latestRevision(r.commentId);
    if (!latest) {
      this.logger.warn({ commentId: r.commentId, reportId: r.reportId }, 'report on a comment this worker never decided; ignored');
      return null;
    }
    const { first, current } = latest;
    if (typeof first.body !== 'string') {
      this.logger.log({ commentId: r.commentId }, 'report on a deleted comment; ignored');
      return null;
    }
    const now = new Date();
    const snapshot: DecisionContextSnapshot = {
      ...(first.context ?? { author: { approvedCount: 0, rejectedCount: 0, recentDecisions: 0, recentRejections: 0 }, recentByAuthor: [], sameTextAuthors: 1 }),
      reportCount: Math.max(r.reportCount, current.context?.reportCount ?? 0),
    };
    snapshot.author = { ...snapshot.author, ...(await this.authors.statusOf(first.authorId, now)) } as DecisionContextSnapshot['author'];
    const { compiled, version } = await this.ruleSetFor(first.siteId ?? DEFAULT_SITE_ID);
    const comment = { id: first.commentId, body: first.body, authorId: first.authorId, articleId: first.articleId, createdAt: first.commentCreatedAt };
    const result = evaluate(compiled, comment, { ...snapshotToContext(snapshot), now });
    if (SEVERITY[result.decision] <= SEVERITY[current.decision]) {
      this.logger.log({ commentId: r.commentId, revision: first.revision, reportCount: r.reportCount, current: current.decision, evaluated: result.decision }, 'report re-review: outcome not more restrictive; nothing published');
      return null;
    }
    const decidedAt = new Date(Math.max(now.getTime(), new Date(current.decidedAt).getTime() + 1));
    const { decision, created } = await this.log.append({
      _id: id,
      ...siteField(first.siteId),
      commentId: first.commentId,
      revision: first.revision,
      articleId: first.articleId,
      authorId: first.authorId,
      fingerprint: first.fingerprint,
      decision: result.decision,
      score: result.score,
      reasons: toStoredReasons(result.reasons),
      shadowReasons: toStoredReasons(result.shadowReasons),
      ruleSetVersion: version,
      actor: 'system',
      automated: true,
      eventId: randomUUID(),
      sourceEventId,
      commentCreatedAt: first.commentCreatedAt,
      decidedAt,
      trigger: 'reported',
      body: null,
      context: snapshot,
      statement: this.statement(result, version, comment, decidedAt, `${first.commentId}-r${first.revision}-reports-${snapshot.reportCount}`),
      supersedes: current.decision,
    });
    if (created) this.count(decision);
    await this.publish(decision, traceparent);
    this.logger.log({ commentId: r.commentId, revision: first.revision, reportCount: snapshot.reportCount, from: current.decision, to: decision.decision }, 'report re-review: decision changed');
    return decision;
  }

  private statement(result: EngineDecision, version: number, comment: { id: string; body: string; createdAt: string | Date }, now: Date, puid: string): StatementOfReasons | null {
    if (!requiresStatementOfReasons(result)) return null;
    return statementOfReasons({
      decision: { ...result, ruleSetVersion: version },
      comment,
      automated: true,
      humanReviewed: false,
      now,
      puid,
      ...(this.config.MODERATION_GUIDELINES_URL ? { guidelinesUrl: this.config.MODERATION_GUIDELINES_URL } : {}),
    });
  }

  private count(decision: Decision) {
    decisionMetrics.decisions.inc({ outcome: decision.decision });
    for (const r of decision.reasons) decisionMetrics.reasons.inc({ rule: r.ruleId, category: r.category, shadow: 'false' });
    for (const r of decision.shadowReasons) decisionMetrics.reasons.inc({ rule: r.ruleId, category: r.category, shadow: 'true' });
  }

  private async publish(d: Decision, traceparent?: string): Promise<void> {
    const data: CommentModeratedV1 = {
      ...siteField(d.siteId),
      commentId: d.commentId,
      revision: d.revision,
      articleId: d.articleId,
      authorId: d.authorId,
      decision: d.decision,
      reasons: toStoredReasons(d.reasons as Reason[]).slice(0, MAX_EVENT_REASONS),
      actor: d.actor,
      automated: d.automated,
      ruleSetVersion: d.ruleSetVersion,
      decidedAt: new Date(d.decidedAt).toISOString(),
    };
    if (d.decision !== 'approved') {
      // The statement of reasons the author is given (Art. 17 DSA): a fully automated decision.
      const held = d.decision === 'flagged';
      data.statement = restrictionStatement({
        id: `${d.commentId}-${d.eventId}`,
        restriction: held ? 'comment-held' : 'comment-rejected',
        commentId: d.commentId,
        decidedAt: d.decidedAt,
        reasons: data.reasons,
        source: d.trigger === 'reported' ? 'reader-reports' : 'own-initiative',
        automatedDetection: true,
        automatedDecision: 'fully',
        appealable: !held,
        appealDeadline: held ? null : complaintDeadline(new Date(d.decidedAt)),
        ruleSetVersion: d.ruleSetVersion,
        info: this.dsa,
      });
    }
    await this.events.emitEvent(EventTypes.CommentModerated, { id: d.eventId, key: d.commentId, subject: d.commentId, time: data.decidedAt, traceparent, data });
  }
}

/** The engine context from a stored snapshot. */
export function snapshotToContext(s: DecisionContextSnapshot): EvaluationContext {
  const ctx: EvaluationContext = {
    author: s.author as EvaluationContext['author'],
    recentByAuthor: s.recentByAuthor,
    sameTextAuthors: s.sameTextAuthors,
  };
  if (s.article) ctx.article = s.article;
  if (s.reportCount !== undefined) ctx.reportCount = s.reportCount;
  if (s.classifier !== undefined) ctx.classifier = s.classifier;
  return ctx;
}
