import { checkPatternSafety } from '../regex-safety';
import type { PatternRule } from '../types';
import { ACTION, Issues, join, req, opt, str } from '../validation/schema';
import { compilePattern } from './pattern-runner';
import { defineRule } from './rule';

/**
 * `pattern`: a custom regular expression (for what terms cannot express, e.g. `\border\s?#\d{6}\b`).
 * Refused at validation time when it could backtrack catastrophically (see regex-safety.ts);
 * searched in bounded windows at run time. Matched against the original text (not normalised).
 * One reason per match, at most 20.
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
    const problem = checkPatternSafety(def.pattern, flags);
    if (problem) issues.add(join(path, problem.startsWith('flag') || problem === 'duplicate flags' ? 'flags' : 'pattern'), problem);
  },
  compile(def) {
    const pattern = compilePattern(def.pattern, def.flags ?? 'i');
    return (rt, emit) => {
      for (const [start, end] of pattern.findAll(rt.text, MAX_MATCHES)) emit({ action: def.action, start, end });
    };
  },
});
