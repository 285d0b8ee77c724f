import type { CommentInput, Decision, Reason } from '../types';
import {
  DSA_MAX_BATCH,
  DSA_SOURCE_TYPES,
  DsaAutomatedDecision,
  DsaCategory,
  DsaContentType,
  DsaDecisionGround,
  DsaDecisionVisibility,
  DsaKeyword,
  DsaSourceType,
  DsaYesNo,
  EEA_COUNTRY_CODES,
} from './dsa-enums';
import { ILLEGAL_CONTENT_TYPE_INFO, IllegalContentType } from './illegal-content-types';

export * from './dsa-enums';

/**
 * A statement of reasons (Art. 17 DSA) in the shape of the DSA Transparency Database API.
 * Only the API's enum values are used; free-text fields never contain the comment's text or
 * excerpts (Art. 24(5) DSA: no personal data).
 */
export interface StatementOfReasons {
  decision_visibility: DsaDecisionVisibility[];
  decision_ground: DsaDecisionGround;
  decision_ground_reference_url?: string;
  incompatible_content_ground?: string;
  incompatible_content_explanation?: string;
  incompatible_content_illegal?: DsaYesNo;
  illegal_content_legal_ground?: string;
  illegal_content_explanation?: string;
  category: DsaCategory;
  category_addition?: DsaCategory[];
  category_specification?: DsaKeyword[];
  content_type: DsaContentType[];
  automated_detection: DsaYesNo;
  automated_decision: DsaAutomatedDecision;
  source_type: DsaSourceType;
  content_date: string;
  application_date: string;
  decision_facts: string;
  puid: string;
  territorial_scope: string[];
}

export type StatementSource = 'voluntary' | 'notice' | 'trusted-flagger' | 'other-notification' | DsaSourceType;

export interface StatementOfReasonsInput {
  decision: Decision;
  comment: CommentInput;
  /** Was the content detected by automated means (this engine, the classifier)? → automated_detection. */
  automated: boolean;
  /** Did a moderator confirm the decision? automated + reviewed → PARTIALLY, automated only → FULLY. */
  humanReviewed?: boolean;
  /**
   * What led to the decision. Defaults to 'voluntary' (own initiative), or 'other-notification'
   * when the decision relied on reader reports. 'notice' = an Art. 16 notice.
   */
  source?: StatementSource;
  /** Date of the decision (application_date). */
  now: string | Date;
  /** Platform unique identifier; defaults to comment.id (characters outside [A-Za-z0-9_-] become '-'). */
  puid?: string;
  /** Defaults to the whole EEA. */
  territorialScope?: readonly string[];
  /** Link to the community guidelines (decision_ground_reference_url). */
  guidelinesUrl?: string;
  /** Set when a moderator decided the content is illegal: switches to DECISION_GROUND_ILLEGAL_CONTENT. */
  illegal?: { legalGround: string; explanation: string; type?: string | null };
}

interface CategoryMapping {
  category: DsaCategory;
  keyword?: DsaKeyword;
  ground: string;
}

/** How each rule category maps onto the DSA statement categories. */
export const CATEGORY_TO_DSA: Readonly<Record<string, CategoryMapping>> = Object.freeze({
  profanity: { category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', ground: 'Community guidelines: no profanity or abusive language' },
  hate: {
    category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
    keyword: 'KEYWORD_DISCRIMINATION',
    ground: 'Community guidelines: no slurs or hateful language about groups of people',
  },
  threat: {
    category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE',
    keyword: 'KEYWORD_CYBER_BULLYING_INTIMIDATION',
    ground: 'Community guidelines: no threats or encouragement of harm',
  },
  harassment: {
    category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE',
    keyword: 'KEYWORD_CYBER_HARASSMENT',
    ground: 'Community guidelines: no personal attacks',
  },
  spam: {
    category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
    keyword: 'KEYWORD_INAUTHENTIC_ACCOUNTS',
    ground: 'Community guidelines: no spam or advertising',
  },
  links: { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keyword: 'KEYWORD_PHISHING', ground: 'Community guidelines: links' },
  'personal-information': {
    category: 'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS',
    ground: 'Community guidelines: no personal contact details',
  },
  toxicity: { category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', ground: 'Community guidelines: civil discussion' },
  shouting: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keyword: 'KEYWORD_OTHER', ground: 'Community guidelines: no shouting' },
  formatting: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keyword: 'KEYWORD_OTHER', ground: 'Community guidelines: readable comments' },
  length: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keyword: 'KEYWORD_OTHER', ground: 'Terms of use: comment length' },
  author: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keyword: 'KEYWORD_OTHER', ground: 'Terms of use: account standing' },
  article: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keyword: 'KEYWORD_OTHER', ground: 'Terms of use: commenting settings of the article' },
  reports: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keyword: 'KEYWORD_OTHER', ground: 'Community guidelines: reader reports' },
  system: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keyword: 'KEYWORD_OTHER', ground: 'Terms of use: automated checks' },
  custom: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keyword: 'KEYWORD_OTHER', ground: 'Community guidelines' },
});

const FALLBACK: CategoryMapping = CATEGORY_TO_DSA.custom;

export function dsaCategoryFor(category: string): CategoryMapping {
  return CATEGORY_TO_DSA[category] ?? FALLBACK;
}

const SOURCE_ALIASES: Record<string, DsaSourceType> = {
  voluntary: 'SOURCE_VOLUNTARY',
  notice: 'SOURCE_ARTICLE_16',
  'article-16': 'SOURCE_ARTICLE_16',
  'trusted-flagger': 'SOURCE_TRUSTED_FLAGGER',
  'other-notification': 'SOURCE_TYPE_OTHER_NOTIFICATION',
};

function toDate(value: string | Date, field: string): string {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) throw new RangeError(`${field}: invalid date ${String(value)}`);
  return d.toISOString().slice(0, 10);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Decisions that restrict the content need a statement of reasons; approvals do not. */
export function requiresStatementOfReasons(decision: Decision): boolean {
  return decision.decision !== 'approved';
}

/**
 * Builds the statement of reasons for a rejected (content removed) or flagged (held for review:
 * access disabled pending moderation) comment. Throws RangeError for approved comments, which are
 * not restricted, and when no PUID is available.
 */
export function statementOfReasons(input: StatementOfReasonsInput): StatementOfReasons {
  const { decision, comment } = input;
  if (!requiresStatementOfReasons(decision)) {
    throw new RangeError('an approved comment is not restricted: no statement of reasons is required');
  }
  const action = decision.decision === 'rejected' ? 'reject' : 'flag';
  const grounds: Reason[] = decision.reasons.filter((r) => !r.shadow);
  const decisive = grounds.filter((r) => r.action === action);
  const ordered = [...decisive, ...grounds.filter((r) => r.action !== action)];

  const categories: DsaCategory[] = [];
  const keywords: DsaKeyword[] = [];
  const groundTexts: string[] = [];
  for (const reason of ordered) {
    const mapping = dsaCategoryFor(reason.category);
    if (!categories.includes(mapping.category)) categories.push(mapping.category);
    if (mapping.keyword && !keywords.includes(mapping.keyword)) keywords.push(mapping.keyword);
    if (!groundTexts.includes(mapping.ground)) groundTexts.push(mapping.ground);
  }
  if (categories.length === 0) categories.push(FALLBACK.category);
  const illegalType = input.illegal?.type && input.illegal.type in ILLEGAL_CONTENT_TYPE_INFO ? ILLEGAL_CONTENT_TYPE_INFO[input.illegal.type as IllegalContentType] : null;
  if (illegalType) {
    // The type of illegal content decides the Database category; the rule categories follow.
    for (const drop of [illegalType.category, FALLBACK.category]) {
      const at = categories.indexOf(drop);
      if (at >= 0) categories.splice(at, 1);
    }
    const other = keywords.indexOf('KEYWORD_OTHER');
    if (other >= 0) keywords.splice(other, 1);
    categories.unshift(illegalType.category);
    if (illegalType.keyword && !keywords.includes(illegalType.keyword)) keywords.unshift(illegalType.keyword);
  }

  const puidSource = input.puid ?? comment.id;
  if (!puidSource) throw new RangeError('a PUID is required: pass input.puid or comment.id');
  const puid = clip(String(puidSource).replace(/[^A-Za-z0-9_-]/g, '-'), 500);

  const scope = [...(input.territorialScope ?? EEA_COUNTRY_CODES)];
  for (const code of scope) {
    if (!(EEA_COUNTRY_CODES as readonly string[]).includes(code)) throw new RangeError(`territorialScope: ${code} is not an EEA country code`);
  }

  let source: DsaSourceType;
  if (input.source !== undefined) {
    const resolved =
      SOURCE_ALIASES[input.source] ?? ((DSA_SOURCE_TYPES as readonly string[]).includes(input.source) ? (input.source as DsaSourceType) : undefined);
    if (!resolved) throw new RangeError(`source: unknown source ${input.source}`);
    source = resolved;
  } else {
    source = grounds.some((r) => r.category === 'reports') ? 'SOURCE_TYPE_OTHER_NOTIFICATION' : 'SOURCE_VOLUNTARY';
  }

  const automatedDecision: DsaAutomatedDecision = !input.automated
    ? 'AUTOMATED_DECISION_NOT_AUTOMATED'
    : input.humanReviewed
      ? 'AUTOMATED_DECISION_PARTIALLY'
      : 'AUTOMATED_DECISION_FULLY';

  const messages = [...new Set(ordered.map((r) => r.message))];
  const explanation = clip(messages.join(' ') || 'The comment does not comply with the community guidelines.', 2000);

  const applicationDate = toDate(input.now, 'now');
  const contentDate = comment.createdAt !== undefined ? toDate(comment.createdAt, 'comment.createdAt') : applicationDate;

  const statement: StatementOfReasons = {
    decision_visibility: [decision.decision === 'rejected' ? 'DECISION_VISIBILITY_CONTENT_REMOVED' : 'DECISION_VISIBILITY_CONTENT_DISABLED'],
    decision_ground: input.illegal ? 'DECISION_GROUND_ILLEGAL_CONTENT' : 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    category: categories[0],
    content_type: ['CONTENT_TYPE_TEXT'],
    automated_detection: input.automated ? 'Yes' : 'No',
    automated_decision: automatedDecision,
    source_type: source,
    content_date: contentDate,
    application_date: applicationDate,
    decision_facts: clip(decisionFacts(decision, ordered, automatedDecision), 5000),
    puid,
    territorial_scope: scope,
  };
  if (input.illegal) {
    statement.illegal_content_legal_ground = clip(input.illegal.legalGround, 500);
    statement.illegal_content_explanation = clip(input.illegal.explanation, 2000);
  } else {
    statement.incompatible_content_ground = clip(groundTexts.join('; ') || FALLBACK.ground, 500);
    statement.incompatible_content_explanation = explanation;
  }
  if (categories.length > 1) statement.category_addition = categories.slice(1);
  if (keywords.length > 0) statement.category_specification = keywords;
  if (input.guidelinesUrl) statement.decision_ground_reference_url = clip(input.guidelinesUrl, 500);
  return statement;
}

function decisionFacts(decision: Decision, reasons: Reason[], automated: DsaAutomatedDecision): string {
  const how =
    automated === 'AUTOMATED_DECISION_FULLY'
      ? 'by automated moderation'
      : automated === 'AUTOMATED_DECISION_PARTIALLY'
        ? 'by automated moderation, confirmed by a moderator'
        : 'by a moderator';
  const outcome = decision.decision === 'rejected' ? 'The comment was removed' : 'The comment was held for review by a moderator (not published)';
  const byRule = new Map<string, { category: string; count: number; action: string }>();
  for (const r of reasons) {
    const entry = byRule.get(r.ruleId) ?? { category: r.category, count: 0, action: r.action };
    entry.count++;
    byRule.set(r.ruleId, entry);
  }
  const parts = [...byRule.entries()].map(([ruleId, e]) => `${e.category} (rule "${ruleId}", ${e.count} finding${e.count > 1 ? 's' : ''}, action ${e.action})`);
  const version = decision.ruleSetVersion !== undefined ? ` (rule set version ${decision.ruleSetVersion})` : '';
  return `${outcome} ${how}${version}. Grounds: ${parts.join('; ') || 'community guidelines'}.`;
}

/** Splits statements into request bodies for `POST /api/v1/statements` (at most 100 per request). */
export function toTransparencyBatches(statements: readonly StatementOfReasons[], max = DSA_MAX_BATCH): Array<{ statements: StatementOfReasons[] }> {
  if (!Number.isInteger(max) || max < 1 || max > DSA_MAX_BATCH) throw new RangeError(`max must be an integer between 1 and ${DSA_MAX_BATCH}`);
  const batches: Array<{ statements: StatementOfReasons[] }> = [];
  for (let i = 0; i < statements.length; i += max) batches.push({ statements: statements.slice(i, i + max) });
  return batches;
}
