import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';

/** A moderator featured (pinned/highlighted) a comment. Topic: parley.comments.v1. Key: commentId. */
export interface CommentFeaturedV1 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
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
    siteId: SITE_ID_SCHEMA,
    commentId: { type: 'string', minLength: 1, maxLength: 64 },
    articleId: { type: 'string', minLength: 1, maxLength: 200 },
    authorId: { type: 'string', minLength: 1, maxLength: 200 },
    featuredBy: { type: 'string', minLength: 1, maxLength: 200 },
    featuredAt: { type: 'string', format: 'date-time' },
  },
};
