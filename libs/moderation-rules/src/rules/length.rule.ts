import type { LengthRule } from '../types';
import { ACTION, int, Issues, join, opt } from '../validation/schema';
import { defineRule } from './rule';

/**
 * `length`: at least `min` non-whitespace characters and at most `max` UTF-16 code units.
 * Works on the full body (not the evaluated prefix) and never scans more than `min` characters
 * beyond the leading whitespace.
 */
export const lengthRule = defineRule<LengthRule>({
  type: 'length',
  phase: 'gate',
  defaultCategory: 'length',
  fields: {
    min: opt(int({ min: 0, max: 1_000_000 })),
    max: opt(int({ min: 1, max: 10_000_000 })),
    action: opt(ACTION),
  },
  refine(def: Record<string, unknown>, path: string, issues: Issues) {
    if (typeof def.min === 'number' && typeof def.max === 'number' && def.min > def.max) {
      issues.add(join(path, 'min'), `must be <= max (${def.max})`);
    }
  },
  compile(def) {
    const min = def.min ?? 1;
    const max = def.max ?? 5000;
    const action = def.action ?? 'reject';
    return (rt, emit) => {
      const body = rt.body;
      if (body.length > max) {
        emit({
          action,
          message:
            action === 'reject'
              ? `Your comment was not published because it is longer than ${max} characters (it has ${body.length}).`
              : `Your comment is longer than ${max} characters. A moderator will review it before it is published.`,
        });
        return;
      }
      if (min > 0) {
        let count = 0;
        for (let i = 0; i < body.length && count < min; i++) {
          const c = body.charCodeAt(i);
          if (!(c <= 32 || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200a))) count++;
        }
        if (count < min) {
          emit({
            action,
            message:
              min === 1
                ? 'Your comment is empty.'
                : action === 'reject'
                  ? `Your comment was not published because it is shorter than ${min} characters.`
                  : `Your comment is shorter than ${min} characters. A moderator will review it before it is published.`,
          });
        }
      }
    };
  },
});
