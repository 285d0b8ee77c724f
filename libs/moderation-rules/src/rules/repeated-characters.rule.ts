import type { RepeatedCharactersRule } from '../types';
import { ACTION, int, opt } from '../validation/schema';
import { defineRule } from './rule';

/**
 * `repeated-characters`: a run of one repeated non-whitespace character longer than maxRun
 * ("!!!!!!!!!!!!!!", "noooooooooooooo"). The excerpt is the run. Uses the normaliser's pass.
 */
export const repeatedCharactersRule = defineRule<RepeatedCharactersRule>({
  type: 'repeated-characters',
  phase: 'form',
  defaultCategory: 'formatting',
  fields: {
    maxRun: opt(int({ min: 1, max: 100_000 })),
    action: opt(ACTION),
  },
  compile(def) {
    const maxRun = def.maxRun ?? 10;
    const action = def.action ?? 'flag';
    return (rt, emit) => {
      const norm = rt.normalised();
      if (norm.longestRun > maxRun) emit({ action, start: norm.longestRunStart, end: norm.longestRunEnd });
    };
  },
});
