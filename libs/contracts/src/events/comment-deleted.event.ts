import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';

/**
 * The author deleted their comment (soft delete: kept for moderation and legal holds, never
 * shown again; a placeholder stays when it has replies). Topic: parley.comments.v1. Key: commentId.
 */
export interface CommentDeletedV1 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
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
    siteId: SITE_ID_SCHEMA,
    commentId: { type: 'string', minLength: 1, maxLength: 64 },
    revision: { type: 'integer', minimum: 1 },
    articleId: { type: 'string', minLength: 1, maxLength: 200 },
    authorId: { type: 'string', minLength: 1, maxLength: 200 },
    previousStatus: { type: 'string', enum: ['pending', 'approved', 'flagged', 'rejected'] },
    deletedAt: { type: 'string', format: 'date-time' },
  },
};
