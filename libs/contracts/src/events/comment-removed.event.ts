import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';
import { RestrictionStatementV1, restrictionStatementV1Schema } from './restriction-statement';

export interface RemovalReasonV1 {
  /** Guideline category, e.g. `harassment`, `spam`, `legal`. */
  category: string;
  /** Human-readable statement of reasons shown to the author. */
  message: string;
}

/**
 * A published comment was taken down by a moderator (or after a legal notice).
 * Topic: parley.comments.v1. Key: commentId.
 */
export interface CommentRemovedV1 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
  commentId: string;
  revision: number;
  articleId: string;
  authorId: string;
  reasons: RemovalReasonV1[];
  /** The moderator's user id, or `system`. */
  removedBy: string;
  /** Whether the author may appeal, and until when (ISO date) when limited. */
  appealable: boolean;
  appealDeadline: string | null;
  removedAt: string;
  /** The statement of reasons for the author (Art. 17 DSA). */
  statement?: RestrictionStatementV1;
}

export const commentRemovedV1Schema: SchemaObject = {
  $id: 'parley.comment.removed.v1',
  type: 'object',
  additionalProperties: false,
  required: ['commentId', 'revision', 'articleId', 'authorId', 'reasons', 'removedBy', 'appealable', 'appealDeadline', 'removedAt'],
  properties: {
    siteId: SITE_ID_SCHEMA,
    commentId: { type: 'string', minLength: 1, maxLength: 64 },
    revision: { type: 'integer', minimum: 1 },
    articleId: { type: 'string', minLength: 1, maxLength: 200 },
    authorId: { type: 'string', minLength: 1, maxLength: 200 },
    reasons: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['category', 'message'],
        properties: { category: { type: 'string', maxLength: 100 }, message: { type: 'string', maxLength: 2000 } },
      },
    },
    removedBy: { type: 'string', minLength: 1, maxLength: 200 },
    appealable: { type: 'boolean' },
    appealDeadline: { type: ['string', 'null'], format: 'date-time' },
    removedAt: { type: 'string', format: 'date-time' },
    statement: restrictionStatementV1Schema,
  },
};
