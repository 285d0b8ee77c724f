import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';

/**
 * An author's appeal against a moderation decision was decided.
 * Topic: parley.moderation-cases.v1. Key: appealId.
 */
export interface AppealDecidedV1 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
  appealId: string;
  commentId: string;
  articleId: string;
  /** The user who appealed (the comment's author). */
  appellantId: string;
  /** `upheld`: the original decision stands; `overturned`: the comment is restored. */
  outcome: 'upheld' | 'overturned';
  reason: string;
  decidedBy: string;
  decidedAt: string;
}

export const appealDecidedV1Schema: SchemaObject = {
  $id: 'parley.appeal.decided.v1',
  type: 'object',
  additionalProperties: false,
  required: ['appealId', 'commentId', 'articleId', 'appellantId', 'outcome', 'reason', 'decidedBy', 'decidedAt'],
  properties: {
    siteId: SITE_ID_SCHEMA,
    appealId: { type: 'string', minLength: 1, maxLength: 64 },
    commentId: { type: 'string', minLength: 1, maxLength: 64 },
    articleId: { type: 'string', minLength: 1, maxLength: 200 },
    appellantId: { type: 'string', minLength: 1, maxLength: 200 },
    outcome: { type: 'string', enum: ['upheld', 'overturned'] },
    reason: { type: 'string', maxLength: 2000 },
    decidedBy: { type: 'string', minLength: 1, maxLength: 200 },
    decidedAt: { type: 'string', format: 'date-time' },
  },
};
