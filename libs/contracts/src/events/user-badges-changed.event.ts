import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';

const BADGE = { type: 'string', enum: ['staff', 'subscriber', 'expert'] };
const BADGE_LIST = { type: 'array', items: BADGE, maxItems: 3, uniqueItems: true };

/**
 * An administrator changed the badges a user is given (staff, subscriber, expert; the badges a
 * host site's token asserts are not events). Topic: parley.users.v1. Key: userId.
 */
export interface UserBadgesChangedV1 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
  userId: string;
  /** The admin-given badges now. */
  badges: Array<'staff' | 'subscriber' | 'expert'>;
  added: Array<'staff' | 'subscriber' | 'expert'>;
  removed: Array<'staff' | 'subscriber' | 'expert'>;
  /** The administrator's user id. */
  setBy: string;
  setAt: string;
}

export const userBadgesChangedV1Schema: SchemaObject = {
  $id: 'parley.user.badges-changed.v1',
  type: 'object',
  additionalProperties: false,
  required: ['userId', 'badges', 'added', 'removed', 'setBy', 'setAt'],
  properties: {
    siteId: SITE_ID_SCHEMA,
    userId: { type: 'string', minLength: 1, maxLength: 200 },
    badges: BADGE_LIST,
    added: BADGE_LIST,
    removed: BADGE_LIST,
    setBy: { type: 'string', minLength: 1, maxLength: 200 },
    setAt: { type: 'string', format: 'date-time' },
  },
};
