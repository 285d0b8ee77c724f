import { EventTypes, StatementAction, StatementIssuedV1, Topics } from '@parley/contracts';
import { KafkaNames, OutboxEntry } from '@parley/messaging';
import { decisionPuid } from '@parley/moderation-rules';
import { outboxEntry } from '../common/outbox-entry';

/** Restrictions go to the Transparency Database; reversals (restore, lift) are kept only. */
const SUBMITTED: ReadonlySet<StatementAction> = new Set(['reject', 'remove', 'flag', 'ban', 'suspension', 'premoderation']);

export interface StatementIssue {
  decisionId: string;
  subject: 'content' | 'account';
  commentId?: string | null;
  userId: string;
  action: StatementAction;
  automated: boolean;
  decidedAt: Date;
  /** The statement (Transparency Database fields) without its PUID: the PUID is set here. */
  statement: object;
}

/** The PUID of a decision's statement: the comment (or user) id and the decision id. */
export function statementPuid(issue: Pick<StatementIssue, 'subject' | 'commentId' | 'userId' | 'decisionId'>): string {
  return decisionPuid(issue.subject === 'content' ? issue.commentId! : `user-${issue.userId}`, issue.decisionId);
}

/**
 * The parley.statement.issued.v1 outbox entry of one decision, to be appended in the same write
 * as the decision itself. The event id is derived from the decision id, so a retried write
 * announces nothing new.
 */
export function statementIssuedEntry(names: KafkaNames, issue: StatementIssue): OutboxEntry {
  const puid = statementPuid(issue);
  const data: StatementIssuedV1 = {
    decisionId: issue.decisionId,
    puid,
    subject: issue.subject,
    commentId: issue.commentId ?? null,
    userId: issue.userId,
    action: issue.action,
    automated: issue.automated,
    submit: SUBMITTED.has(issue.action),
    decidedAt: issue.decidedAt.toISOString(),
    statement: { ...issue.statement, puid },
  };
  const key = issue.subject === 'content' ? issue.commentId! : issue.userId;
  return outboxEntry(names.topic(Topics.ModerationDecisions), key, EventTypes.StatementIssued, data, issue.decidedAt, `${issue.decisionId}:statement`);
}
