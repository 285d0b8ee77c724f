import type { ClassifierRule } from '../types';
import { arrayOf, Issues, join, num, oneOf, opt, str } from '../validation/schema';
import { defineRule } from './rule';

/**
 * `classifier` (signals phase): the external classifier's score (fetched by the worker and passed
 * as context.classifier) against flag/reject thresholds. When the service was down
 * (context.classifier === null) the configured fallback applies: 'approve' (fail open, nothing is
 * recorded) or 'flag' (fail closed: hold for review). When context.classifier is absent the
 * classifier was not consulted and the rule does nothing.
 */
export const classifierRule = defineRule<ClassifierRule>({
  type: 'classifier',
  phase: 'signals',
  defaultCategory: 'toxicity',
  fields: {
    flagThreshold: opt(num({ min: 0, max: 1 })),
    rejectThreshold: opt(num({ min: 0, max: 1 })),
    fallback: opt(oneOf(['approve', 'flag'] as const)),
    labels: opt(arrayOf(str({ min: 1, max: 64 }), { min: 1, max: 100 })),
  },
  refine(def: Record<string, unknown>, path: string, issues: Issues) {
    const flag = typeof def.flagThreshold === 'number' ? def.flagThreshold : 0.8;
    if (typeof def.rejectThreshold === 'number' && def.rejectThreshold < flag) {
      issues.add(join(path, 'rejectThreshold'), `must be >= flagThreshold (${flag})`);
    }
  },
  compile(def) {
    const flagAt = def.flagThreshold ?? 0.8;
    const rejectAt = def.rejectThreshold;
    const fallback = def.fallback ?? 'approve';
    const labels = def.labels;
    return (rt, emit) => {
      const result = rt.context.classifier;
      if (result === undefined) return;
      if (result === null || typeof result !== 'object' || typeof result.score !== 'number' || Number.isNaN(result.score)) {
        if (fallback === 'flag') {
          emit({
            action: 'flag',
            weight: 0.5,
            message: 'Our automated checks are temporarily unavailable. A moderator will review your comment before it is published.',
          });
        }
        return;
      }
      if (labels && !(Array.isArray(result.labels) && result.labels.some((l) => labels.includes(l)))) return;
      const score = result.score;
      if (rejectAt !== undefined && score >= rejectAt) emit({ action: 'reject', weight: score });
      else if (score >= flagAt) emit({ action: 'flag', weight: score });
    };
  },
});
