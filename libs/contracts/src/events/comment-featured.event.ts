import type { SchemaObject } from 'ajv';

/** A moderator featured (pinned/highlighted) a comment. Topic: parley.comments.v1. Key: commentId. */
export interface CommentFeaturedV1 {
  commentId: string;
  articleId: string;
  authorId: string;
  /** The moderator's user id. */
  featuredBy: string;
  featuredAt: string;
}

export const commentFeaturedV1Schema: SchemaObject = {
  $id: 'parley.comment.featured.v1',
  type: 'object',
  additionalProperties: false,
  required: ['commentId', 'articleId', 'authorId', 'featuredBy', 'featuredAt'],
  properties: {
    commentId: { type: 'string', minLength: 1, maxLength: 64 },
    articleId: { type: 'string', minLength: 1, maxLength: 200 },
    authorId: { type: 'string', minLength: 1, maxLength: 200 },
    featuredBy: { type: 'string', minLength: 1, maxLength: 200 },
    featuredAt: { type: 'string', format: 'date-time' },
  },
};
