import { Reason, statementOfReasons, StatementOfReasons } from '@parley/moderation-rules';
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
}

/**
 * The Art. 17 statement of reasons of a moderator's restrictive decision (reject or remove).
 * The decision is a human's (`AUTOMATED_DECISION_NOT_AUTOMATED`); `automated_detection` is `Yes`
 * when the rules engine had held the comment.
 */
export function humanStatement(input: HumanStatementInput): StatementOfReasons {
  const reason = moderatorReason(input.code);
  const grounds: Reason[] = [reason];
  const statement = statementOfReasons({
    decision: { decision: 'rejected', score: 1, reasons: grounds, shadowReasons: [] },
    comment: { id: input.commentId, body: '', createdAt: input.createdAt },
    automated: false,
    source: input.source,
    now: input.decidedAt,
    illegal: input.code === 'illegal_content' ? { legalGround: 'Illegal content under applicable law (notice or moderator finding)', explanation: REASON_MESSAGES.illegal_content } : undefined,
  });
  const detectedByRules = input.ruleReasons.some((r) => !String(r.ruleId).startsWith('moderator:'));
  return { ...statement, automated_detection: detectedByRules ? 'Yes' : 'No' };
}
