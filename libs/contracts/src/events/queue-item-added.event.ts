import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';

/**
 * A comment entered a moderation queue (e.g. `flagged`, `reported`, `appeals`, `legal`, or a
 * section's queue). Moderators who follow the queue are notified.
 * Topic: parley.moderation-cases.v1. Key: commentId.
 */
export interface QueueItemAddedV1 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
  queue: string;
  commentId: string;
  articleId: string;
  /** Why it is in the queue, e.g. the rule or report category. */
  reason: string;
  addedAt: string;
}

export const queueItemAddedV1Schema: SchemaObject = {
  $id: 'parley.queue.item-added.v1',
  type: 'object',
  additionalProperties: false,
  required: ['queue', 'commentId', 'articleId', 'reason', 'addedAt'],
  properties: {
    siteId: SITE_ID_SCHEMA,
    queue: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]{0,63}$' },
    commentId: { type: 'string', minLength: 1, maxLength: 64 },
    articleId: { type: 'string', minLength: 1, maxLength: 200 },
    reason: { type: 'string', maxLength: 2000 },
    addedAt: { type: 'string', format: 'date-time' },
  },
};
