import type { SchemaObject } from 'ajv';
import { CommentSubmittedV1, commentSubmittedV1Schema } from './comment-submitted.event';

/**
 * The author edited a comment: a new revision that goes through moderation again, exactly
 * like a submitted comment. Decisions for `previousRevision` (or older) no longer apply.
 * Topic: parley.comments.v1. Key: commentId.
 */
export interface CommentEditedV1 extends CommentSubmittedV1 {
  /** The revision this edit replaces (`revision - 1`). */
  previousRevision: number;
  /** When the edit was made (`createdAt` stays the time the comment was first posted). */
  editedAt: string;
}

export const commentEditedV1Schema: SchemaObject = {
  $id: 'parley.comment.edited.v1',
  type: 'object',
  additionalProperties: false,
  required: [...(commentSubmittedV1Schema.required as string[]), 'previousRevision', 'editedAt'],
  properties: {
    ...(commentSubmittedV1Schema.properties as Record<string, SchemaObject>),
    revision: { type: 'integer', minimum: 2 },
    previousRevision: { type: 'integer', minimum: 1 },
    editedAt: { type: 'string', format: 'date-time' },
  },
};
