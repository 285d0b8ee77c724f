import { CommentModeratedV1 } from '@parley/contracts';
import { KafkaNames, OutboxEntry } from '@parley/messaging';
import { Reason, statementOfReasons } from '@parley/moderation-rules';
import { statementIssuedEntry, statementPuid } from './statement-issued';

/**
 * The statement of reasons of an automated restriction (the rules engine held or rejected the
 * comment), built from the decision event when comments-api applies it: one per decision event,
 * with the decision's own PUID.
 */
export function automatedStatementEntry(names: KafkaNames, decisionId: string, d: CommentModeratedV1, contentDate: Date): OutboxEntry {
  const action = d.decision === 'rejected' ? 'reject' : 'flag';
  const reasons: Reason[] = d.reasons.map((r) => ({ ruleId: r.ruleId, category: r.category, message: r.message, action: r.action ?? (action === 'reject' ? 'reject' : 'flag') }));
  const issue = { decisionId, subject: 'content' as const, commentId: d.commentId, userId: d.authorId };
  const statement = statementOfReasons({
    decision: { decision: d.decision, score: 1, reasons, shadowReasons: [], ...(d.ruleSetVersion !== null ? { ruleSetVersion: d.ruleSetVersion } : {}) },
    comment: { id: d.commentId, body: '', createdAt: contentDate },
    automated: true,
    humanReviewed: false,
    now: new Date(d.decidedAt),
    puid: statementPuid(issue),
  });
  return statementIssuedEntry(names, { ...issue, action, automated: true, decidedAt: new Date(d.decidedAt), statement });
}
