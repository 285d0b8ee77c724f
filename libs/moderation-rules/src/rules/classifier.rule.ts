import type { ClassifierResult, ClassifierRule, ClassifierThresholds } from '../types';
import { arrayOf, bool, isPlainObject, Issues, join, num, object, oneOf, opt, str } from '../validation/schema';
import { defineRule } from './rule';

/** Reason categories for the classifier's own categories (they drive the author message and the DSA category). */
const REASON_CATEGORY: Record<string, string> = { toxicity: 'toxicity', insult: 'harassment', threat: 'threat', identity_hate: 'hate' };

const THRESHOLDS = object({ flag: opt(num({ min: 0, max: 1 })), reject: opt(num({ min: 0, max: 1 })) });

/**
 * `classifier` (signals phase). `source: 'external'` (default): the external classifier's score (fetched by the worker and passed
 * as context.classifier) against flag/reject thresholds. When the service was down
 * (context.classifier === null) the configured fallback applies: 'approve' (fail open, nothing is
 * recorded) or 'flag' (fail closed: hold for review). When context.classifier is absent the
 * classifier was not consulted and the rule does nothing.
 *
 * `source: 'local'`: the in-process classifier given to compileRuleSet (the shipped model scores
 * toxicity, insult, threat and identity_hate). With `categories`, each category has its own
 * flag/reject thresholds, and a reason names the category, its score and the words that pushed it
 * up ("threat 0.91 ≥ 0.80: kill, you"). With `quotations` (default on) it scores the text without its reported
 * quotations: counter-speech quotes the words it condemns.
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
    source: opt(oneOf(['external', 'local'] as const)),
    quotations: opt(bool),
    categories: opt((value, path, issues) => {
      if (!isPlainObject(value)) return issues.add(path, 'must be an object of category → { flag?, reject? }');
      for (const [name, t] of Object.entries(value)) {
        if (!/^[a-z][a-z0-9_]{0,63}$/.test(name)) issues.add(join(path, name), 'category names are lower-case letters, digits and _');
        THRESHOLDS(t, join(path, name), issues);
        if (isPlainObject(t) && typeof t.flag === 'number' && typeof t.reject === 'number' && t.reject < t.flag) {
          issues.add(join(join(path, name), 'reject'), `must be >= flag (${t.flag})`);
        }
      }
    }),
  },
  refine(def: Record<string, unknown>, path: string, issues: Issues) {
    const flag = typeof def.flagThreshold === 'number' ? def.flagThreshold : 0.8;
    if (typeof def.rejectThreshold === 'number' && def.rejectThreshold < flag) {
      issues.add(join(path, 'rejectThreshold'), `must be >= flagThreshold (${flag})`);
    }
    if (def.quotations !== undefined && def.source !== 'local') issues.add(join(path, 'quotations'), "applies to source 'local' only (an external classifier scores the text it is sent)");
  },
  compile(def) {
    const hasOverall = def.flagThreshold !== undefined || def.rejectThreshold !== undefined || def.categories === undefined;
    const flagAt = def.flagThreshold ?? 0.8;
    const rejectAt = def.rejectThreshold;
    const fallback = def.fallback ?? 'approve';
    const labels = def.labels;
    const local = def.source === 'local';
    const unquoted = local && def.quotations !== false;
    const perCategory: Array<[string, ClassifierThresholds]> = Object.entries(def.categories ?? {});
    return (rt, emit) => {
      const result: ClassifierResult | null | undefined = local ? rt.localClassification(unquoted) : rt.context.classifier;
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
      const who = local ? 'local classifier' : 'classifier';
      for (const [name, t] of perCategory) {
        const c = result.categories?.[name];
        if (!c || typeof c.score !== 'number') continue;
        const action = t.reject !== undefined && c.score >= t.reject ? 'reject' : t.flag !== undefined && c.score >= t.flag ? 'flag' : null;
        if (!action) continue;
        const limit = action === 'reject' ? t.reject! : t.flag!;
        const words = c.topWords?.length ? `: ${c.topWords.map((w) => `"${w}"`).join(', ')}` : '';
        emit({
          action,
          weight: c.score,
          category: REASON_CATEGORY[name] ?? name.replace(/_/g, '-'),
          explanation: `${who}: ${name} ${c.score.toFixed(2)} ≥ ${limit.toFixed(2)}${words}`,
        });
      }
      if (!hasOverall) return;
      const score = result.score;
      if (rejectAt !== undefined && score >= rejectAt) emit({ action: 'reject', weight: score, explanation: `${who}: score ${score.toFixed(2)} ≥ ${rejectAt.toFixed(2)}` });
      else if (score >= flagAt) emit({ action: 'flag', weight: score, explanation: `${who}: score ${score.toFixed(2)} ≥ ${flagAt.toFixed(2)}` });
    };
  },
});
