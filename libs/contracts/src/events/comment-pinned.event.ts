import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';

/**
 * A moderator pinned an approved top-level comment above its article's thread (one pinned
 * comment per article). Topic: parley.comments.v1. Key: commentId.
 */
export interface CommentPinnedV1 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
  commentId: string;
  articleId: string;
  authorId: string;
  /** The moderator's user id. */
  pinnedBy: string;
  pinnedAt: string;
  /** The comment this pin replaced, or null when none was pinned. */
  replacedCommentId: string | null;
}

export const commentPinnedV1Schema: SchemaObject = {
  $id: 'parley.comment.pinned.v1',
  type: 'object',
  additionalProperties: false,
  required: ['commentId', 'articleId', 'authorId', 'pinnedBy', 'pinnedAt', 'replacedCommentId'],
  properties: {
    siteId: SITE_ID_SCHEMA,
    commentId: { type: 'string', minLength: 1, maxLength: 64 },
    articleId: { type: 'string', minLength: 1, maxLength: 200 },
    authorId: { type: 'string', minLength: 1, maxLength: 200 },
    pinnedBy: { type: 'string', minLength: 1, maxLength: 200 },
    pinnedAt: { type: 'string', format: 'date-time' },
    replacedCommentId: { type: ['string', 'null'], maxLength: 64 },
  },
};
