import { compilePattern, OVERLAP, WINDOW } from './pattern-runner';

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
