import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';
import { RestrictionStatementV1, restrictionStatementV1Schema } from './restriction-statement';

export type SanctionKind = 'ban' | 'suspension' | 'warning' | 'premoderation' | 'lifted';

/**
 * A sanction on a user: a permanent ban, a suspension until a date, a warning, or the lifting
 * of an earlier sanction. Topic: parley.users.v1. Key: userId.
 */
export interface UserSanctionedV1 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
  sanctionId: string;
  userId: string;
  kind: SanctionKind;
  /** End of a suspension; null otherwise. */
  until: string | null;
  reason: string;
  issuedBy: string;
  issuedAt: string;
  /** The statement of reasons for the user (Art. 17 DSA) of a restriction (ban, suspension, premoderation). */
  statement?: RestrictionStatementV1;
  /**
   * What the sanction restricts: `account` (posting; the default when absent) or `notices` (the
   * processing of the user's notices and complaints, DSA Art. 23(2)), which does not restrict posting.
   */
  scope?: 'account' | 'notices';
}

export const userSanctionedV1Schema: SchemaObject = {
  $id: 'parley.user.sanctioned.v1',
  type: 'object',
  additionalProperties: false,
  required: ['sanctionId', 'userId', 'kind', 'until', 'reason', 'issuedBy', 'issuedAt'],
  properties: {
    siteId: SITE_ID_SCHEMA,
    sanctionId: { type: 'string', minLength: 1, maxLength: 64 },
    userId: { type: 'string', minLength: 1, maxLength: 200 },
    kind: { type: 'string', enum: ['ban', 'suspension', 'warning', 'premoderation', 'lifted'] },
    until: { type: ['string', 'null'], format: 'date-time' },
    reason: { type: 'string', maxLength: 2000 },
    issuedBy: { type: 'string', minLength: 1, maxLength: 200 },
    issuedAt: { type: 'string', format: 'date-time' },
    statement: restrictionStatementV1Schema,
    scope: { type: 'string', enum: ['account', 'notices'] },
  },
};
