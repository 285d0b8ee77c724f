import { compilePattern } from './re2-pattern';

describe('RE2 pattern runner', () => {
  it('finds all non-empty matches as UTF-16 offsets, also past astral characters', () => {
    const p = compilePattern('needle', 'i');
    const text = '😀 ' + 'x'.repeat(3000) + 'needle' + 'y'.repeat(5000) + 'NEEDLE';
    expect(p.findAll(text, 10)).toEqual([
      [3003, 3009],
      [text.length - 6, text.length],
    ]);
    expect(text.slice(3003, 3009)).toBe('needle');
  });

  it('skips zero-length matches and honours the match limit and the stop callback', () => {
    expect(compilePattern('a*', '').findAll('baab', 10)).toEqual([[1, 3]]);
    expect(compilePattern('a', '').findAll('aaaa', 2)).toHaveLength(2);
    let asked = 0;
    expect(compilePattern('a', '').findAll('aaaa', 10, () => ++asked >= 3)).toHaveLength(3);
  });

  it('maps the flags i, m and s, and reads \\u{…} with u as a code point', () => {
    expect(compilePattern('^b$', 'm').findAll('a\nb\nc', 5)).toEqual([[2, 3]]);
    expect(compilePattern('^b$', '').findAll('a\nb\nc', 5)).toEqual([]);
    expect(compilePattern('a.b', 's').findAll('a\nb', 5)).toEqual([[0, 3]]);
    expect(compilePattern('A', 'i').findAll('a', 5)).toEqual([[0, 1]]);
    expect(compilePattern('\\u{1F600}', 'u').findAll('x😀', 5)).toEqual([[1, 3]]);
    expect(compilePattern('caf\\u00e9', '').findAll('café', 5)).toEqual([[0, 4]]);
  });
});
