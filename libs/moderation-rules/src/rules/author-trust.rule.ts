import type { AuthorTrustRule, RuleAction } from '../types';
import { ACTION, int, num, offOr, opt } from '../validation/schema';
import { defineRule, toTime } from './rule';

/**
 * `author-trust` (gate phase), from context.author:
 *  - banned:        status 'banned' → reject
 *  - suspended:     status 'suspended' without end date, or suspendedUntil in the future → reject
 *  - premoderated:  status 'premoderated' → flag (every comment is reviewed)
 *  - newCommenter:  approvedCount < minApproved → flag (held until the author has a track record)
 *  - rejectionRate: recentRejections / recentDecisions > threshold, once recentDecisions ≥ minDecisions → flag
 * Missing data never fires a check (an unknown approvedCount is not "new").
 */
function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export const authorTrustRule = defineRule<AuthorTrustRule>({
  type: 'author-trust',
  phase: 'gate',
  defaultCategory: 'author',
  fields: {
    newCommenter: opt(offOr({ minApproved: opt(int({ min: 1, max: 1_000_000 })), action: opt(ACTION) })),
    rejectionRate: opt(offOr({ threshold: opt(num({ min: 0, max: 1 })), minDecisions: opt(int({ min: 1, max: 1_000_000 })), action: opt(ACTION) })),
    premoderated: opt(offOr({ action: opt(ACTION) })),
    banned: opt(offOr({ action: opt(ACTION) })),
    suspended: opt(offOr({ action: opt(ACTION) })),
  },
  compile(def) {
    const on = <T extends object>(value: Partial<T> | false | undefined, defaults: T): T | null =>
      value === false ? null : { ...defaults, ...stripUndefined(value ?? {}) };
    const newCommenter = on(def.newCommenter, { minApproved: 1, action: 'flag' as RuleAction });
    const rejectionRate = on(def.rejectionRate, { threshold: 0.5, minDecisions: 4, action: 'flag' as RuleAction });
    const premoderated = on(def.premoderated, { action: 'flag' as RuleAction });
    const banned = on(def.banned, { action: 'reject' as RuleAction });
    const suspended = on(def.suspended, { action: 'reject' as RuleAction });

    return (rt, emit) => {
      const author = rt.context.author;
      if (!author || typeof author !== 'object') return;
      const status = author.status;

      if (banned && status === 'banned') {
        emit({ action: banned.action, message: 'Your account has been banned from commenting.' });
        return;
      }
      if (suspended) {
        const until = toTime(author.suspendedUntil);
        const active = Number.isNaN(until) ? status === 'suspended' : until > rt.now();
        if (active) {
          const when = Number.isNaN(until) ? '' : ` until ${new Date(until).toISOString().replace('T', ' ').slice(0, 16)} UTC`;
          emit({
            action: suspended.action,
            message:
              suspended.action === 'reject'
                ? `Your account is suspended from commenting${when}.`
                : `Your account is suspended${when}; a moderator will review this comment.`,
          });
          return;
        }
      }
      if (premoderated && status === 'premoderated') {
        emit({ action: premoderated.action, message: 'Comments from your account are reviewed by a moderator before they are published.' });
      }
      if (newCommenter && typeof author.approvedCount === 'number' && author.approvedCount < newCommenter.minApproved) {
        emit({
          action: newCommenter.action,
          message: 'Welcome! Comments from new commenters are reviewed by a moderator before they are published.',
        });
      }
      if (rejectionRate && typeof author.recentDecisions === 'number' && typeof author.recentRejections === 'number') {
        const decisions = author.recentDecisions;
        if (decisions >= rejectionRate.minDecisions && decisions > 0 && author.recentRejections / decisions > rejectionRate.threshold) {
          emit({
            action: rejectionRate.action,
            message: 'Several of your recent comments were not published, so this one will be reviewed by a moderator first.',
          });
        }
      }
    };
  },
});
