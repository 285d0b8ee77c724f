import { compileRuleSet, evaluate } from '../engine';
import { compilePattern, OVERLAP, WINDOW } from './pattern-runner';

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

describe('pattern runner', () => {
  it('finds matches across window boundaries on long texts, without duplicates', () => {
    const p = compilePattern('needle', 'i');
    const text = 'x'.repeat(WINDOW - 3) + 'needle' + 'y'.repeat(3 * WINDOW) + 'NEEDLE';
    const found = p.findAll(text, 10);
    expect(found).toEqual([
      [WINDOW - 3, WINDOW + 3],
      [text.length - 6, text.length],
    ]);
    expect(OVERLAP).toBeLessThan(WINDOW);
  });

  it('handles zero-length matches and the match limit', () => {
    expect(compilePattern('a*', '').findAll('baab', 10)).toEqual([[1, 3]]);
    expect(compilePattern('a', '').findAll('aaaa', 2)).toHaveLength(2);
  });

  it('keeps a quadratic pattern bounded on a huge input', () => {
    const p = compilePattern('\\w+@', '');
    expect(p.findAll('a'.repeat(20_000), 5)).toEqual([]);
  });
});
