import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';

/**
 * A user's account erasure (GDPR Art. 17) fell due after its grace period: every app removes or
 * anonymises what it holds about the user. The event carries ids only, never content.
 * Topic: parley.users.v1. Key: userId. Consumers must be idempotent (erasing twice changes nothing).
 */
export interface UserErasedV1 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
  /** The erasure request's id. */
  erasureId: string;
  /** The host site's user id being erased. */
  userId: string;
  /**
   * What replaces the user id in records kept for legal reasons (moderation and DSA records,
   * the audit trail, comments kept as placeholders): the same in every app, linked to the user
   * only by comments-api's erasure record.
   */
  pseudonym: string;
  /** Who asked: the user themselves or an administrator. */
  requestedBy: 'self' | 'admin';
  requestedAt: string;
  /** When the grace period ended and the erasure was ordered. */
  erasedAt: string;
}

export const userErasedV1Schema: SchemaObject = {
  $id: 'parley.user.erased.v1',
  type: 'object',
  additionalProperties: false,
  required: ['erasureId', 'userId', 'pseudonym', 'requestedBy', 'requestedAt', 'erasedAt'],
  properties: {
    siteId: SITE_ID_SCHEMA,
    erasureId: { type: 'string', minLength: 1, maxLength: 64 },
    userId: { type: 'string', minLength: 1, maxLength: 200 },
    pseudonym: { type: 'string', minLength: 1, maxLength: 80 },
    requestedBy: { type: 'string', enum: ['self', 'admin'] },
    requestedAt: { type: 'string', format: 'date-time' },
    erasedAt: { type: 'string', format: 'date-time' },
  },
};
