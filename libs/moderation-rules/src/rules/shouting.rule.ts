import type { ShoutingRule } from '../types';
import { ACTION, int, num, opt } from '../validation/schema';
import { defineRule } from './rule';

/**
 * `shouting`: the share of capitals among cased letters (any script) exceeds maxRatio, for comments
 * with at least minLetters cased letters ("OK" or "NATO and the EU" are not shouting).
 * Uses the counts gathered by the normaliser's single pass.
 */
export const shoutingRule = defineRule<ShoutingRule>({
  type: 'shouting',
  phase: 'form',
  defaultCategory: 'shouting',
  fields: {
    minLetters: opt(int({ min: 1, max: 100_000 })),
    maxRatio: opt(num({ min: 0, max: 1 })),
    action: opt(ACTION),
  },
  compile(def) {
    const minLetters = def.minLetters ?? 20;
    const maxRatio = def.maxRatio ?? 0.7;
    const action = def.action ?? 'flag';
    return (rt, emit) => {
      const norm = rt.normalised();
      if (norm.casedLetters < minLetters) return;
      if (norm.upperLetters / norm.casedLetters > maxRatio) emit({ action });
    };
  },
});
