import { checkPattern } from './pattern-syntax';
import { compilePattern } from './re2-pattern';

/**
 * Catastrophic-backtracking shapes (exponential in V8 on the adversarial text beside them). Each is
 * either refused at validation or accepted and then run by RE2 over 20,000 characters: V8 would
 * need longer than the age of the universe for any of them, so finishing at all shows the run is
 * not backtracking.
 */
const N = 20_000;
const CATASTROPHIC: Array<[shape: string, pattern: string, flags: string, text: string]> = [
  ['nested quantifiers', '(a+)+$', '', 'a'.repeat(N) + '!'],
  ['nested quantifiers', '(a*)*$', '', 'a'.repeat(N) + '!'],
  ['nested quantifiers', '(\\w+\\s?)*$', '', 'ab '.repeat(N / 3) + '!'],
  ['nested quantifiers', '^(\\s*\\w+)*$', '', 'a '.repeat(N / 2) + '!'],
  ['nested quantifiers', '(a{1,3})*$', '', 'a'.repeat(N) + '!'],
  ['overlapping quantifiers', '(x+x+)+y', '', 'x'.repeat(N)],
  ['overlapping quantifiers', '(a?){25}a{25}', '', 'a'.repeat(25)],
  ['alternation with overlap', '(a|a)*$', '', 'a'.repeat(N) + '!'],
  ['alternation with overlap', '(a|aa)+$', '', 'a'.repeat(N) + '!'],
  ['alternation with overlap', '(a|ab)*c', '', 'ab'.repeat(N / 2)],
  ['alternation with overlap', '(\\w|\\d)+$', '', '1'.repeat(N) + '!'],
  ['alternation with overlap', '(.|\\s)*$', '', ' '.repeat(N) + '\n!'],
  ['alternation with overlap, by case folding', '(a|A)*$', 'i', 'a'.repeat(N) + '!'],
  ['optional overlapping the rest', '(a?a)*$', '', 'a'.repeat(N) + '!'],
  ['empty repeat', '(a?)*$', '', 'a'.repeat(N) + '!'],
  ['polynomial: adjacent repeats', '\\d+\\d+$', '', '1'.repeat(N) + '!'],
  ['polynomial: adjacent repeats', '.*.*=', '', 'x'.repeat(N)],
  ['polynomial: adjacent repeats', '\\w+\\s?\\w+@', '', 'a'.repeat(N)],
  ['polynomial: one repeat failing everywhere', '\\w+@', '', 'a'.repeat(N)],
  ['u repeated, written out', '(?:u{1,9})+$', '', 'u'.repeat(N) + '!'],
  ['Unicode class with u', '(?:\\p{L}+)+$', 'u', 'é'.repeat(N) + '!'],
  ['code point escape with u', '(?:\\u{75}+)+$', 'u', 'u'.repeat(N) + '!'],
];

describe('custom patterns: validation and linear-time matching', () => {
  it.each(CATASTROPHIC)('%s: %s (flags %j) is linear on RE2', (_shape, pattern, flags, text) => {
    expect(checkPattern(pattern, flags)).toBeNull();
    const found = compilePattern(pattern, flags).findAll(text, 5);
    expect(found.length).toBeLessThanOrEqual(5);
  });

  it.each([
    ['(?:\\u{1,9})+$', '', 'u repeated'], // JavaScript without u: the letter u 1 to 9 times
    ['\\u{41}', '', 'u repeated'],
    ['(?:\\p{L}+)+$', '', 'Unicode class'],
    ['\\P{L}', '', 'Unicode class'],
  ])('refuses %s with flags %j: the escape changes meaning with u', (pattern, flags, words) => {
    expect(checkPattern(pattern, flags)).toEqual({ field: 'pattern', message: expect.stringContaining(words) });
  });

  it('refuses \\u{1,9} with u too (not a valid code point escape)', () => {
    expect(checkPattern('(?:\\u{1,9})+$', 'u')).toEqual({ field: 'pattern', message: expect.stringContaining('invalid regular expression') });
  });

  it.each([
    ['a(?=b)', 'lookahead'],
    ['(?=(a+)+)x', 'lookahead'],
    ['a(?!b)', 'negative lookahead'],
    ['(?<=\\$)\\d+', 'lookbehind'],
    ['(?<!x)y', 'negative lookbehind'],
    ['(a)\\1', 'back-reference'],
    ['(?<x>a)\\k<x>', 'back-reference'],
  ])('refuses %s naming the feature (%s)', (pattern, feature) => {
    const problem = checkPattern(pattern, 'i');
    expect(problem?.field).toBe('pattern');
    expect(problem?.message).toMatch(new RegExp(`^${feature} [(\\\\]`));
    expect(problem?.message).toContain('RE2');
  });

  it.each(['\\Ax', 'x\\z', '\\Q.*\\E', '\\C', 'caf\\e'])('refuses %s: RE2 reads the escape differently from JavaScript', (pattern) => {
    expect(checkPattern(pattern, '')?.message).toContain('means something else in RE2');
  });

  it('refuses POSIX classes, which JavaScript reads as a plain class', () => {
    expect(checkPattern('[[:alpha:]]+', '')?.message).toContain('POSIX');
    expect(checkPattern('[:a]', '')).toBeNull();
  });

  it.each([
    '\\bfoo\\b',
    'buy (cheap|discount) (viagra|cialis)',
    '(\\d{1,3}\\.){3}\\d{1,3}',
    't\\.me/[a-z0-9_]{5,32}',
    '\\border\\s?#\\d{6}\\b',
    '(?<year>\\d{4})-(?<month>\\d{2})',
    '[^\\s]+@',
    'colou?r',
    'caf\\u00e9',
    '\\x41\\cA\\t\\n\\v\\f\\r',
    '[\\d\\-]+',
  ])('accepts %s', (pattern) => {
    expect(checkPattern(pattern, 'i')).toBeNull();
  });

  it('refuses invalid patterns, RE2 limits, long patterns and other flags', () => {
    expect(checkPattern('[')?.message).toContain('invalid regular expression');
    expect(checkPattern('a{2000}')).toEqual({ field: 'pattern', message: expect.stringContaining('not supported by RE2: invalid repeat count') });
    expect(checkPattern('(?:a{1000}){1000}')?.message).toContain('not supported by RE2');
    expect(checkPattern('a'.repeat(1001))?.message).toContain('at most 1000');
    expect(checkPattern('')?.message).toContain('non-empty');
    expect(checkPattern('a', 'g')).toEqual({ field: 'flags', message: expect.stringContaining("flag 'g'") });
    expect(checkPattern('a', 'ii')).toEqual({ field: 'flags', message: 'duplicate flags' });
    expect(checkPattern('\\p{L}+', 'iu')).toBeNull();
  });
});
