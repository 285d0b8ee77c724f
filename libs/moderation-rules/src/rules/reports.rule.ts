import type { ReportsRule } from '../types';
import { ACTION, int, opt } from '../validation/schema';
import { defineRule } from './rule';

/** `reports` (signals phase): context.reportCount ≥ threshold → flag for review. */
export const reportsRule = defineRule<ReportsRule>({
  type: 'reports',
  phase: 'signals',
  defaultCategory: 'reports',
  fields: {
    threshold: opt(int({ min: 1, max: 1_000_000 })),
    action: opt(ACTION),
  },
  compile(def) {
    const threshold = def.threshold ?? 3;
    const action = def.action ?? 'flag';
    return (rt, emit) => {
      const count = rt.context.reportCount;
      if (typeof count === 'number' && count >= threshold) {
        emit({
          action,
          message:
            action === 'reject'
              ? `Your comment was removed after ${count} reader reports.`
              : `Readers reported your comment ${count} times. A moderator will review it.`,
        });
      }
    };
  },
});
