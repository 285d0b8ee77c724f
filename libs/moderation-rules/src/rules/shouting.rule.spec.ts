import { compileRuleSet, evaluate } from '../engine';
import type { ShoutingRule } from '../types';

const run = (rule: Omit<ShoutingRule, 'id' | 'type'>, body: string) =>
  evaluate(compileRuleSet({ rules: [{ id: 'shout', type: 'shouting', ...rule }] }), { body });

describe('shouting rule', () => {
  it('flags comments written mostly in capitals', () => {
    const d = run({}, 'THIS IS AN ABSOLUTE DISGRACE AND EVERYONE KNOWS IT');
    expect(d.decision).toBe('flagged');
    expect(d.reasons[0]).toMatchObject({ ruleId: 'shout', category: 'shouting', action: 'flag' });
  });

  it('ignores short texts and acronyms in normal sentences', () => {
    expect(run({}, 'OK!').decision).toBe('approved');
    expect(run({}, 'NATO and the EU met the UN and the WHO in NYC today').decision).toBe('approved');
  });

  it('counts capitals of any script and respects minLetters/maxRatio/action', () => {
    expect(run({ minLetters: 5 }, 'ΑΥΤΟ ΕΙΝΑΙ ΝΤΡΟΠΗ').decision).toBe('flagged');
    expect(run({ minLetters: 5, maxRatio: 0.95 }, 'MOSTLY CAPITALS here').decision).toBe('approved');
    expect(run({ minLetters: 5, action: 'reject' }, 'STOP SHOUTING').decision).toBe('rejected');
  });
});
