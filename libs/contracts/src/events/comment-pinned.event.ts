import type { SchemaObject } from 'ajv';

/**
 * A moderator pinned an approved top-level comment above its article's thread (one pinned
 * comment per article). Topic: parley.comments.v1. Key: commentId.
 */
export interface CommentPinnedV1 {
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
    commentId: { type: 'string', minLength: 1, maxLength: 64 },
    articleId: { type: 'string', minLength: 1, maxLength: 200 },
    authorId: { type: 'string', minLength: 1, maxLength: 200 },
    pinnedBy: { type: 'string', minLength: 1, maxLength: 200 },
    pinnedAt: { type: 'string', format: 'date-time' },
    replacedCommentId: { type: ['string', 'null'], maxLength: 64 },
  },
};
