import { assertHttpUrl, outOfCourtSettlementInfo, OutOfCourtSettlementInfo } from './out-of-court-settlement';

/**
 * What the service tells its users about its rules (Art. 14 DSA) and about redress (Arts 17(3)(f),
 * 20, 21): configured once per deployment from the environment and linked from the widget and
 * from every statement of reasons.
 */
export interface DsaServiceInformation {
  /** The community guidelines / terms (clauses are linked as `<url>#<clause>`). */
  guidelinesUrl: string | null;
  /** Plain-language description of the automated moderation. */
  automatedModeration: string;
  automatedModerationUrl: string | null;
  /** Plain-language description of the internal complaint procedure (Art. 20). */
  complaintProcedure: string;
  /** Where a complaint is made; `{commentId}` is replaced with the comment's id. */
  complaintUrl: string | null;
  /** Judicial redress sentence. */
  judicialRedress: string;
  outOfCourt: OutOfCourtSettlementInfo;
}

type Env = Record<string, string | undefined>;

const DEFAULT_AUTOMATED =
  'New comments are checked by automated rules (lists of banned terms, phrase patterns, link and spam checks, and a text classifier). The rules can publish a comment, hold it for a moderator, or reject it; each decision names the rule that applied. Comments held by the rules and all reports are reviewed by human moderators.';
const DEFAULT_COMPLAINT =
  'You can contest a decision through our internal complaint system within six months of being informed of it. A moderator who did not take the original decision reviews the complaint and tells you the outcome with reasons.';
const DEFAULT_JUDICIAL = 'You may also challenge the decision before the competent courts under the law that applies to you.';

/**
 * Reads DSA_GUIDELINES_URL, DSA_AUTOMATED_MODERATION_DESCRIPTION, DSA_AUTOMATED_MODERATION_URL,
 * DSA_COMPLAINT_PROCEDURE_DESCRIPTION, DSA_COMPLAINT_URL, DSA_JUDICIAL_REDRESS and the Art. 21
 * variables. Throws naming the variable when a URL is malformed.
 */
export function dsaServiceInformation(env: Env = {}, fallbackGuidelinesUrl?: string): DsaServiceInformation {
  const url = (name: string, fallback?: string): string | null => {
    const v = env[name]?.trim() || fallback?.trim() || '';
    if (!v) return null;
    assertHttpUrl(v.replace('{commentId}', 'x'), name);
    return v;
  };
  const text = (name: string, def: string, max = 2000): string => {
    const v = env[name]?.trim();
    if (v && v.length > max) throw new Error(`${name} must be at most ${max} characters`);
    return v || def;
  };
  return {
    guidelinesUrl: url('DSA_GUIDELINES_URL', fallbackGuidelinesUrl),
    automatedModeration: text('DSA_AUTOMATED_MODERATION_DESCRIPTION', DEFAULT_AUTOMATED),
    automatedModerationUrl: url('DSA_AUTOMATED_MODERATION_URL'),
    complaintProcedure: text('DSA_COMPLAINT_PROCEDURE_DESCRIPTION', DEFAULT_COMPLAINT),
    complaintUrl: url('DSA_COMPLAINT_URL'),
    judicialRedress: text('DSA_JUDICIAL_REDRESS', DEFAULT_JUDICIAL, 500),
    outOfCourt: outOfCourtSettlementInfo(env),
  };
}
