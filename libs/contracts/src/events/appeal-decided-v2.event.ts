import type { SchemaObject } from 'ajv';
import { SITE_ID_SCHEMA } from './site-id';

/** Out-of-court and judicial redress as given to the complainant (DSA Art. 21). */
export interface RedressInformationV1 {
  outOfCourtDisputeSettlement: { bodies: Array<{ name: string; url: string }>; informationUrl: string; description: string };
  judicialRedress: string;
}

export const redressInformationV1Schema: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['outOfCourtDisputeSettlement', 'judicialRedress'],
  properties: {
    outOfCourtDisputeSettlement: {
      type: 'object',
      additionalProperties: false,
      required: ['bodies', 'informationUrl', 'description'],
      properties: {
        bodies: {
          type: 'array',
          maxItems: 50,
          items: { type: 'object', additionalProperties: false, required: ['name', 'url'], properties: { name: { type: 'string', minLength: 1, maxLength: 200 }, url: { type: 'string', maxLength: 2000 } } },
        },
        informationUrl: { type: 'string', maxLength: 2000 },
        description: { type: 'string', maxLength: 2000 },
      },
    },
    judicialRedress: { type: 'string', maxLength: 2000 },
  },
};

/**
 * A complaint (DSA Art. 20) against a moderation decision was decided: an author's against the
 * rejection or removal of a comment or against a ban, suspension or premoderation of their
 * account, or a notifier's against "no action" on their notice. Carries the reasons and the
 * Art. 21 redress information. Supersedes parley.appeal.decided.v1 (comment appeals only).
 * Topic: parley.moderation-cases.v1. Key: appealId.
 */
export interface AppealDecidedV2 {
  /** The site the comment or user belongs to; absent: the default site (and in events written before sites existed). */
  siteId?: string;
  appealId: string;
  /** What was contested: a content decision, an account decision, or a notice decided "no action". */
  /** `report`: a reader's report (not an Art. 16 notice) decided "no action"; `noticeId` is then the report id. */
  subject: 'comment' | 'account' | 'notice' | 'report';
  /** `author` of the content or account, or `notifier` of the notice. */
  appellantRole: 'author' | 'notifier';
  appellantId: string;
  /** A notifier without an account (complained with the link from the decision e-mail): the address the outcome goes to. */
  appellantEmail?: string | null;
  /** The comment concerned (null for account decisions). */
  commentId: string | null;
  articleId: string | null;
  /** The account decision contested (user-action / sanction id), else null. */
  sanctionId: string | null;
  /** The notice contested, else null. */
  noticeId: string | null;
  /** `upheld`: the decision stands; `overturned`: it was reversed (comment restored or removed, restriction lifted). */
  outcome: 'upheld' | 'overturned';
  reason: string;
  decidedBy: string;
  /** When the complaint was received, and when it was decided. */
  receivedAt: string;
  decidedAt: string;
  redress: RedressInformationV1;
}

export const appealDecidedV2Schema: SchemaObject = {
  $id: 'parley.appeal.decided.v2',
  type: 'object',
  additionalProperties: false,
  required: ['appealId', 'subject', 'appellantRole', 'appellantId', 'commentId', 'articleId', 'sanctionId', 'noticeId', 'outcome', 'reason', 'decidedBy', 'receivedAt', 'decidedAt', 'redress'],
  properties: {
    siteId: SITE_ID_SCHEMA,
    appealId: { type: 'string', minLength: 1, maxLength: 100 },
    subject: { type: 'string', enum: ['comment', 'account', 'notice', 'report'] },
    appellantRole: { type: 'string', enum: ['author', 'notifier'] },
    appellantId: { type: 'string', minLength: 1, maxLength: 200 },
    appellantEmail: { type: ['string', 'null'], format: 'email', maxLength: 320 },
    commentId: { type: ['string', 'null'], maxLength: 64 },
    articleId: { type: ['string', 'null'], maxLength: 200 },
    sanctionId: { type: ['string', 'null'], maxLength: 64 },
    noticeId: { type: ['string', 'null'], maxLength: 300 },
    outcome: { type: 'string', enum: ['upheld', 'overturned'] },
    reason: { type: 'string', maxLength: 2000 },
    decidedBy: { type: 'string', minLength: 1, maxLength: 200 },
    receivedAt: { type: 'string', format: 'date-time' },
    decidedAt: { type: 'string', format: 'date-time' },
    redress: redressInformationV1Schema,
  },
};
