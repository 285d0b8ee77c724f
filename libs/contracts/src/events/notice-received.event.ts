import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';

/**
 * A notice of illegal content (DSA Art. 16) was received; the notifier is sent a confirmation of
 * receipt (Art. 16(4)). Topic: parley.moderation-cases.v1. Key: noticeId.
 */
export interface NoticeReceivedV1 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
  noticeId: string;
  /** Every comment the notice names. */
  commentIds: string[];
  /** The notifier's user id when signed in, else null. */
  reporterId: string | null;
  /** Where the confirmation and the decision are sent (null when the notifier gave none). */
  reporterEmail: string | null;
  reporterName: string | null;
  illegalContentType: string;
  receivedAt: string;
}

export const noticeReceivedV1Schema: SchemaObject = {
  $id: 'parley.notice.received.v1',
  type: 'object',
  additionalProperties: false,
  required: ['noticeId', 'commentIds', 'reporterId', 'reporterEmail', 'reporterName', 'illegalContentType', 'receivedAt'],
  properties: {
    siteId: SITE_ID_SCHEMA,
    noticeId: { type: 'string', minLength: 1, maxLength: 64 },
    commentIds: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', minLength: 1, maxLength: 64 } },
    reporterId: { type: ['string', 'null'], maxLength: 200 },
    reporterEmail: { type: ['string', 'null'], format: 'email', maxLength: 320 },
    reporterName: { type: ['string', 'null'], maxLength: 200 },
    illegalContentType: { type: 'string', minLength: 1, maxLength: 100 },
    receivedAt: { type: 'string', format: 'date-time' },
  },
};
