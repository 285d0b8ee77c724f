import { compileRuleSet, evaluate } from '../engine';
import type { LengthRule } from '../types';

const run = (rule: Omit<LengthRule, 'id' | 'type'>, body: string) => evaluate(compileRuleSet({ rules: [{ id: 'len', type: 'length', ...rule }] }), { body });

describe('length rule', () => {
  it('rejects empty and whitespace-only comments by default', () => {
    expect(run({}, '').reasons[0]).toMatchObject({ action: 'reject', category: 'length', message: 'Your comment is empty.' });
    expect(run({}, ' \n\t\u00a0\u200b ').decision).toBe('rejected');
    expect(run({}, 'k').decision).toBe('approved');
  });

  it('rejects comments over max (default 5000) on the full body', () => {
    expect(run({}, 'x'.repeat(5000)).decision).toBe('approved');
    const d = run({}, 'x'.repeat(5001));
    expect(d.decision).toBe('rejected');
    expect(d.reasons[0].message).toBe('Your comment was not published because it is longer than 5000 characters (it has 5001).');
  });

  it('supports min, max and a flag action', () => {
    expect(run({ min: 10, action: 'flag' }, 'too short').decision).toBe('flagged');
    expect(run({ min: 3 }, '  abc  ').decision).toBe('approved');
    expect(run({ max: 5, action: 'flag' }, 'too long').reasons[0].message).toMatch(/moderator will review/);
    expect(run({ min: 0 }, '').decision).toBe('approved');
  });
});
