import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';
import { RestrictionStatementV1, restrictionStatementV1Schema } from './restriction-statement';

export type ModerationOutcome = 'approved' | 'flagged' | 'rejected';

export interface ModerationReasonV1 {
  ruleId: string;
  category: string;
  message: string;
  action?: 'flag' | 'reject';
  excerpt?: string;
  start?: number;
  end?: number;
}

/** A moderation decision on one revision of a comment. Key: commentId. */
export interface CommentModeratedV1 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
  commentId: string;
  revision: number;
  articleId: string;
  authorId: string;
  decision: ModerationOutcome;
  reasons: ModerationReasonV1[];
  /** `system` for the rules engine, else the moderator's user id. */
  actor: string;
  automated: boolean;
  ruleSetVersion: number | null;
  decidedAt: string;
  /** The statement of reasons for the author (Art. 17 DSA) when the decision restricts the comment. */
  statement?: RestrictionStatementV1;
}

const reasonSchema: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['ruleId', 'category', 'message'],
  properties: {
    ruleId: { type: 'string', maxLength: 200 },
    category: { type: 'string', maxLength: 100 },
    message: { type: 'string', maxLength: 2000 },
    action: { type: 'string', enum: ['flag', 'reject'] },
    excerpt: { type: 'string', maxLength: 2000 },
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 0 },
  },
};

export const commentModeratedV1Schema: SchemaObject = {
  $id: 'parley.comment.moderated.v1',
  type: 'object',
  additionalProperties: false,
  required: ['commentId', 'revision', 'articleId', 'authorId', 'decision', 'reasons', 'actor', 'automated', 'ruleSetVersion', 'decidedAt'],
  properties: {
    siteId: SITE_ID_SCHEMA,
    commentId: { type: 'string', minLength: 1, maxLength: 64 },
    revision: { type: 'integer', minimum: 1 },
    articleId: { type: 'string', minLength: 1, maxLength: 200 },
    authorId: { type: 'string', minLength: 1, maxLength: 200 },
    decision: { type: 'string', enum: ['approved', 'flagged', 'rejected'] },
    reasons: { type: 'array', items: reasonSchema, maxItems: 100 },
    actor: { type: 'string', minLength: 1, maxLength: 200 },
    automated: { type: 'boolean' },
    ruleSetVersion: { type: ['integer', 'null'] },
    decidedAt: { type: 'string', format: 'date-time' },
    statement: restrictionStatementV1Schema,
  },
};
