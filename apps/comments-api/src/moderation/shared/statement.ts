import type { RestrictionKind, RestrictionStatementV1 } from '@parley/contracts';
import { DsaServiceInformation, IllegalContentType, Reason, restrictionStatement, RestrictionSource, statementOfReasons, StatementOfReasons } from '@parley/moderation-rules';
import { ReasonCode, REASON_MESSAGES } from './taxonomy';
import type { StoredReason as ModerationReason } from '../../comments/schemas/comment.schema';

/** The rules-engine category each moderator reason code is reported under (DSA category mapping). */
const CODE_TO_CATEGORY: Record<ReasonCode, string> = {
  offensive: 'profanity',
  abusive: 'harassment',
  spam: 'spam',
  hate_speech: 'hate',
  harassment: 'harassment',
  personal_information: 'personal-information',
  advertising: 'spam',
  illegal_content: 'custom',
  misinformation: 'custom',
  off_topic: 'custom',
  other: 'custom',
};

export function categoryOfCode(code: ReasonCode): string {
  return CODE_TO_CATEGORY[code];
}

/** The legal ground of a decision that content is illegal (Art. 17(3)(d) DSA). */
export interface LegalGround {
  law: string;
  explanation: string;
  illegalContentType: IllegalContentType;
}

export function moderatorReason(code: ReasonCode): ModerationReason & { action: 'reject' } {
  return { ruleId: `moderator:${code}`, category: CODE_TO_CATEGORY[code], message: REASON_MESSAGES[code], action: 'reject' };
}

export interface HumanStatementInput {
  commentId: string;
  createdAt: Date;
  code: ReasonCode;
  /** Reasons the rules engine recorded on the comment (automated detection when non-empty). */
  ruleReasons: ModerationReason[];
  /** What brought the comment to the moderator: an Art. 16 notice, reader reports, or own initiative. */
  source: 'notice' | 'trusted-flagger' | 'other-notification' | 'voluntary';
  decidedAt: Date;
  /** Required for illegal_content: the law and the explanation. */
  legalGround?: LegalGround | null;
  /** The reasons recorded (defaults to the moderator's reason code). */
  reasons?: ModerationReason[];
  puid?: string;
  guidelinesUrl?: string | null;
}

/**
 * The Art. 17 statement of reasons of a moderator's restrictive decision (reject or remove).
 * The decision is a human's (`AUTOMATED_DECISION_NOT_AUTOMATED`); `automated_detection` is `Yes`
 * when the rules engine had held the comment.
 */
export function humanStatement(input: HumanStatementInput): StatementOfReasons {
  const grounds: Reason[] = (input.reasons ?? [moderatorReason(input.code)]).map((r) => ({ ...r, action: r.action ?? 'reject' }) as Reason);
  const statement = statementOfReasons({
    decision: { decision: 'rejected', score: 1, reasons: grounds, shadowReasons: [] },
    comment: { id: input.commentId, body: '', createdAt: input.createdAt },
    automated: false,
    source: input.source,
    now: input.decidedAt,
    ...(input.puid ? { puid: input.puid } : {}),
    ...(input.guidelinesUrl ? { guidelinesUrl: input.guidelinesUrl } : {}),
    illegal: input.legalGround ? { legalGround: input.legalGround.law, explanation: input.legalGround.explanation, type: input.legalGround.illegalContentType } : undefined,
  });
  return { ...statement, automated_detection: detectedByRules(input.ruleReasons) ? 'Yes' : 'No' };
}

const SOURCE_OF: Record<HumanStatementInput['source'], RestrictionSource> = { notice: 'notice', 'trusted-flagger': 'trusted-flagger', 'other-notification': 'reader-reports', voluntary: 'own-initiative' };

export interface AuthorStatementInput {
  id: string;
  restriction: RestrictionKind;
  commentId: string | null;
  decidedAt: Date;
  reasons: ModerationReason[];
  source: HumanStatementInput['source'] | RestrictionSource;
  /** The rules engine had found something (automated detection). */
  automatedDetection: boolean;
  legalGround?: LegalGround | null;
  facts?: string | null;
  until?: Date | null;
  appealable: boolean;
  appealDeadline?: Date | null;
  info: DsaServiceInformation;
}

/** The Art. 17 statement the author of a moderator's decision receives (a human decision). */
export function authorStatement(input: AuthorStatementInput): RestrictionStatementV1 {
  const source = (SOURCE_OF as Record<string, RestrictionSource>)[input.source] ?? (input.source as RestrictionSource);
  return restrictionStatement({
    id: input.id,
    restriction: input.restriction,
    commentId: input.commentId,
    decidedAt: input.decidedAt,
    until: input.until ?? null,
    reasons: input.reasons,
    facts: input.facts ?? null,
    source,
    automatedDetection: input.automatedDetection,
    automatedDecision: 'not',
    illegal: input.legalGround ? { law: input.legalGround.law, explanation: input.legalGround.explanation, type: input.legalGround.illegalContentType } : null,
    appealable: input.appealable,
    appealDeadline: input.appealDeadline ?? null,
    info: input.info,
  });
}

/** Whether the rules engine (not a moderator) had recorded findings on the comment. */
export function detectedByRules(reasons: ModerationReason[] | undefined): boolean {
  return (reasons ?? []).some((r) => !String(r.ruleId).startsWith('moderator:') && r.ruleId !== '$evaluation-budget');
}
