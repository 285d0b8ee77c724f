import type { RestrictionKind, RestrictionStatementV1 } from '@parley/contracts';
import { ILLEGAL_CONTENT_TYPE_INFO, IllegalContentType } from './illegal-content-types';
import type { DsaServiceInformation } from './service-information';
import { dsaCategoryFor } from './statement-of-reasons';

export type RestrictionSource = RestrictionStatementV1['source'];
export type AutomatedDecisionLevel = RestrictionStatementV1['automatedDecision'];

export interface RestrictionStatementInput {
  /** Unique per decision. */
  id: string;
  restriction: RestrictionKind;
  commentId?: string | null;
  until?: Date | string | null;
  decidedAt: Date | string;
  /** The grounds (rule findings or the moderator's reason code), used for the contractual ground. */
  reasons: ReadonlyArray<{ category: string; message: string; ruleId?: string }>;
  /** Further facts and circumstances in words (never the comment's text). */
  facts?: string | null;
  source: RestrictionSource;
  automatedDetection: boolean;
  automatedDecision: AutomatedDecisionLevel;
  /** A decision that the content is illegal: the law and why. */
  illegal?: { law: string; explanation: string; type?: IllegalContentType | string | null } | null;
  /** Whether the internal complaint system is open for this decision, and until when. */
  appealable: boolean;
  appealDeadline?: Date | string | null;
  ruleSetVersion?: number | null;
  info: DsaServiceInformation;
}

const SCOPE: Record<RestrictionKind, (until: string | null) => string> = {
  'comment-rejected': () => 'Your comment was not published: other readers cannot see it. You and the moderators still can.',
  'comment-removed': () => 'Your comment, which had been published, was removed: other readers can no longer see it.',
  'comment-held': () => 'Your comment is not shown to other readers until a moderator has reviewed it. This is a provisional measure pending that review, not a final decision.',
  'account-banned': () => 'Your account can no longer post or edit comments. The ban has no end date; it lasts until it is lifted.',
  'account-suspended': (until) => `Your account cannot post or edit comments until ${until ?? 'further notice'}. Your published comments stay visible.`,
  'account-premoderated': () => 'Every comment you post is reviewed by a moderator before it is published, until this measure is lifted.',
};

const SOURCE_TEXT: Record<RestrictionSource, string> = {
  notice: 'The decision was taken after a notice of illegal content about it (Art. 16 DSA).',
  'trusted-flagger': 'The decision was taken after a notice from a trusted flagger (Art. 22 DSA).',
  'reader-reports': 'The decision was taken after reports from other readers.',
  'own-initiative': 'The decision was taken on our own initiative, without a notice.',
};

const AUTOMATION_TEXT: Record<AutomatedDecisionLevel, (detected: boolean) => string> = {
  fully: (d) => (d ? 'The content was detected by automated means and the decision was taken by automated means, without review by a person.' : 'The decision was taken by automated means, without review by a person.'),
  partially: (d) => `${d ? 'The content was detected by automated means; ' : ''}the decision was prepared by automated means and confirmed by a moderator.`,
  not: (d) => (d ? 'The content was detected by automated means; the decision was taken by a moderator.' : 'No automated means were used: a moderator detected the content and took the decision.'),
};

const WHAT: Record<RestrictionKind, string> = {
  'comment-rejected': 'was not published',
  'comment-removed': 'was removed after publication',
  'comment-held': 'was held for review',
  'account-banned': 'was banned',
  'account-suspended': 'was suspended',
  'account-premoderated': 'was placed under premoderation',
};

/**
 * The redress of a hold pending review: the review itself is the remedy (a moderator decides
 * whether the comment is published), and a refusal after it comes with its own statement and
 * complaint route.
 */
const HELD_PROCEDURE =
  'This is not a final decision: a moderator will review your comment, and that review decides whether it is published. If it is not published, you will receive a statement of reasons for that decision, which you can contest through our internal complaint system within six months.';

/** Complaints are accepted for six months (Art. 20(1) DSA). */
export function complaintDeadline(informedAt: Date): Date {
  const d = new Date(informedAt);
  d.setUTCMonth(d.getUTCMonth() + 6);
  return d;
}

function iso(v: Date | string): string {
  const d = v instanceof Date ? v : new Date(v);
  if (Number.isNaN(d.getTime())) throw new RangeError(`invalid date ${String(v)}`);
  return d.toISOString();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function clauseUrl(guidelines: string | null, category: string): string | null {
  if (!guidelines) return null;
  return `${guidelines.split('#')[0]}#${encodeURIComponent(category)}`;
}

/** The statement of reasons given to the person affected (Art. 17(3) DSA), as carried by events. */
export function restrictionStatement(input: RestrictionStatementInput): RestrictionStatementV1 {
  const { info } = input;
  const until = input.until ? iso(input.until) : null;
  const decidedAt = iso(input.decidedAt);
  const account = input.restriction.startsWith('account-');
  const messages = [...new Set(input.reasons.map((r) => r.message).filter(Boolean))];
  const first = input.reasons[0];

  let ground: RestrictionStatementV1['ground'];
  if (input.illegal) {
    const type = input.illegal.type ?? null;
    const label = type && type in ILLEGAL_CONTENT_TYPE_INFO ? ILLEGAL_CONTENT_TYPE_INFO[type as IllegalContentType].label : null;
    ground = {
      kind: 'illegal',
      law: clip(input.illegal.law, 500),
      explanation: clip(`${label ? `${label}. ` : ''}${input.illegal.explanation}`, 2000),
      illegalContentType: type,
    };
  } else {
    const category = first?.category ?? 'custom';
    ground = {
      kind: 'contractual',
      clause: clip(dsaCategoryFor(category).ground, 500),
      explanation: clip(messages.join(' ') || 'The content or conduct does not comply with the community guidelines.', 2000),
      url: clauseUrl(info.guidelinesUrl, category),
    };
  }

  const subject = account ? 'Your account' : 'Your comment';
  const how = input.automatedDecision === 'fully' ? 'by automated moderation' : input.automatedDecision === 'partially' ? 'by automated moderation, confirmed by a moderator' : 'by a moderator';
  const version = input.ruleSetVersion != null && input.automatedDecision !== 'not' ? ` (rule set version ${input.ruleSetVersion})` : '';
  const rules = input.reasons.filter((r) => r.ruleId && !r.ruleId.startsWith('moderator:')).map((r) => `${r.category} (rule "${r.ruleId}")`);
  const facts = [
    `${subject} ${WHAT[input.restriction]} ${how}${version} on ${decidedAt.slice(0, 10)}.`,
    rules.length ? `Automated findings: ${[...new Set(rules)].join('; ')}.` : '',
    input.facts ?? '',
  ]
    .filter(Boolean)
    .join(' ');

  const complaintUrl = info.complaintUrl ? info.complaintUrl.replace('{commentId}', encodeURIComponent(input.commentId ?? '')) : null;
  return {
    id: clip(input.id, 500),
    restriction: input.restriction,
    scope: SCOPE[input.restriction](until),
    until,
    commentId: input.commentId ?? null,
    facts: clip(facts, 5000),
    source: input.source,
    sourceText: SOURCE_TEXT[input.source],
    automatedDetection: input.automatedDetection,
    automatedDecision: input.automatedDecision,
    automationText: AUTOMATION_TEXT[input.automatedDecision](input.automatedDetection),
    ground,
    redress: {
      internalComplaint: {
        available: input.appealable,
        procedure: clip(
          input.appealable ? info.complaintProcedure : input.restriction === 'comment-held' ? HELD_PROCEDURE : 'This decision cannot be contested through the internal complaint system; the options below remain open.',
          2000,
        ),
        url: input.appealable ? complaintUrl : null,
        deadline: input.appealable && input.appealDeadline ? iso(input.appealDeadline) : null,
      },
      outOfCourt: { text: clip(info.outOfCourt.text, 2000), url: info.outOfCourt.url, bodies: info.outOfCourt.bodies },
      judicial: clip(info.judicialRedress, 500),
    },
    links: { guidelines: info.guidelinesUrl, automatedModeration: info.automatedModerationUrl },
    decidedAt,
  };
}

/** Redress information alone (decisions on notices, Art. 16(5) with 17(3)(f)). */
export function noticeRedress(info: DsaServiceInformation, complaint: { available: boolean; deadline?: Date | string | null; commentId?: string | null }): RestrictionStatementV1['redress'] {
  const url = info.complaintUrl ? info.complaintUrl.replace('{commentId}', encodeURIComponent(complaint.commentId ?? '')) : null;
  return {
    internalComplaint: {
      available: complaint.available,
      procedure: clip(info.complaintProcedure, 2000),
      url: complaint.available ? url : null,
      deadline: complaint.available && complaint.deadline ? iso(complaint.deadline) : null,
    },
    outOfCourt: { text: clip(info.outOfCourt.text, 2000), url: info.outOfCourt.url, bodies: info.outOfCourt.bodies },
    judicial: clip(info.judicialRedress, 500),
  };
}
