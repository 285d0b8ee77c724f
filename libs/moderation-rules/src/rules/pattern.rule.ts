import { checkPattern } from '../patterns/pattern-syntax';
import { compilePattern } from '../patterns/re2-pattern';
import type { PatternRule } from '../types';
import { ACTION, Issues, join, req, opt, str } from '../validation/schema';
import { defineRule, ruleLabel } from './rule';

/**
 * `pattern`: a custom regular expression (for what terms cannot express, e.g. `\border\s?#\d{6}\b`).
 * Written in JavaScript syntax, run on RE2 (linear time whatever the pattern; see
 * patterns/re2-pattern.ts); features RE2 lacks are refused at validation by name. Matched against
 * the original text (not normalised). One reason per match, at most 20.
 */
const MAX_MATCHES = 20;

export const patternRule = defineRule<PatternRule>({
  type: 'pattern',
  phase: 'content',
  defaultCategory: 'custom',
  fields: {
    pattern: req(str({ min: 1, max: 1000 })),
    flags: opt(str({ max: 4 })),
    action: req(ACTION),
  },
  refine(def: Record<string, unknown>, path: string, issues: Issues) {
    if (typeof def.pattern !== 'string') return;
    const flags = typeof def.flags === 'string' ? def.flags : 'i';
    const problem = checkPattern(def.pattern, flags);
    if (problem) issues.add(join(path, problem.field), `${ruleLabel(def)}${problem.message}`);
  },
  compile(def) {
    const pattern = compilePattern(def.pattern, def.flags ?? 'i');
    return (rt, emit) => {
      for (const [start, end] of pattern.findAll(rt.text, MAX_MATCHES, rt.overBudget)) emit({ action: def.action, start, end });
    };
  },
});
