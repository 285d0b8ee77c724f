import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';

/**
 * A comment became visible to readers (approved by the rules engine or a moderator, or
 * restored). Lets consumers notify the author of the parent comment about a reply.
 * Topic: parley.comments.v1. Key: commentId.
 */
export interface CommentPublishedV1 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
  commentId: string;
  revision: number;
  articleId: string;
  authorId: string;
  authorName: string;
  /** The comment this one replies to, or null for a top-level comment. */
  parentId: string | null;
  /** The author of the parent comment (null for a top-level comment), so no lookup is needed. */
  parentAuthorId: string | null;
  /** The first characters of the body, for notifications (at most 500). */
  excerpt: string;
  publishedAt: string;
}

export const commentPublishedV1Schema: SchemaObject = {
  $id: 'parley.comment.published.v1',
  type: 'object',
  additionalProperties: false,
  required: ['commentId', 'revision', 'articleId', 'authorId', 'authorName', 'parentId', 'parentAuthorId', 'excerpt', 'publishedAt'],
  properties: {
    siteId: SITE_ID_SCHEMA,
    commentId: { type: 'string', minLength: 1, maxLength: 64 },
    revision: { type: 'integer', minimum: 1 },
    articleId: { type: 'string', minLength: 1, maxLength: 200 },
    authorId: { type: 'string', minLength: 1, maxLength: 200 },
    authorName: { type: 'string', maxLength: 200 },
    parentId: { type: ['string', 'null'], maxLength: 64 },
    parentAuthorId: { type: ['string', 'null'], maxLength: 200 },
    excerpt: { type: 'string', maxLength: 500 },
    publishedAt: { type: 'string', format: 'date-time' },
  },
};
