import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';

/** A comment was posted and awaits moderation. Key: commentId. */
export interface CommentSubmittedV1 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
  commentId: string;
  revision: number;
  articleId: string;
  authorId: string;
  authorName: string;
  parentId: string | null;
  body: string;
  createdAt: string;
  /** The article's moderation settings when the comment was posted, for the rules engine. */
  article: { section: string | null; premoderation: boolean; open: boolean };
}

export const commentSubmittedV1Schema: SchemaObject = {
  $id: 'parley.comment.submitted.v1',
  type: 'object',
  additionalProperties: false,
  required: ['commentId', 'revision', 'articleId', 'authorId', 'authorName', 'parentId', 'body', 'createdAt', 'article'],
  properties: {
    siteId: SITE_ID_SCHEMA,
    commentId: { type: 'string', minLength: 1, maxLength: 64 },
    revision: { type: 'integer', minimum: 1 },
    articleId: { type: 'string', minLength: 1, maxLength: 200 },
    authorId: { type: 'string', minLength: 1, maxLength: 200 },
    authorName: { type: 'string', maxLength: 200 },
    parentId: { type: ['string', 'null'], maxLength: 64 },
    body: { type: 'string', maxLength: 100000 },
    createdAt: { type: 'string', format: 'date-time' },
    article: {
      type: 'object',
      additionalProperties: false,
      required: ['section', 'premoderation', 'open'],
      properties: {
        section: { type: ['string', 'null'], maxLength: 200 },
        premoderation: { type: 'boolean' },
        open: { type: 'boolean' },
      },
    },
  },
};
