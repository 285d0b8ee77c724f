import { compileRuleSet, evaluate } from '../engine';

describe('pattern rule', () => {
  const rs = compileRuleSet({
    rules: [
      {
        id: 'orders',
        type: 'pattern',
        pattern: '\\border\\s?#\\d{6}\\b',
        action: 'flag',
        category: 'personal-information',
        message: 'No order numbers, please.',
      },
    ],
  });

  it('emits one reason per match with excerpt, category and message', () => {
    const d = evaluate(rs, { body: 'My ORDER #123456 and order#654321 never arrived' });
    expect(d.decision).toBe('flagged');
    expect(d.reasons.map((r) => [r.excerpt, r.category, r.message])).toEqual([
      ['ORDER #123456', 'personal-information', 'No order numbers, please.'],
      ['order#654321', 'personal-information', 'No order numbers, please.'],
    ]);
  });

  it('defaults to case-insensitive matching and honours explicit flags', () => {
    const cs = compileRuleSet({ rules: [{ id: 'p', type: 'pattern', pattern: 'Secret', flags: '', action: 'reject' }] });
    expect(evaluate(cs, { body: 'secret' }).decision).toBe('approved');
    expect(evaluate(cs, { body: 'Secret' }).decision).toBe('rejected');
  });
});
