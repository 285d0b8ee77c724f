import { checkPatternSafety } from './regex-safety';

describe('checkPatternSafety', () => {
  it.each([
    '\\bfoo\\b',
    'buy (cheap|discount) (viagra|cialis)',
    '(\\d{1,3}\\.){3}\\d{1,3}',
    '\\w+@\\w+\\.com',
    '[a-z]+\\.[a-z]+',
    '(a?b)*',
    '(?:ab)+',
    't\\.me/[a-z0-9_]{5,32}',
    '\\border\\s?#\\d{6}\\b',
    '(?<year>\\d{4})-(?<month>\\d{2})',
    '(?<=\\$)\\d+',
    '[^\\s]+@',
    'colou?r',
  ])('accepts %s', (pattern) => {
    expect(checkPatternSafety(pattern, 'i')).toBeNull();
  });

  it.each([
    ['(a+)+', 'nested quantifiers'],
    ['(a*)*', 'nested quantifiers'],
    ['(\\w+\\s?)*', 'nested quantifiers'],
    ['^(\\s*\\w+)*$', 'nested quantifiers'],
    ['(a{1,3})*', 'nested quantifiers'],
    ['(x+x+)+y', 'nested quantifiers'],
    ['(a|a)*', 'alternatives'],
    ['(a|ab)*', 'alternatives'],
    ['(\\w|\\d)+', 'alternatives'],
    ['(a|)+', 'alternatives'],
    ['(.|\\s)*', 'alternatives'],
    ['(a?)*', 'empty string'],
    ['(a?a)*', 'optional part'],
    ['\\d+\\d+', 'polynomially'],
    ['.*.*=', 'polynomially'],
    ['\\w+\\s?\\w+@', 'polynomially'],
    ['(?=(a+)+)x', 'nested quantifiers'],
  ])('refuses %s (%s)', (pattern, reason) => {
    expect(checkPatternSafety(pattern, 'i')).toEqual(expect.stringContaining(reason));
  });

  it('refuses back-references', () => {
    expect(checkPatternSafety('(a)\\1')).toEqual(expect.stringContaining('back-references'));
    expect(checkPatternSafety('(?<x>a)\\k<x>')).toEqual(expect.stringContaining('back-references'));
  });

  it('refuses invalid patterns, huge bounds and long patterns', () => {
    expect(checkPatternSafety('[')).toEqual(expect.stringContaining('invalid regular expression'));
    expect(checkPatternSafety('(')).toEqual(expect.stringContaining('invalid regular expression'));
    expect(checkPatternSafety('a{2000}')).toEqual(expect.stringContaining('bounds above 1000'));
    expect(checkPatternSafety('a'.repeat(1001))).toEqual(expect.stringContaining('longer than 1000'));
    expect(checkPatternSafety('')).toEqual(expect.stringContaining('non-empty'));
  });

  it('only allows the flags i, m, s and u', () => {
    expect(checkPatternSafety('a', 'g')).toEqual(expect.stringContaining("flag 'g'"));
    expect(checkPatternSafety('a', 'y')).toEqual(expect.stringContaining("flag 'y'"));
    expect(checkPatternSafety('a', 'ii')).toBe('duplicate flags');
    expect(checkPatternSafety('\\p{L}+', 'iu')).toBeNull();
  });

  it('takes case-insensitivity into account for overlaps', () => {
    expect(checkPatternSafety('(a|A)*', '')).toBeNull();
    expect(checkPatternSafety('(a|A)*', 'i')).toEqual(expect.stringContaining('alternatives'));
  });

  it('the patterns it accepts run in bounded time on adversarial input (no exponential blow-up)', () => {
    const accepted = ['(a?b)*c', '(\\d{1,3}\\.){3}\\d{1,3}x', '[a-z]+\\.[a-z]+!'];
    for (const p of accepted) {
      expect(checkPatternSafety(p)).toBeNull();
      expect(new RegExp(p).test('a'.repeat(5000))).toBe(false);
    }
  });
});
