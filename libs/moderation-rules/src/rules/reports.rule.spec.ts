import { compileRuleSet, evaluate } from '../engine';

const rs = (threshold?: number, action?: 'flag' | 'reject') => compileRuleSet({ rules: [{ id: 'reports', type: 'reports', threshold, action }] });

describe('reports rule', () => {
  it('flags comments with at least threshold reader reports (default 3)', () => {
    expect(evaluate(rs(), { body: 'x' }, { reportCount: 3 }).reasons).toEqual([
      expect.objectContaining({ action: 'flag', category: 'reports', message: 'Readers reported your comment 3 times. A moderator will review it.' }),
    ]);
    expect(evaluate(rs(), { body: 'x' }, { reportCount: 2 }).decision).toBe('approved');
    expect(evaluate(rs(), { body: 'x' }).decision).toBe('approved');
    expect(evaluate(rs(1, 'reject'), { body: 'x' }, { reportCount: 1 }).decision).toBe('rejected');
  });
});
