import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';
import { RedressInfoV1, redressInfoV1Schema } from './restriction-statement';

/**
 * A notice about a comment (a reader's report or a legal notice, e.g. under the EU DSA) was
 * decided; the reporter is told the outcome. Topic: parley.moderation-cases.v1. Key: noticeId.
 */
export interface NoticeDecidedV1 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
  noticeId: string;
  commentId: string;
  articleId: string;
  /** The reporter's user id when signed in, else null. */
  reporterId: string | null;
  /** The reporter's email when given with the notice (anonymous legal notices), else null. */
  reporterEmail: string | null;
  /** `legal` notices cannot be unsubscribed from. */
  kind: 'report' | 'legal';
  outcome: 'action-taken' | 'no-action';
  reason: string;
  decidedAt: string;
  /** Every comment the notice named (commentId is the first). */
  commentIds?: string[];
  /** The legal ground the decision relied on (illegal-content decisions). */
  legalGround?: { law: string; explanation: string; illegalContentType: string | null } | null;
  /** Redress open to the notifier (Art. 16(5), 17(3)(f) DSA). */
  redress?: RedressInfoV1;
}

export const noticeDecidedV1Schema: SchemaObject = {
  $id: 'parley.notice.decided.v1',
  type: 'object',
  additionalProperties: false,
  required: ['noticeId', 'commentId', 'articleId', 'reporterId', 'reporterEmail', 'kind', 'outcome', 'reason', 'decidedAt'],
  properties: {
    siteId: SITE_ID_SCHEMA,
    noticeId: { type: 'string', minLength: 1, maxLength: 300 },
    commentId: { type: 'string', minLength: 1, maxLength: 64 },
    articleId: { type: 'string', minLength: 1, maxLength: 200 },
    reporterId: { type: ['string', 'null'], maxLength: 200 },
    reporterEmail: { type: ['string', 'null'], format: 'email', maxLength: 320 },
    kind: { type: 'string', enum: ['report', 'legal'] },
    outcome: { type: 'string', enum: ['action-taken', 'no-action'] },
    reason: { type: 'string', maxLength: 2000 },
    decidedAt: { type: 'string', format: 'date-time' },
    commentIds: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', minLength: 1, maxLength: 64 } },
    legalGround: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['law', 'explanation', 'illegalContentType'],
      properties: { law: { type: 'string', maxLength: 500 }, explanation: { type: 'string', maxLength: 2000 }, illegalContentType: { type: ['string', 'null'], maxLength: 100 } },
    },
    redress: redressInfoV1Schema,
  },
};
