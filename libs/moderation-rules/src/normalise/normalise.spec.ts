import { normalise, NormalisedText, P_END, P_START, S_SPACE, T_AT, T_BRACKET, T_DOT, T_DOT_WORD } from './normalise';

const canon = (text: string): string => normalise(text).canonical();

/** Original text covered by each symbol. */
const spans = (text: string): string[] => {
  const v = normalise(text);
  return Array.from({ length: v.length }, (_, i) => text.slice(v.start[i], v.end(i)));
};

const flags = (text: string): string => {
  const v = normalise(text);
  return Array.from({ length: v.length }, (_, i) => {
    const s = v.sym[i];
    if (s & S_SPACE) return '_';
    return (s & P_START ? 'S' : '') + (s & P_END ? 'E' : '') || '.';
  }).join(' ');
};

describe('normalise', () => {
  it('folds case, punctuation runs and whitespace to single spaces', () => {
    expect(canon('Hello,   World')).toBe('hello world');
    expect(canon('  leading and trailing  ')).toBe('leading and trailing');
  });

  it('maps every symbol back to its original span', () => {
    expect(spans('Ab, c')).toEqual(['A', 'b', ', ', 'c']);
  });

  it('keeps surrogate pairs and combining marks inside one symbol', () => {
    expect(spans('𝐟u')).toEqual(['𝐟', 'u']);
    expect(spans('e\u0301x')).toEqual(['e\u0301', 'x']);
    expect(canon('f\u0301u\u0308ck')).toBe('fuck');
  });

  it('drops invisible characters without splitting the word', () => {
    expect(canon('f\u200bu\u200dc\u2060k')).toBe('fuck');
    const v = normalise('f\u200buck');
    expect(v.start[1]).toBe(2);
  });

  it('reads leetspeak and masks by their primary letter', () => {
    expect(canon('$h!t')).toBe('shit');
    expect(canon('f*ck')).toBe('f?ck');
    expect(canon('1d10t')).toBe('idiot');
  });

  it('joins runs of three or more single letters separated by spaces, dots, underscores or dashes', () => {
    expect(canon('f u c k')).toBe('fuck');
    expect(canon('f.u.c.k')).toBe('fuck');
    expect(canon('f_u_c_k')).toBe('fuck');
    expect(canon('f-u-c-k')).toBe('fuck');
    expect(canon('f  u  c  k you')).toBe('fuck you');
    expect(canon('f🔥u🔥c🔥k')).toBe('fuck');
  });

  it('never joins across multi-letter words ("is hit" stays two words)', () => {
    expect(canon('is hit')).toBe('is hit');
    expect(canon('a big hit')).toBe('a big hit');
    expect(canon('I a m')).toBe('iam');
    expect(canon('a b')).toBe('a b'); // fewer than three
  });

  it('does not join single letters across punctuation such as commas or long gaps', () => {
    expect(canon('a, b, c')).toBe('a b c');
    expect(canon('a      b      c')).toBe('a b c');
  });

  it('marks where matches may start and end', () => {
    expect(flags('the cat')).toBe('S . E _ S . E');
    expect(flags('$hit!!')).toBe('S S . E E E'); // leading symbol may start, trailing symbols may end
    expect(flags('@$$')).toBe('SE SE SE'); // only symbols: anywhere
    expect(flags('f u c k')).toBe('SE SE SE SE'); // joined letters: anywhere
  });

  it('gathers case, digit, run and feature statistics in the same pass', () => {
    const v = normalise('HELLO world 123 !!!!!');
    expect(v.casedLetters).toBe(10);
    expect(v.upperLetters).toBe(5);
    expect(v.digits).toBe(3);
    expect(v.longestRun).toBe(5);
    expect('HELLO world 123 !!!!!'.slice(v.longestRunStart, v.longestRunEnd)).toBe('!!!!!');
    expect(normalise('a    b').longestRun).toBe(1); // whitespace runs do not count
    expect(normalise('mail me@x (now) at example dot com.').features).toBe(T_AT | T_BRACKET | T_DOT_WORD | T_DOT);
    expect(normalise('plain words').features).toBe(0);
  });

  it('counts capitals of any script', () => {
    const v = normalise('ÉTÉ Ωmega');
    expect(v.casedLetters).toBe(8);
    expect(v.upperLetters).toBe(4);
  });

  it('reuses its buffers and grows for long texts', () => {
    const v = new NormalisedText(4);
    v.normalise('short');
    expect(v.canonical()).toBe('short');
    const long = 'word '.repeat(5000);
    v.normalise(long);
    expect(v.length).toBe(5000 * 5 - 1);
    v.normalise('again');
    expect(v.canonical()).toBe('again');
  });

  it('handles empty and separator-only input', () => {
    expect(normalise('').length).toBe(0);
    expect(normalise('   ...  ').length).toBe(0);
    expect(normalise('').longestRun).toBe(0);
  });

  it('counts the text statistics by characters: a surrogate pair is one step, neither cased nor upper', () => {
    const stats = (text: string) => {
      const v = normalise(text);
      return [v.casedLetters, v.upperLetters, v.longestRun, v.longestRunStart, v.longestRunEnd];
    };
    expect(stats('x😀😀😀y')).toEqual([2, 0, 3, 1, 7]);
    expect(stats('Fuuuuuuck ТЕСТ ｆｕｌｌ')).toEqual([17, 5, 6, 1, 7]);
    expect(stats('zero\u200bwidth   gaps')).toEqual([13, 0, 1, 0, 0]);
    // the buffer is reused: the statistics follow the last text normalised
    const shared = new NormalisedText(8);
    shared.normalise('AAAA aaaa AAAA');
    expect([shared.casedLetters, shared.upperLetters, shared.longestRun]).toEqual([12, 8, 4]);
    shared.normalise('no');
    expect([shared.casedLetters, shared.upperLetters, shared.longestRun]).toEqual([2, 0, 1]);
  });

  it('handles a lone surrogate as a separator', () => {
    expect(canon('a\ud800b')).toBe('a b');
    expect(canon('ab\ud800')).toBe('ab');
  });
});
