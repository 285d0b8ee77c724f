import { compileRuleSet, evaluate } from '../engine';

const rs = compileRuleSet({ rules: [{ id: 'suspect', type: 'suspect-terms', category: 'harassment', terms: ['idiot*', 'waste of space'] }] });

describe('suspect-terms rule', () => {
  it('flags matches for review', () => {
    const d = evaluate(rs, { body: 'You are an idiot and a waste of   space.' });
    expect(d.decision).toBe('flagged');
    expect(d.reasons.map((r) => [r.action, r.category, r.excerpt])).toEqual([
      ['flag', 'harassment', 'idiot'],
      ['flag', 'harassment', 'waste of   space'],
    ]);
    expect(d.reasons[0].message).toMatch(/attack another person/);
  });

  it('leaves innocent text alone', () => {
    expect(evaluate(rs, { body: 'An idiosyncratic but spacious waste-water plan' }).decision).toBe('approved');
  });
});
