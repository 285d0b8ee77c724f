import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';

/** What a statement of reasons records a decision on: one comment, or a person's account. */
export type StatementSubject = 'content' | 'account';

/**
 * The decision a statement is about. Restrictions (`reject`, `remove`, `flag`, `ban`, `suspension`,
 * `premoderation`) go to the DSA Transparency Database; `restore` and `lift` reverse an earlier
 * restriction and are kept as statements of their own.
 */
export const STATEMENT_ACTIONS = ['reject', 'remove', 'flag', 'restore', 'ban', 'suspension', 'premoderation', 'lift'] as const;
export type StatementAction = (typeof STATEMENT_ACTIONS)[number];

/**
 * A statement of reasons (DSA Art. 17) was issued for one decision. Appended to the comment's (or
 * the user action's) outbox in the same write as the decision, so no decision goes without its
 * statement; comments-api keeps them append-only, one per `decisionId`. Topic:
 * parley.moderation-decisions.v1. Key: commentId for content, userId for accounts.
 */
export interface StatementIssuedV1 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
  /** The decision's id (the moderated event id, or the user action id): one statement per decision. */
  decisionId: string;
  /** Platform unique identifier of the statement; never reused. */
  puid: string;
  subject: StatementSubject;
  commentId: string | null;
  /** The person affected (the comment's author, or the account holder). */
  userId: string;
  action: StatementAction;
  automated: boolean;
  /** Whether the statement goes to the DSA Transparency Database (restrictions only). */
  submit: boolean;
  decidedAt: string;
  /** The statement in the DSA Transparency Database API's field names and enumerations. */
  statement: Record<string, unknown>;
}

export const statementIssuedV1Schema: SchemaObject = {
  $id: 'parley.statement.issued.v1',
  type: 'object',
  additionalProperties: false,
  required: ['decisionId', 'puid', 'subject', 'commentId', 'userId', 'action', 'automated', 'submit', 'decidedAt', 'statement'],
  properties: {
    siteId: SITE_ID_SCHEMA,
    decisionId: { type: 'string', minLength: 1, maxLength: 200 },
    puid: { type: 'string', minLength: 1, maxLength: 500, pattern: '^[A-Za-z0-9_-]+$' },
    subject: { type: 'string', enum: ['content', 'account'] },
    commentId: { type: ['string', 'null'], maxLength: 64 },
    userId: { type: 'string', minLength: 1, maxLength: 200 },
    action: { type: 'string', enum: [...STATEMENT_ACTIONS] },
    automated: { type: 'boolean' },
    submit: { type: 'boolean' },
    decidedAt: { type: 'string', format: 'date-time' },
    statement: {
      type: 'object',
      required: ['puid', 'decision_facts', 'application_date'],
      properties: {
        puid: { type: 'string', minLength: 1, maxLength: 500 },
        decision_facts: { type: 'string', maxLength: 5000 },
        application_date: { type: 'string', format: 'date' },
      },
    },
  },
};
