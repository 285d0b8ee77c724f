import { dsaCategoryFor } from './statement-of-reasons';
import { DsaAccountType, DsaCategory, DsaDecisionAccount, DsaDecisionProvision, DsaKeyword, EEA_COUNTRY_CODES } from './dsa-enums';

/** An account restriction a statement of reasons is issued for. */
export type AccountRestriction = 'ban' | 'suspension' | 'premoderation';

/**
 * A statement of reasons for a restriction of an account (DSA Art. 17(1)(c)/(d)), in the DSA
 * Transparency Database API's field names. Free text never carries the moderator's own wording
 * (which may name people): only the reason code's published explanation.
 */
export interface AccountStatementOfReasons {
  decision_account?: DsaDecisionAccount;
  decision_provision?: DsaDecisionProvision;
  account_type: DsaAccountType;
  end_date_account_restriction?: string;
  end_date_service_restriction?: string;
  decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT' | 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  illegal_content_legal_ground?: string;
  illegal_content_explanation?: string;
  incompatible_content_ground?: string;
  incompatible_content_explanation?: string;
  category: DsaCategory;
  category_specification?: DsaKeyword[];
  content_type: ['CONTENT_TYPE_TEXT'];
  automated_detection: 'Yes' | 'No';
  automated_decision: 'AUTOMATED_DECISION_FULLY' | 'AUTOMATED_DECISION_PARTIALLY' | 'AUTOMATED_DECISION_NOT_AUTOMATED';
  source_type: 'SOURCE_VOLUNTARY';
  content_date: string;
  application_date: string;
  decision_facts: string;
  puid: string;
  territorial_scope: string[];
  decision_ground_reference_url?: string;
}

export interface AccountStatementInput {
  restriction: AccountRestriction;
  puid: string;
  decidedAt: Date;
  /** End of a suspension. */
  until?: Date | null;
  /** The rules-engine category the reason is reported under (e.g. `harassment`, `spam`). */
  category: string;
  /** The reason's published explanation (no personal data). */
  explanation: string;
  /** Set when the account is restricted for illegal content. */
  illegal?: { legalGround: string; explanation: string };
  /** Date of the earliest content the decision relied on; defaults to the decision date. */
  contentDate?: Date;
  automated?: boolean;
  /** Overrides what `automated` implies (e.g. a policy applied automatically to moderators' findings: PARTIALLY). */
  automatedDecision?: AccountStatementOfReasons['automated_decision'];
  /** Overrides the contractual ground the category maps to (e.g. the misuse policy). */
  ground?: string;
  guidelinesUrl?: string;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

const FACTS: Record<AccountRestriction, string> = {
  ban: 'The account was terminated: its holder can no longer post, react or report.',
  suspension: 'The account was suspended until the end date: its holder cannot post, react or report until then.',
  premoderation: 'The account was placed under premoderation: its comments are published only after a moderator reviewed them.',
};

export function accountStatementOfReasons(input: AccountStatementInput): AccountStatementOfReasons {
  if (!/^[A-Za-z0-9_-]{1,500}$/.test(input.puid)) throw new RangeError(`puid: ${input.puid} is not a valid platform unique identifier`);
  if (input.restriction === 'suspension' && !input.until) throw new RangeError('a suspension needs its end date (until)');
  const mapping = dsaCategoryFor(input.category);
  const s: AccountStatementOfReasons = {
    account_type: 'ACCOUNT_TYPE_PRIVATE',
    decision_ground: input.illegal ? 'DECISION_GROUND_ILLEGAL_CONTENT' : 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    category: mapping.category,
    content_type: ['CONTENT_TYPE_TEXT'],
    automated_detection: input.automated ? 'Yes' : 'No',
    automated_decision: input.automatedDecision ?? (input.automated ? 'AUTOMATED_DECISION_FULLY' : 'AUTOMATED_DECISION_NOT_AUTOMATED'),
    source_type: 'SOURCE_VOLUNTARY',
    content_date: day(input.contentDate ?? input.decidedAt),
    application_date: day(input.decidedAt),
    decision_facts: clip(`${FACTS[input.restriction]} ${input.explanation}`.trim(), 5000),
    puid: input.puid,
    territorial_scope: [...EEA_COUNTRY_CODES],
  };
  if (input.restriction === 'ban') s.decision_account = 'DECISION_ACCOUNT_TERMINATED';
  if (input.restriction === 'suspension') {
    s.decision_account = 'DECISION_ACCOUNT_SUSPENDED';
    s.end_date_account_restriction = day(input.until!);
  }
  if (input.restriction === 'premoderation') s.decision_provision = 'DECISION_PROVISION_PARTIAL_SUSPENSION';
  if (input.illegal) {
    s.illegal_content_legal_ground = clip(input.illegal.legalGround, 500);
    s.illegal_content_explanation = clip(input.illegal.explanation, 2000);
  } else {
    s.incompatible_content_ground = clip(input.ground ?? mapping.ground, 500);
    s.incompatible_content_explanation = clip(input.explanation || 'The account does not comply with the terms of use.', 2000);
  }
  if (mapping.keyword) s.category_specification = [mapping.keyword];
  if (input.guidelinesUrl) s.decision_ground_reference_url = clip(input.guidelinesUrl, 500);
  return s;
}

/**
 * The record of a decision that reverses an earlier restriction (a restored comment, a lifted
 * ban): a statement of its own with its own PUID, naming the PUID it reverses. The Transparency
 * Database takes statements of restrictions only, so these are kept, not submitted.
 */
export interface ReversalStatement {
  puid: string;
  reverses: string | null;
  application_date: string;
  decision_facts: string;
  automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED' | 'AUTOMATED_DECISION_FULLY';
}

export function reversalStatement(input: { puid: string; reverses?: string | null; decidedAt: Date; what: string; automated?: boolean }): ReversalStatement {
  if (!/^[A-Za-z0-9_-]{1,500}$/.test(input.puid)) throw new RangeError(`puid: ${input.puid} is not a valid platform unique identifier`);
  return {
    puid: input.puid,
    reverses: input.reverses ?? null,
    application_date: day(input.decidedAt),
    decision_facts: clip(input.what, 5000),
    automated_decision: input.automated ? 'AUTOMATED_DECISION_FULLY' : 'AUTOMATED_DECISION_NOT_AUTOMATED',
  };
}

/** A PUID for one decision: the subject's id and the decision's id (characters outside [A-Za-z0-9_-] become '-'). */
export function decisionPuid(subjectId: string, decisionId: string): string {
  return `${subjectId}-${decisionId}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 500);
}
