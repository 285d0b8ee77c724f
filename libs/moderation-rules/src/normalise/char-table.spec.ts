import { CLS, CLASS_MASK, C_BOUNDARY, C_DIGIT, C_IGNORE, C_LETTER, C_MARK, C_SEP, C_SOFT, MASK, WILD, classifyAstral, primaryLetter } from './char-table';

const cls = (ch: string): number => CLS[ch.charCodeAt(0)] & CLASS_MASK;
const reading = (ch: string): string => {
  const cp = ch.codePointAt(0)!;
  const mask = cp > 0xffff ? classifyAstral(cp) >>> 3 : MASK[cp];
  if (mask & WILD) return '*';
  let s = '';
  for (let i = 0; i < 26; i++) if (mask & (1 << i)) s += String.fromCharCode(97 + i);
  return s;
};

describe('char-table', () => {
  it('folds case', () => {
    expect(reading('A')).toBe('a');
    expect(reading('z')).toBe('z');
  });

  it.each([
    ['é', 'e'],
    ['Ü', 'u'],
    ['ñ', 'n'],
    ['ç', 'c'],
    ['Å', 'a'],
    ['ø', 'o'],
    ['ł', 'l'],
    ['ß', 's'],
    ['ƒ', 'f'],
  ])('strips diacritics and folds Latin variants: %s → %s', (ch, expected) => {
    expect(reading(ch)).toBe(expected);
  });

  it.each([
    ['а', 'a'], // Cyrillic
    ['е', 'e'],
    ['о', 'o'],
    ['р', 'p'],
    ['с', 'c'],
    ['ѕ', 's'],
    ['і', 'i'],
    ['һ', 'h'],
    ['Н', 'h'],
    ['α', 'a'], // Greek
    ['ο', 'o'],
    ['υ', 'u'],
    ['Τ', 't'],
    ['օ', 'o'], // Armenian
    ['ս', 'u'],
    ['ᴛ', 't'], // small capital
  ])('folds look-alike letters: %s → %s', (ch, expected) => {
    expect(reading(ch)).toBe(expected);
  });

  it.each([
    ['ｆ', 'f'], // fullwidth
    ['Ｆ', 'f'],
    ['ⓕ', 'f'], // circled
    ['ℓ', 'l'], // letterlike
    ['ᶠ', 'f'], // modifier letter
    ['ﬁ', ''], // a ligature of two letters is not one letter
  ])('folds compatibility forms: %s → %s', (ch, expected) => {
    expect(reading(ch)).toBe(expected);
  });

  it.each([
    ['𝐟', 'f'], // mathematical bold
    ['𝑓', 'f'], // italic
    ['𝒻', 'f'], // script
    ['𝔣', 'f'], // fraktur
    ['𝕗', 'f'], // double-struck
    ['𝖿', 'f'], // sans-serif
    ['𝚏', 'f'], // monospace
    ['🅵', 'f'], // negative squared
    ['🇫', 'f'], // regional indicator
  ])('folds supplementary-plane letters: %s → %s', (ch, expected) => {
    expect(reading(ch)).toBe(expected);
  });

  it('reads leetspeak digits as sets of letters', () => {
    expect(cls('1')).toBe(C_DIGIT);
    expect(reading('1')).toBe('il');
    expect(reading('0')).toBe('o');
    expect(reading('3')).toBe('e');
    expect(reading('4')).toBe('a');
    expect(reading('5')).toBe('s');
    expect(reading('7')).toBe('t');
  });

  it('reads leet symbols as soft letters and masks as wildcards', () => {
    expect(cls('@')).toBe(C_SOFT);
    expect(reading('@')).toBe('a');
    expect(reading('$')).toBe('s');
    expect(reading('!')).toBe('il');
    expect(reading('*')).toBe('*');
    expect(reading('#')).toBe('*');
  });

  it("reads 'v' also as 'u' (\"fvck\")", () => {
    expect(reading('v')).toBe('uv');
  });

  it('classifies separators, boundaries, invisible characters and marks', () => {
    expect(cls(' ')).toBe(C_SEP);
    expect(cls('.')).toBe(C_SEP);
    expect(cls('_')).toBe(C_SEP);
    expect(cls('-')).toBe(C_SEP);
    expect(cls(',')).toBe(C_BOUNDARY);
    expect(cls('"')).toBe(C_BOUNDARY);
    expect(cls('\u200b')).toBe(C_IGNORE);
    expect(cls('\u200d')).toBe(C_IGNORE);
    expect(cls('\u00ad')).toBe(C_IGNORE);
    expect(cls('\ufeff')).toBe(C_IGNORE);
    expect(cls('\u0301')).toBe(C_MARK);
    expect(classifyAstral(0xe0041) & CLASS_MASK).toBe(C_IGNORE); // tag character
    expect(classifyAstral(0x1f525) & CLASS_MASK).toBe(C_SEP); // emoji separate letters
  });

  it('keeps letters of other scripts as word characters without a Latin reading', () => {
    expect(cls('中')).toBe(C_LETTER);
    expect(reading('中')).toBe('');
    expect(cls('ж')).toBe(C_LETTER);
  });

  it('primaryLetter returns the lowest reading', () => {
    expect(primaryLetter(MASK['1'.charCodeAt(0)])).toBe('i');
    expect(primaryLetter(WILD)).toBe('?');
    expect(primaryLetter(0)).toBe('');
  });
});
