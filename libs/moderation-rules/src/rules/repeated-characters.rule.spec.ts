import { compileRuleSet, evaluate } from '../engine';

const rs = (maxRun?: number) => compileRuleSet({ rules: [{ id: 'rep', type: 'repeated-characters', maxRun }] });

describe('repeated-characters rule', () => {
  it('flags a run longer than maxRun with the run as excerpt', () => {
    const body = 'Nooooooooooooo way!!!';
    const d = evaluate(rs(), { body });
    expect(d.decision).toBe('flagged');
    expect(d.reasons[0]).toMatchObject({ category: 'formatting', excerpt: 'o'.repeat(13), start: 1, end: 14 });
  });

  it('accepts normal emphasis and ignores whitespace runs', () => {
    expect(evaluate(rs(), { body: 'Sooo good!!!' }).decision).toBe('approved');
    expect(evaluate(rs(), { body: `line one${' '.repeat(40)}line two\n\n\n\n\n\n\n\n\n\n\n\nthree` }).decision).toBe('approved');
    expect(evaluate(rs(3), { body: 'Sooo good' }).decision).toBe('approved');
    expect(evaluate(rs(2), { body: 'Sooo good' }).decision).toBe('flagged');
  });
});
