import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';

/**
 * A moderator unpinned the comment pinned above its article's thread; the article has no pinned
 * comment now. Topic: parley.comments.v1. Key: commentId (the comment that was pinned), so it
 * follows that comment's parley.comment.pinned.v1 on the same partition.
 */
export interface CommentUnpinnedV1 {
  /** The site the comment belongs to; absent: the default site. */
  siteId?: string;
  /** The comment that was pinned. */
  commentId: string;
  articleId: string;
  authorId: string;
  /** The moderator's user id. */
  unpinnedBy: string;
  unpinnedAt: string;
}

export const commentUnpinnedV1Schema: SchemaObject = {
  $id: 'parley.comment.unpinned.v1',
  type: 'object',
  additionalProperties: false,
  required: ['commentId', 'articleId', 'authorId', 'unpinnedBy', 'unpinnedAt'],
  properties: {
    siteId: SITE_ID_SCHEMA,
    commentId: { type: 'string', minLength: 1, maxLength: 64 },
    articleId: { type: 'string', minLength: 1, maxLength: 200 },
    authorId: { type: 'string', minLength: 1, maxLength: 200 },
    unpinnedBy: { type: 'string', minLength: 1, maxLength: 200 },
    unpinnedAt: { type: 'string', format: 'date-time' },
  },
};
