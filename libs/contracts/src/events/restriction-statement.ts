import type { SchemaObject } from 'ajv';

/** What was restricted (Art. 17(1) DSA): content, or the account. */
export const RESTRICTION_KINDS = ['comment-rejected', 'comment-removed', 'comment-held', 'account-banned', 'account-suspended', 'account-premoderated'] as const;
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];

/**
 * The statement of reasons given to the person affected by a restriction (Art. 17 DSA), with
 * every element of Art. 17(3): the restriction and its scope and duration (a), the facts and
 * circumstances, whether a notice led to it (b), the use of automated means in detection and in
 * the decision (c), the legal ground with explanation or the contractual ground with the
 * guideline clause (d, e), and the redress available (f). Carried by the events that restrict
 * (parley.comment.moderated.v1, parley.comment.removed.v1, parley.user.sanctioned.v1) and shown
 * to the author; its text never quotes the comment.
 */
export interface RestrictionStatementV1 {
  /** Unique per decision (the Transparency Database PUID when one is submitted). */
  id: string;
  restriction: RestrictionKind;
  /** (a) What the restriction covers, in words. */
  scope: string;
  /** (a) End of a time-limited restriction; null when permanent or not time-bound. */
  until: string | null;
  /** The comment restricted; null for account restrictions. */
  commentId: string | null;
  /** (b) Facts and circumstances relied on. */
  facts: string;
  /** (b) What led to the decision. */
  source: 'notice' | 'trusted-flagger' | 'reader-reports' | 'own-initiative';
  sourceText: string;
  /** (c) Automated means. */
  automatedDetection: boolean;
  automatedDecision: 'fully' | 'partially' | 'not';
  automationText: string;
  /** (d)/(e) The ground. */
  ground:
    | { kind: 'illegal'; law: string; explanation: string; illegalContentType: string | null }
    | { kind: 'contractual'; clause: string; explanation: string; url: string | null };
  /** (f) Redress. */
  redress: {
    internalComplaint: { available: boolean; procedure: string; url: string | null; deadline: string | null };
    outOfCourt: { text: string; url: string; bodies: Array<{ name: string; url: string | null }> };
    judicial: string;
  };
  /** Art. 14: the rules and how moderation works. */
  links: { guidelines: string | null; automatedModeration: string | null };
  decidedAt: string;
}

const str = (max: number) => ({ type: 'string', maxLength: max });
const nullableStr = (max: number) => ({ type: ['string', 'null'], maxLength: max });

export const restrictionStatementV1Schema: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'restriction', 'scope', 'until', 'commentId', 'facts', 'source', 'sourceText', 'automatedDetection', 'automatedDecision', 'automationText', 'ground', 'redress', 'links', 'decidedAt'],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 500 },
    restriction: { type: 'string', enum: [...RESTRICTION_KINDS] },
    scope: str(1000),
    until: { type: ['string', 'null'], format: 'date-time' },
    commentId: nullableStr(64),
    facts: str(5000),
    source: { type: 'string', enum: ['notice', 'trusted-flagger', 'reader-reports', 'own-initiative'] },
    sourceText: str(1000),
    automatedDetection: { type: 'boolean' },
    automatedDecision: { type: 'string', enum: ['fully', 'partially', 'not'] },
    automationText: str(2000),
    ground: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'law', 'explanation', 'illegalContentType'],
          properties: { kind: { const: 'illegal' }, law: str(500), explanation: str(2000), illegalContentType: nullableStr(100) },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'clause', 'explanation', 'url'],
          properties: { kind: { const: 'contractual' }, clause: str(500), explanation: str(2000), url: nullableStr(1000) },
        },
      ],
    },
    redress: {
      type: 'object',
      additionalProperties: false,
      required: ['internalComplaint', 'outOfCourt', 'judicial'],
      properties: {
        internalComplaint: {
          type: 'object',
          additionalProperties: false,
          required: ['available', 'procedure', 'url', 'deadline'],
          properties: { available: { type: 'boolean' }, procedure: str(2000), url: nullableStr(1000), deadline: { type: ['string', 'null'], format: 'date-time' } },
        },
        outOfCourt: {
          type: 'object',
          additionalProperties: false,
          required: ['text', 'url', 'bodies'],
          properties: {
            text: str(2000),
            url: str(1000),
            bodies: {
              type: 'array',
              maxItems: 50,
              items: { type: 'object', additionalProperties: false, required: ['name', 'url'], properties: { name: str(200), url: nullableStr(1000) } },
            },
          },
        },
        judicial: str(500),
      },
    },
    links: {
      type: 'object',
      additionalProperties: false,
      required: ['guidelines', 'automatedModeration'],
      properties: { guidelines: nullableStr(1000), automatedModeration: nullableStr(1000) },
    },
    decidedAt: { type: 'string', format: 'date-time' },
  },
};

/** The redress information given with decisions on notices (Art. 16(5), 17(3)(f)). */
export interface RedressInfoV1 {
  internalComplaint: { available: boolean; procedure: string; url: string | null; deadline: string | null };
  outOfCourt: { text: string; url: string; bodies: Array<{ name: string; url: string | null }> };
  judicial: string;
}
export const redressInfoV1Schema: SchemaObject = (restrictionStatementV1Schema.properties as Record<string, SchemaObject>).redress;
