import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';

export const REPORT_REASONS = ['spam', 'abuse', 'harassment', 'hate', 'illegal', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/**
 * A reader reported a comment. One report per reader per comment; `reportCount` is the
 * running number of reports on the comment including this one, so moderation can react to
 * a threshold. Reports of illegal content carry the DSA Article 16 notice's explanation
 * (the notifier's e-mail stays in comments-api). Topic: parley.comments.v1. Key: commentId.
 */
export interface CommentReportedV1 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
  reportId: string;
  commentId: string;
  revision: number;
  articleId: string;
  authorId: string;
  reporterId: string;
  reason: ReportReason;
  text: string | null;
  /** Present for `illegal`: the notice under DSA Art. 16. */
  illegalContentNotice: { explanation: string; goodFaith: true } | null;
  reportCount: number;
  reportedAt: string;
}

export const commentReportedV1Schema: SchemaObject = {
  $id: 'parley.comment.reported.v1',
  type: 'object',
  additionalProperties: false,
  required: ['reportId', 'commentId', 'revision', 'articleId', 'authorId', 'reporterId', 'reason', 'text', 'illegalContentNotice', 'reportCount', 'reportedAt'],
  properties: {
    siteId: SITE_ID_SCHEMA,
    reportId: { type: 'string', minLength: 1, maxLength: 300 },
    commentId: { type: 'string', minLength: 1, maxLength: 64 },
    revision: { type: 'integer', minimum: 1 },
    articleId: { type: 'string', minLength: 1, maxLength: 200 },
    authorId: { type: 'string', minLength: 1, maxLength: 200 },
    reporterId: { type: 'string', minLength: 1, maxLength: 200 },
    reason: { type: 'string', enum: [...REPORT_REASONS] },
    text: { type: ['string', 'null'], maxLength: 2000 },
    illegalContentNotice: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['explanation', 'goodFaith'],
      properties: { explanation: { type: 'string', minLength: 1, maxLength: 5000 }, goodFaith: { type: 'boolean', const: true } },
    },
    reportCount: { type: 'integer', minimum: 1 },
    reportedAt: { type: 'string', format: 'date-time' },
  },
};
