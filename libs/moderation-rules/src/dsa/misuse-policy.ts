/**
 * Protection against misuse (DSA Art. 23): a warning first, then a time-limited suspension, for
 * users who frequently post manifestly illegal content (track `content`: their posting is
 * suspended) and for notifiers who frequently send manifestly unfounded notices or complaints
 * (track `notices`: handling of their notices and complaints is suspended). Moderators mark
 * decisions as "manifestly" so; this module decides, from the count of such marks within the
 * period and what was already done, whether the next step is due. Pure: no I/O.
 */
import type { RedressInformation } from './redress';

export type MisuseTrack = 'content' | 'notices';

export interface MisuseThresholds {
  /** Marks within the period at which the warning is given. */
  warnAt: number;
  /** Marks within the period at which, after a warning, the suspension follows (> warnAt). */
  suspendAt: number;
}

export interface MisusePolicy {
  periodDays: number;
  suspensionDays: number;
  content: MisuseThresholds;
  notices: MisuseThresholds;
}

/** What was already done on one track for one person. */
export interface MisuseStanding {
  warnedAt: Date | null;
  suspendedUntil: Date | null;
}

export type MisuseStep = { step: 'warn' } | { step: 'suspend'; until: Date };

export const MISUSE_ENV = {
  periodDays: 'MISUSE_PERIOD_DAYS',
  suspensionDays: 'MISUSE_SUSPENSION_DAYS',
  contentWarnAt: 'MISUSE_CONTENT_WARN_AT',
  contentSuspendAt: 'MISUSE_CONTENT_SUSPEND_AT',
  noticesWarnAt: 'MISUSE_NOTICES_WARN_AT',
  noticesSuspendAt: 'MISUSE_NOTICES_SUSPEND_AT',
} as const;

const DAY = 24 * 3600 * 1000;

function int(env: Record<string, string | undefined>, name: string, def: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
  return n;
}

/** Reads the policy; throws naming the variable when a value is invalid (or a suspension threshold is not above its warning threshold). */
export function readMisusePolicy(env: Record<string, string | undefined>): MisusePolicy {
  const policy: MisusePolicy = {
    periodDays: int(env, MISUSE_ENV.periodDays, 180, 1, 3650),
    suspensionDays: int(env, MISUSE_ENV.suspensionDays, 14, 1, 365),
    content: { warnAt: int(env, MISUSE_ENV.contentWarnAt, 2, 1, 1000), suspendAt: int(env, MISUSE_ENV.contentSuspendAt, 3, 2, 1000) },
    notices: { warnAt: int(env, MISUSE_ENV.noticesWarnAt, 3, 1, 1000), suspendAt: int(env, MISUSE_ENV.noticesSuspendAt, 5, 2, 1000) },
  };
  if (policy.content.suspendAt <= policy.content.warnAt) throw new Error(`${MISUSE_ENV.contentSuspendAt} must be greater than ${MISUSE_ENV.contentWarnAt} (a warning comes first)`);
  if (policy.notices.suspendAt <= policy.notices.warnAt) throw new Error(`${MISUSE_ENV.noticesSuspendAt} must be greater than ${MISUSE_ENV.noticesWarnAt} (a warning comes first)`);
  return policy;
}

export function misusePeriodStart(policy: MisusePolicy, now: Date): Date {
  return new Date(now.getTime() - policy.periodDays * DAY);
}

/**
 * The step due after a new mark, given the marks counted within the period (the new one
 * included): nothing while a suspension runs; a suspension when the count reached `suspendAt`
 * and a warning was given within the period; a warning when the count reached `warnAt` and no
 * warning was given within the period (so a suspension always follows a warning).
 */
export function nextMisuseStep(policy: MisusePolicy, track: MisuseTrack, count: number, standing: MisuseStanding, now: Date): MisuseStep | null {
  const t = policy[track];
  if (standing.suspendedUntil && standing.suspendedUntil > now) return null;
  const warnedRecently = !!standing.warnedAt && standing.warnedAt >= misusePeriodStart(policy, now);
  if (warnedRecently && count >= t.suspendAt) return { step: 'suspend', until: new Date(now.getTime() + policy.suspensionDays * DAY) };
  if (!warnedRecently && count >= t.warnAt) return { step: 'warn' };
  return null;
}

/** The statement of reasons of a misuse warning or suspension (Arts 17 and 23(4)). */
export interface MisuseStatement {
  legal_basis: 'Art. 23(1) DSA' | 'Art. 23(2) DSA';
  decision: 'warning' | 'suspension';
  /** `account`: posting is suspended; `notices`: the processing of notices and complaints is. */
  scope: 'account' | 'notices';
  decision_account?: 'DECISION_ACCOUNT_SUSPENDED';
  end_date_restriction: string | null;
  decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  incompatible_content_ground: string;
  decision_facts: string;
  automated_detection: 'No';
  /** The moderators' findings are human; the step follows from the published policy. */
  automated_decision: 'AUTOMATED_DECISION_PARTIALLY';
  source_type: 'SOURCE_VOLUNTARY';
  application_date: string;
  marks_in_period: number;
  policy: { periodDays: number; warnAt: number; suspendAt: number; suspensionDays: number };
  redress: RedressInformation;
}

export function misuseStatement(input: { policy: MisusePolicy; track: MisuseTrack; step: MisuseStep; count: number; now: Date; redress: RedressInformation }): MisuseStatement {
  const { policy, track, step, count, now } = input;
  const t = policy[track];
  const what = track === 'content' ? `${count} of your comments were found to be manifestly illegal` : `${count} of your notices or complaints were found to be manifestly unfounded`;
  const consequence =
    step.step === 'warn'
      ? track === 'content'
        ? `This is a warning: at ${t.suspendAt} within ${policy.periodDays} days, your account is suspended from posting for ${policy.suspensionDays} days.`
        : `This is a warning: at ${t.suspendAt} within ${policy.periodDays} days, your notices and complaints are not processed for ${policy.suspensionDays} days.`
      : track === 'content'
        ? `After an earlier warning, your account is suspended from posting until ${step.until.toISOString()}.`
        : `After an earlier warning, your notices and complaints will not be processed until ${step.until.toISOString()}.`;
  return {
    legal_basis: track === 'content' ? 'Art. 23(1) DSA' : 'Art. 23(2) DSA',
    decision: step.step === 'warn' ? 'warning' : 'suspension',
    scope: track === 'content' ? 'account' : 'notices',
    ...(track === 'content' && step.step === 'suspend' ? { decision_account: 'DECISION_ACCOUNT_SUSPENDED' as const } : {}),
    end_date_restriction: step.step === 'suspend' ? step.until.toISOString() : null,
    decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    incompatible_content_ground: 'Misuse policy in the terms of service (Art. 23 DSA)',
    decision_facts: `Within the last ${policy.periodDays} days, ${what}. ${consequence}`,
    automated_detection: 'No',
    automated_decision: 'AUTOMATED_DECISION_PARTIALLY',
    source_type: 'SOURCE_VOLUNTARY',
    application_date: now.toISOString(),
    marks_in_period: count,
    policy: { periodDays: policy.periodDays, warnAt: t.warnAt, suspendAt: t.suspendAt, suspensionDays: policy.suspensionDays },
    redress: input.redress,
  };
}
