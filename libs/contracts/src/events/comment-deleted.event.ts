import type { SchemaObject } from 'ajv';

/**
 * The author deleted their comment (soft delete: kept for moderation and legal holds, never
 * shown again; a placeholder stays when it has replies). Topic: parley.comments.v1. Key: commentId.
 */
export interface CommentDeletedV1 {
  commentId: string;
  revision: number;
  articleId: string;
  authorId: string;
  /** Status before deletion: a consumer that showed the comment (approved) should drop it. */
  previousStatus: 'pending' | 'approved' | 'flagged' | 'rejected';
  deletedAt: string;
}

export const commentDeletedV1Schema: SchemaObject = {
  $id: 'parley.comment.deleted.v1',
  type: 'object',
  additionalProperties: false,
  required: ['commentId', 'revision', 'articleId', 'authorId', 'previousStatus', 'deletedAt'],
  properties: {
    commentId: { type: 'string', minLength: 1, maxLength: 64 },
    revision: { type: 'integer', minimum: 1 },
    articleId: { type: 'string', minLength: 1, maxLength: 200 },
    authorId: { type: 'string', minLength: 1, maxLength: 200 },
    previousStatus: { type: 'string', enum: ['pending', 'approved', 'flagged', 'rejected'] },
    deletedAt: { type: 'string', format: 'date-time' },
  },
};
