import { SiteScope } from '../../sites/site-scope';
import { ModeratorScope } from '../../sites/moderator-scope';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  CommentFeaturedV1,
  CommentModeratedV1,
  CommentPublishedV1,
  CommentRemovedV1,
  EventTypes,
  RestrictionStatementV1,
  Topics,
} from '@parley/contracts';
import { KafkaNames, OutboxEntry } from '@parley/messaging';
import { AuthenticatedUser, ProblemException } from '@parley/platform';
import type { CommentStatus } from '../../comments/schemas/comment.schema';
import { AuditService } from '../audit/audit.service';
import { ClaimsService } from '../claims/claims.service';
import { NoticesService } from '../notices/notices.service';
import { CommentState, commentNotFound, invalidTransition, moderatorTransition, staleRevision } from '../../comments/comment-transitions';
import { CommentsRepository } from '../../comments/comments.repository';
import { outboxEntry } from '../../common/outbox-entry';
import { reversalStatement } from '@parley/moderation-rules';
import { statementIssuedEntry, statementPuid } from '../../transparency/statement-issued';
import type { StoredReason } from '../../comments/schemas/comment.schema';
import { ModerationConfig } from '../shared/moderation.config';
import { authorStatement, categoryOfCode, detectedByRules, humanStatement, LegalGround, moderatorReason } from '../shared/statement';
import { appealDeadline, REASON_MESSAGES, ReasonCode } from '../shared/taxonomy';
import { assertNotOwnComment } from '../shared/separation-of-duties';
import { MisuseOutcome, MisuseService } from '../misuse/misuse.service';
import { queueWaitMs } from '../analytics/queue-wait';
import { ReportOutcomesService } from '../report-outcomes/report-outcomes.service';

export const DECISION_ACTIONS = ['approve', 'reject', 'remove', 'restore', 'feature', 'unfeature'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** Statuses that restrict a comment: approving from one of them lifts a restriction (a decision with its own statement). */
const RESTRICTED: ReadonlySet<string> = new Set(['flagged', 'rejected', 'removed']);

export interface DecisionInput {
  action: DecisionAction;
  revision: number;
  reason?: ReasonCode;
  note?: string;
  /** Required when reason is illegal_content (Art. 17(3)(d) DSA). */
  legalGround?: LegalGround;
  /** Reject or remove only: the content is manifestly illegal (counts towards the author's misuse, DSA Art. 23). */
  manifestlyIllegal?: boolean;
}

export interface DecisionResult {
  commentId: string;
  action: DecisionAction;
  revision: number;
  previousStatus: CommentStatus;
  status: CommentStatus;
  featured: boolean;
  /** Id of the parley.comment.moderated.v1 event (null for feature/unfeature). */
  eventId: string | null;
  decidedBy: string;
  decidedAt: string;
  statementOfReasons: Record<string, unknown> | null;
  /** The statement sent to the author (Art. 17 DSA) when the decision restricts the comment. */
  authorStatement: RestrictionStatementV1 | null;
  /** When the decision was marked manifestly illegal: the author's count and what the misuse policy did. */
  misuse?: MisuseOutcome | null;
}



export interface DecisionOptions {
  /** Skip the claim check (appeal reversals, ban sweeps: no one else may hold a claim that matters). */
  ignoreClaims?: boolean;
  /** How the case reached the moderator, for the statement of reasons. */
  source?: 'notice' | 'trusted-flagger' | 'other-notification' | 'voluntary';
  /** Extra audit action name, e.g. `appeal.overturn`. */
  auditAction?: string;
  /** Skip resolving open notices (the notice workflow resolves them itself). */
  keepNotices?: boolean;
  /** A ban's sweep: the comment is removed with the ban; its statement names the ban and the comment's own findings. */
  sweep?: { sanctionId: string; banReason: string; reasonCode: ReasonCode | null };
}

/** 400 problem+json naming each missing part of the legal ground of an illegal-content decision. */
export function assertLegalGround(reason: ReasonCode | undefined, ground: Partial<LegalGround> | undefined, field = 'legalGround'): void {
  if (reason !== 'illegal_content') return;
  const errors: Array<{ field: string; message: string }> = [];
  if (!ground?.law) errors.push({ field: `${field}.law`, message: 'is required for illegal_content: the law the content breaks' });
  if (!ground?.explanation) errors.push({ field: `${field}.explanation`, message: 'is required for illegal_content: why the content is illegal under that law' });
  if (!ground?.illegalContentType) errors.push({ field: `${field}.illegalContentType`, message: 'is required for illegal_content: the type of illegal content' });
  if (errors.length) throw new ProblemException(400, 'bad-request', 'Bad Request', 'A decision that content is illegal needs its legal ground (law, explanation, type of illegal content)', { errors });
}

/** The category a removal event names: the moderator's reason code, else the rule's category. */
function removalCategory(r: StoredReason, banCode: ReasonCode | null): string {
  if (r.ruleId === 'moderator:ban') return banCode ?? r.category;
  return r.ruleId.startsWith('moderator:') ? r.ruleId.slice('moderator:'.length) : r.category;
}

/** The reasons a ban's sweep records on one comment: its own findings first, then the ban. */
export function sweepReasons(own: StoredReason[] | undefined, sweep: NonNullable<DecisionOptions['sweep']>): Array<StoredReason & { action: 'reject' }> {
  const findings = (own ?? []).filter((r) => !String(r.ruleId).startsWith('moderator:')).map(({ ruleId, category, message }) => ({ ruleId, category, message, action: 'reject' as const }));
  const banCategory = sweep.reasonCode ? categoryOfCode(sweep.reasonCode) : 'author';
  const ban = { ruleId: 'moderator:ban', category: banCategory, message: `Removed with the ban of your account. Reason for the ban: ${sweep.banReason}`.slice(0, 2000), action: 'reject' as const };
  return [...findings, ban];
}

/**
 * Human moderation decisions. Each one is a single-document write on the comment, conditional on
 * the revision the moderator reviewed, that also appends parley.comment.moderated.v1 (same topic
 * as the rules engine's decisions, with the moderator as actor) and the comment events that
 * follow from it (published, removed, featured) to the comment's outbox.
 */
@Injectable()
export class DecisionsService {
  private readonly logger = new Logger(DecisionsService.name);

  constructor(
    private readonly store: CommentsRepository,
    private readonly names: KafkaNames,
    private readonly claims: ClaimsService,
    private readonly notices: NoticesService,
    private readonly audit: AuditService,
    private readonly config: ModerationConfig,
    private readonly misuse: MisuseService,
    private readonly reportOutcomes: ReportOutcomesService,
    private readonly sites: SiteScope,
    private readonly scope: ModeratorScope,
  ) {}

  /**
   * Whether the moderator may act on the comment: 404 comment-not-found when it is another
   * site's (as if it did not exist); 403 outside-scope when their token limits them to other
   * sections; separation of duties: 403 own-comment when it is their own.
   */
  async assertMayActOn(commentId: string, mod: AuthenticatedUser, what: string): Promise<void> {
    const target = await this.store.load(commentId);
    if (target && !this.sites.owns(mod.site, target.articleId)) throw commentNotFound(commentId);
    if (target) await this.scope.assertCovers(mod, target.articleId, what);
    assertNotOwnComment(target?.authorId, mod, what);
  }

  async decide(commentId: string, input: DecisionInput, mod: AuthenticatedUser, opts: DecisionOptions = {}): Promise<DecisionResult> {
    if ((input.action === 'reject' || input.action === 'remove') && !input.reason && !opts.sweep) {
      throw new ProblemException(400, 'bad-request', 'Bad Request', 'reason is required to reject or remove a comment', { errors: [{ field: 'reason', message: 'is required for reject and remove' }] });
    }
    if (input.action === 'reject' || input.action === 'remove') assertLegalGround(input.reason, input.legalGround);
    if (input.manifestlyIllegal && input.action !== 'reject' && input.action !== 'remove') {
      throw new ProblemException(400, 'bad-request', 'Bad Request', 'manifestlyIllegal is only for reject and remove', { errors: [{ field: 'manifestlyIllegal', message: 'is only accepted with reject or remove' }] });
    }
    await this.assertMayActOn(commentId, mod, `decide (${input.action})`);
    if (!opts.ignoreClaims) await this.claims.assertNotClaimedByOther(commentId, mod);
    const result = input.action === 'feature' || input.action === 'unfeature' ? await this.feature(commentId, input, mod) : await this.moderate(commentId, input, mod, opts);
    await this.claims.clear(commentId);
    return result;
  }

  private async moderate(commentId: string, input: DecisionInput, mod: AuthenticatedUser, opts: DecisionOptions): Promise<DecisionResult> {
    let action = input.action as 'approve' | 'reject' | 'remove' | 'restore';
    const decidedAt = new Date();
    const eventId = randomUUID();
    let statement: Record<string, unknown> | null = null;
    let toAuthor: RestrictionStatementV1 | null = null;
    let appliedReasons: StoredReason[] = [];
    const legalGround = input.reason === 'illegal_content' ? (input.legalGround ?? null) : null;
    let openNotices: string[] = [];
    let trustedNotice = false;
    if (action === 'reject' || action === 'remove') {
      openNotices = opts.keepNotices ? [] : await this.notices.openIds(commentId);
      trustedNotice = openNotices.length > 0 && (await this.notices.openFromTrustedFlagger(commentId));
    }
    const parentAuthor = await this.store.load(commentId).then((c) => (c ? this.store.parentAuthorOf(c) : null));

    const done = await this.store.change(commentId, input.revision, (prev) => {
      // Rejecting a published comment takes it down: that is a removal (the author can appeal).
      const t = moderatorTransition(prev, input.action as typeof action);
      action = t.action;
      const restrictive = t.to === 'rejected' || t.to === 'removed';
      const reasons = !restrictive ? [] : opts.sweep ? sweepReasons(prev.reasons, opts.sweep) : [moderatorReason(input.reason!)];
      appliedReasons = reasons;
      if (restrictive) {
        const source = opts.source ?? (trustedNotice ? 'trusted-flagger' : openNotices.length ? 'notice' : prev.modReportsOpen || (prev.reportCount ?? 0) > 0 ? 'other-notification' : 'voluntary');
        const code = input.reason ?? opts.sweep?.reasonCode ?? 'other';
        // Each decision has its own statement and PUID (a second restriction of the comment never reuses one).
        const puid = statementPuid({ subject: 'content', commentId, userId: prev.authorId, decisionId: eventId });
        statement = { ...humanStatement({ commentId, createdAt: new Date(prev.createdAt), code, ruleReasons: prev.reasons ?? [], source, decidedAt, legalGround, reasons, guidelinesUrl: this.config.dsa.guidelinesUrl }), puid };
        toAuthor = authorStatement({
          id: `${commentId}-${eventId}`,
          restriction: t.to === 'removed' ? 'comment-removed' : 'comment-rejected',
          commentId,
          decidedAt,
          reasons,
          source,
          automatedDetection: detectedByRules(prev.reasons),
          legalGround,
          facts: opts.sweep ? 'The comment was removed together with the ban of your account.' : null,
          appealable: true,
          appealDeadline: appealDeadline(decidedAt),
          info: this.config.dsa,
        });
      }
      const events: OutboxEntry[] = [];
      const lifted = t.to === 'approved' && RESTRICTED.has(prev.status);
      if (restrictive || lifted) {
        events.push(
          statementIssuedEntry(this.names, {
            decisionId: eventId,
            subject: 'content',
            commentId,
            userId: prev.authorId,
            action: restrictive ? (t.to === 'removed' ? 'remove' : 'reject') : 'restore',
            automated: false,
            decidedAt,
            statement: restrictive
              ? statement!
              : reversalStatement({ puid: statementPuid({ subject: 'content', commentId, userId: prev.authorId, decisionId: eventId }), decidedAt, what: `A moderator reviewed the comment and lifted its restriction (${prev.status}); it is published again.` }),
          }),
        );
      }
      const moderated: CommentModeratedV1 = {
        commentId,
        revision: prev.revision,
        articleId: prev.articleId,
        authorId: prev.authorId,
        decision: restrictive ? 'rejected' : 'approved',
        reasons: reasons.map(({ ruleId, category, message, action: a }) => ({ ruleId, category, message, action: a })),
        actor: mod.id,
        automated: false,
        ruleSetVersion: null,
        decidedAt: decidedAt.toISOString(),
        ...(toAuthor ? { statement: toAuthor } : {}),
      };
      events.push(outboxEntry(this.names.topic(Topics.ModerationDecisions), commentId, EventTypes.CommentModerated, moderated, decidedAt, eventId));
      if (t.to === 'approved' && prev.status !== 'approved') {
        const published: CommentPublishedV1 = {
          commentId,
          revision: prev.revision,
          articleId: prev.articleId,
          authorId: prev.authorId,
          authorName: prev.authorName,
          parentId: prev.parentId ?? null,
          parentAuthorId: parentAuthor,
          excerpt: [...prev.body].slice(0, 280).join(''),
          publishedAt: decidedAt.toISOString(),
        };
        events.push(outboxEntry(this.names.topic(Topics.CommentEvents), commentId, EventTypes.CommentPublished, published, decidedAt));
      }
      if (t.to === 'removed') {
        const removed: CommentRemovedV1 = {
          commentId,
          revision: prev.revision,
          articleId: prev.articleId,
          authorId: prev.authorId,
          // A moderator's reason is reported under its reason code (e.g. `misinformation`), a ban under the ban's code.
          reasons: reasons.map((x) => ({ category: removalCategory(x, opts.sweep?.reasonCode ?? null), message: x.message })),
          removedBy: mod.id,
          appealable: true,
          appealDeadline: appealDeadline(decidedAt).toISOString(),
          removedAt: decidedAt.toISOString(),
          ...(toAuthor ? { statement: toAuthor } : {}),
        };
        events.push(outboxEntry(this.names.topic(Topics.CommentEvents), commentId, EventTypes.CommentRemoved, removed, decidedAt));
      }
      return {
        status: t.to,
        set: {
          reasons,
          decisionEventId: eventId,
          decidedAt,
          modHumanRevision: prev.revision,
          modDecidedBy: mod.id,
          modReasonCode: restrictive ? (input.reason ?? opts.sweep?.reasonCode ?? null) : null,
          modStatement: statement,
          modLegalGround: restrictive ? legalGround : null,
          authorStatement: toAuthor,
          modReportsOpen: false,
          ...(restrictive ? { featured: false } : {}),
        },
        events,
      };
    });
    if (!done) throw commentNotFound(commentId);
    const { prev, status } = done;
    await this.audit.record({
      id: eventId,
      at: decidedAt,
      actor: mod.id,
      automated: false,
      action: opts.auditAction ?? `decision.${action}`,
      commentId,
      userId: prev.authorId,
      before: { status: prev.status, revision: prev.revision, reasons: prev.reasons ?? [] },
      after: { status, revision: prev.revision, reason: input.reason ?? null, statementOfReasons: statement },
      note: input.note ?? null,
      articleId: prev.articleId,
      waitMs: queueWaitMs(prev, decidedAt),
    });
    if (!opts.keepNotices) {
      if (status === 'rejected' || status === 'removed') await this.notices.resolveForComment(commentId, 'action-taken', input.reason ? REASON_MESSAGES[input.reason] : (appliedReasons.at(-1)?.message ?? 'The comment was removed.'), mod, legalGround);
      else if (status === 'approved') await this.notices.resolveForComment(commentId, 'no-action', 'After review, the comment was found to comply with the law and our community guidelines.', mod);
    }
    // Kept after readers reported it: each reporter is told "no action" and may complain (DSA Art. 20).
    if (status === 'approved' && (prev.reportCount ?? 0) > 0) await this.reportOutcomes.decideNoAction(commentId, mod);
    this.logger.log({ commentId, action, from: prev.status, to: status, moderator: mod.id, eventId }, 'moderator decision');
    const misuse = input.manifestlyIllegal && (status === 'rejected' || status === 'removed') ? await this.misuse.record('manifestly-illegal-content', `${commentId}:${prev.revision}`, { userId: prev.authorId }, mod) : undefined;
    return {
      commentId,
      action: input.action,
      revision: prev.revision,
      previousStatus: prev.status,
      status,
      featured: status === 'approved' ? !!prev.featured : false,
      eventId,
      decidedBy: mod.id,
      decidedAt: decidedAt.toISOString(),
      statementOfReasons: statement,
      authorStatement: toAuthor,
      ...(misuse !== undefined ? { misuse } : {}),
    };
  }

  private async feature(commentId: string, input: DecisionInput, mod: AuthenticatedUser): Promise<DecisionResult> {
    const on = input.action === 'feature';
    const prev: CommentState | null = await this.store.load(commentId);
    if (!prev) throw commentNotFound(commentId);
    if (prev.revision !== input.revision) {
      throw staleRevision(commentId, input.revision, prev.revision);
    }
    if (prev.status !== 'approved') throw invalidTransition(commentId, input.action, prev.status);
    const at = new Date();
    const events: OutboxEntry[] = [];
    if (on && !prev.featured) {
      const data: CommentFeaturedV1 = { commentId, articleId: prev.articleId, authorId: prev.authorId, featuredBy: mod.id, featuredAt: at.toISOString() };
      events.push(outboxEntry(this.names.topic(Topics.CommentEvents), commentId, EventTypes.CommentFeatured, data, at));
    }
    const ok = await this.store.annotate(commentId, input.revision, { status: 'approved' }, on ? { featured: true, featuredAt: at, featuredBy: mod.id } : { featured: false, featuredAt: null, featuredBy: null }, events);
    if (!ok) {
      const now = await this.store.load(commentId);
      if (now && now.revision !== input.revision) {
        throw staleRevision(commentId, input.revision, now.revision);
      }
      throw invalidTransition(commentId, input.action, now?.status ?? 'gone');
    }
    await this.audit.record({ actor: mod.id, automated: false, action: `decision.${input.action}`, commentId, userId: prev.authorId, before: { featured: !!prev.featured }, after: { featured: on }, note: input.note ?? null });
    return {
      commentId,
      action: input.action,
      revision: prev.revision,
      previousStatus: prev.status,
      status: prev.status,
      featured: on,
      eventId: null,
      decidedBy: mod.id,
      decidedAt: at.toISOString(),
      statementOfReasons: null,
      authorStatement: null,
    };
  }

  /** Up to 100 decisions, each independent: one comment's conflict does not stop the others. */
  async bulk(action: DecisionAction, items: Array<{ id: string; revision: number }>, reason: ReasonCode | undefined, note: string | undefined, mod: AuthenticatedUser, legalGround?: LegalGround) {
    if (action === 'reject' || action === 'remove') assertLegalGround(reason, legalGround);
    const results: Array<{ id: string; ok: boolean; status: number; result?: DecisionResult; problem?: Record<string, unknown> }> = [];
    for (const item of items) {
      try {
        const result = await this.decide(item.id, { action, revision: item.revision, reason, note, legalGround }, mod);
        results.push({ id: item.id, ok: true, status: 200, result });
      } catch (err) {
        if (!(err instanceof ProblemException)) throw err;
        results.push({ id: item.id, ok: false, status: err.status, problem: { type: err.slug, title: err.title, detail: err.detail, ...err.extensions } });
      }
    }
    return { succeeded: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length, results };
  }
}
