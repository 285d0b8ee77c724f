/**
 * Lookup tables used by the one-pass normaliser. Built once at module load (~20 ms).
 *
 * Every UTF-16 code unit of the Basic Multilingual Plane gets
 *  - a CLASS (what it is for word segmentation), plus CASED/UPPER flags used by the shouting rule;
 *  - a letter MASK: the set of Latin letters a..z it may stand for (bit 0 = 'a' … bit 25 = 'z'),
 *    or WILD for mask characters such as '*' that may stand for any letter.
 *
 * Folding covers: case, diacritics (NFD base letter), compatibility forms (NFKC: fullwidth, circled,
 * mathematical alphanumerics, superscripts, ligatures), Cyrillic/Greek/Armenian look-alikes,
 * small capitals, and leetspeak (digits and symbols map to SETS of letters, e.g. '1' → {i, l}).
 */

export const C_BOUNDARY = 0; // hard word boundary (punctuation, symbols, emoji…)
export const C_SEP = 1; // word boundary that may be dropped between single letters ("f u c k", "f.u.c.k")
export const C_LETTER = 2; // a letter (its mask may be 0 when it has no Latin reading, e.g. CJK)
export const C_DIGIT = 3; // a digit: word character, read as leetspeak
export const C_SOFT = 4; // symbol read as a letter inside a word, as punctuation at its edges ('@', '$', '!', '*')
export const C_IGNORE = 5; // invisible: zero-width, joiners, soft hyphen, variation selectors — skipped entirely
export const C_MARK = 6; // combining mark: absorbed into the previous character
export const CLASS_MASK = 7;
export const F_CASED = 0x10;
export const F_UPPER = 0x20;

export const LETTERS = (1 << 26) - 1;
export const WILD = 1 << 26;

/** Class (+ flags) per BMP code unit. */
export const CLS = new Uint8Array(65536);
/** Letter mask (+ WILD) per BMP code unit. */
export const MASK = new Int32Array(65536);

const bit = (ch: string): number => 1 << (ch.charCodeAt(0) - 97);
const bits = (chars: string): number => {
  let m = 0;
  for (const ch of chars) m |= bit(ch);
  return m;
};

/** Leetspeak digits. */
const LEET_DIGITS: Record<string, string> = {
  '0': 'o',
  '1': 'il',
  '2': 'z',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '6': 'gb',
  '7': 't',
  '8': 'b',
  '9': 'g',
};

/** Symbols read as letters inside words (and as punctuation at word edges). '' = wildcard. */
const LEET_SYMBOLS: Record<string, string> = {
  '@': 'a',
  $: 's',
  '!': 'il',
  '|': 'il',
  '+': 't',
  '€': 'e',
  '£': 'le',
  '¢': 'c',
  '©': 'c',
  '®': 'r',
  '¡': 'i',
  '§': 's',
  '¥': 'y',
  '×': 'x',
  '*': '',
  '#': '',
  '?': '',
};

/** Look-alike letters from other scripts that Unicode normalisation does not fold. */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  ь: 'b',
  п: 'n',
  г: 'r',
  и: 'u',
  д: 'd',
  з: 'e',
  ш: 'w',
  // Greek
  α: 'a',
  β: 'b',
  γ: 'y',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'n',
  θ: 'o',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'u',
  ν: 'v',
  ο: 'o',
  π: 'n',
  ρ: 'p',
  σ: 'o',
  ς: 'c',
  τ: 't',
  υ: 'u',
  φ: 'f',
  χ: 'x',
  ω: 'w',
  ϲ: 'c',
  ϳ: 'j',
  // Armenian
  օ: 'o',
  ս: 'u',
  հ: 'h',
  ց: 'g',
  ո: 'n',
  ա: 'w',
  // Latin extras and IPA
  ı: 'i',
  ȷ: 'j',
  ɑ: 'a',
  ɡ: 'g',
  ɩ: 'i',
  ɪ: 'i',
  ʟ: 'l',
  ʀ: 'r',
  ʏ: 'y',
  ɴ: 'n',
  ʜ: 'h',
  ɢ: 'g',
  ǀ: 'l',
  ƒ: 'f',
  ƅ: 'b',
  ß: 's',
  æ: 'a',
  œ: 'o',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
  ƙ: 'k',
  ʋ: 'u',
  ɔ: 'c',
  ə: 'e',
  ɛ: 'e',
  ɨ: 'i',
  ɵ: 'o',
  ʉ: 'u',
  ƿ: 'p',
  þ: 'p',
  // small capitals
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ꜰ: 'f',
  ᴊ: 'j',
  ᴋ: 'k',
  ᴍ: 'm',
  ᴏ: 'o',
  ᴘ: 'p',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ᴢ: 'z',
  ǫ: 'q',
};

/** Extra readings for plain letters: 'v' is often written for 'u' ("fvck"). */
const EXTRA_LETTER_READINGS: Record<string, string> = { v: 'u' };

/** Separators that may be dropped between single letters. */
const SEPARATORS = ' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000._-~/\\·•‧∙⋅:';

const IGNORABLE_RANGES: Array<[number, number]> = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // arabic letter mark
  [0x115f, 0x1160], // hangul fillers
  [0x17b4, 0x17b5],
  [0x180b, 0x180f], // mongolian variation selectors / vowel separator
  [0x200b, 0x200f], // zero width space/joiners, LRM/RLM
  [0x202a, 0x202e], // bidi embeddings
  [0x2060, 0x206f], // word joiner, invisible operators, bidi isolates
  [0x3164, 0x3164], // hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // BOM / zero width no-break space
  [0xffa0, 0xffa0],
  [0xfff9, 0xfffb], // interlinear annotations
];

/** Ranges whose characters fold to ASCII through NFKC (+ removing diacritics). */
const FOLD_RANGES: Array<[number, number]> = [
  [0x00c0, 0x024f], // Latin-1 supplement letters, Latin Extended-A/B
  [0x1d00, 0x1dbf], // phonetic extensions incl. modifier (superscript) letters
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x2070, 0x209f], // superscripts and subscripts
  [0x2100, 0x214f], // letterlike symbols (ℓ, ℎ, ℬ…)
  [0x2150, 0x218f], // number forms (Roman numerals Ⅰ…)
  [0x2460, 0x24ff], // enclosed alphanumerics (①, ⓐ, Ⓐ)
  [0xfb00, 0xfb06], // ligatures ﬀ ﬁ ﬂ
  [0xff01, 0xff5e], // fullwidth ASCII
];

const RE_LETTER = /\p{L}/u;
const RE_MARK = /\p{M}/u;
const RE_NUMBER = /\p{N}/u;
const RE_COMBINING = /[\u0300-\u036f]/g;

function setLetter(code: number, mask: number): void {
  CLS[code] = (CLS[code] & ~CLASS_MASK) | C_LETTER;
  MASK[code] = mask;
}

/** Folds a string of one character to a single ASCII letter or digit, or returns ''. */
function foldToAscii(s: string): string {
  let f = s.normalize('NFKC').normalize('NFD').replace(RE_COMBINING, '').toLowerCase();
  if (f.length === 1 && CONFUSABLES[f] !== undefined) f = CONFUSABLES[f];
  return f.length === 1 && /[a-z0-9]/.test(f) ? f : '';
}

function classifyAscii(ch: string): { cls: number; mask: number } {
  if (ch >= 'a' && ch <= 'z') return { cls: C_LETTER, mask: bit(ch) | bits(EXTRA_LETTER_READINGS[ch] ?? '') };
  if (ch >= '0' && ch <= '9') return { cls: C_DIGIT, mask: bits(LEET_DIGITS[ch]) };
  return { cls: C_BOUNDARY, mask: 0 };
}

function build(): void {
  // 1. Generic Unicode classification.
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      CLS[c] = C_BOUNDARY;
      continue;
    }
    const s = String.fromCharCode(c);
    if (c < 0x80) {
      CLS[c] = C_BOUNDARY;
    } else if (RE_LETTER.test(s)) {
      CLS[c] = C_LETTER; // a word character with no Latin reading unless folded below
    } else if (RE_MARK.test(s)) {
      CLS[c] = C_MARK;
    } else if (RE_NUMBER.test(s)) {
      CLS[c] = C_LETTER;
    } else {
      CLS[c] = C_BOUNDARY;
    }
    if (CLS[c] === C_LETTER) {
      const lower = s.toLowerCase();
      const upper = s.toUpperCase();
      if (lower !== upper) CLS[c] |= F_CASED;
      if (s !== lower && s === upper) CLS[c] |= F_UPPER;
    }
  }
  // 2. ASCII letters and digits.
  for (let c = 0x41; c <= 0x5a; c++) {
    const lower = String.fromCharCode(c + 32);
    setLetter(c, classifyAscii(lower).mask);
    CLS[c] |= F_CASED | F_UPPER;
    setLetter(c + 32, classifyAscii(lower).mask);
    CLS[c + 32] |= F_CASED;
  }
  for (let c = 0x30; c <= 0x39; c++) {
    CLS[c] = C_DIGIT;
    MASK[c] = bits(LEET_DIGITS[String.fromCharCode(c)]);
  }
  // 3. Folding of compatibility forms and accented letters.
  for (const [lo, hi] of FOLD_RANGES) {
    for (let c = lo; c <= hi; c++) {
      const f = foldToAscii(String.fromCharCode(c));
      if (!f) continue;
      const { cls, mask } = classifyAscii(f);
      const flags = CLS[c] & (F_CASED | F_UPPER);
      CLS[c] = cls | flags;
      MASK[c] = mask;
    }
  }
  // 4. Confusables.
  for (const [ch, to] of Object.entries(CONFUSABLES)) {
    const code = ch.charCodeAt(0);
    const flags = CLS[code] & (F_CASED | F_UPPER);
    setLetter(code, bit(to));
    CLS[code] |= flags;
    const up = ch.toUpperCase();
    if (up.length === 1 && up !== ch) {
      const uc = up.charCodeAt(0);
      setLetter(uc, bit(foldToAscii(up) || to));
      CLS[uc] |= F_CASED | F_UPPER;
    }
  }
  // Greek/Cyrillic capitals that look like other Latin capitals than their lowercase suggests.
  const capitalLookalikes: Record<string, string> = {
    Н: 'h',
    В: 'b',
    М: 'm',
    Т: 't',
    К: 'k',
    Р: 'p',
    С: 'c',
    Х: 'x',
    У: 'y',
    А: 'a',
    Е: 'e',
    О: 'o',
    Η: 'h',
    Β: 'b',
    Μ: 'm',
    Τ: 't',
    Κ: 'k',
    Ρ: 'p',
    Χ: 'x',
    Υ: 'y',
    Α: 'a',
    Ε: 'e',
    Ο: 'o',
    Ζ: 'z',
    Ι: 'i',
    Ν: 'n',
  };
  for (const [ch, to] of Object.entries(capitalLookalikes)) {
    setLetter(ch.charCodeAt(0), bit(to));
    CLS[ch.charCodeAt(0)] |= F_CASED | F_UPPER;
  }
  // 5. Leetspeak symbols and wildcards.
  for (const [ch, to] of Object.entries(LEET_SYMBOLS)) {
    const code = ch.charCodeAt(0);
    CLS[code] = C_SOFT;
    MASK[code] = to === '' ? WILD : bits(to);
  }
  // Fullwidth leet symbols behave like their ASCII counterparts.
  for (const ch of Object.keys(LEET_SYMBOLS)) {
    const code = ch.charCodeAt(0);
    if (code >= 0x21 && code <= 0x7e) {
      CLS[code + 0xfee0] = C_SOFT;
      MASK[code + 0xfee0] = MASK[code];
    }
  }
  // 6. Separators and invisible characters.
  for (const ch of SEPARATORS) {
    CLS[ch.charCodeAt(0)] = C_SEP;
    MASK[ch.charCodeAt(0)] = 0;
  }
  for (const [lo, hi] of IGNORABLE_RANGES) {
    for (let c = lo; c <= hi; c++) {
      CLS[c] = C_IGNORE;
      MASK[c] = 0;
    }
  }
  for (let c = 0x0300; c <= 0x036f; c++) CLS[c] = C_MARK;
}

build();

/**
 * CLS and MASK packed into one 32-bit word per code unit for the hot loop:
 * bits 0–26 letter mask + WILD, bits 27–29 class, bit 30 cased, bit 31 upper.
 */
export const PACKED = new Int32Array(65536);
export const PACKED_CLASS_SHIFT = 27;
export const PACKED_CASED = 1 << 30;
for (let c = 0; c < 65536; c++) {
  const k = CLS[c];
  PACKED[c] = MASK[c] | ((k & CLASS_MASK) << PACKED_CLASS_SHIFT) | (k & F_CASED ? PACKED_CASED : 0) | (k & F_UPPER ? 1 << 31 : 0);
}

/**
 * Classification of a supplementary-plane code point (surrogate pair).
 * Returns [class, mask]. Mathematical alphanumerics, enclosed/squared/regional-indicator letters
 * fold to ASCII; tag characters are invisible; everything else (emoji…) separates letters.
 */
const ASTRAL_CACHE = new Map<number, number>();

export function classifyAstral(cp: number): number {
  const cached = ASTRAL_CACHE.get(cp);
  if (cached !== undefined) return cached;
  let cls = C_SEP;
  let mask = 0;
  if (cp >= 0xe0000 && cp <= 0xe007f)
    cls = C_IGNORE; // tags
  else if (cp >= 0xe0100 && cp <= 0xe01ef)
    cls = C_IGNORE; // variation selectors supplement
  else if (cp >= 0x1f3fb && cp <= 0x1f3ff)
    cls = C_IGNORE; // skin tone modifiers
  else if (cp >= 0x1d400 && cp <= 0x1d7ff) {
    const f = foldToAscii(String.fromCodePoint(cp));
    if (f) ({ cls, mask } = classifyAscii(f));
  } else if (cp >= 0x1f110 && cp <= 0x1f189) {
    // parenthesized (1F110), circled (1F130 squared, 1F150 negative circled), negative squared (1F170)
    const offset = (cp - 0x1f110) % 32;
    if (offset < 26) {
      cls = C_LETTER;
      mask = 1 << offset;
    }
  } else if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
    cls = C_LETTER; // regional indicator symbols 🇦..🇿
    mask = 1 << (cp - 0x1f1e6);
  } else if (cp >= 0x10000) {
    const s = String.fromCodePoint(cp);
    if (RE_LETTER.test(s) || RE_NUMBER.test(s)) cls = C_LETTER;
    else if (RE_MARK.test(s)) cls = C_MARK;
  }
  const packed = (mask << 3) | cls;
  ASTRAL_CACHE.set(cp, packed);
  return packed;
}

/** Lowest letter of a mask as a character ('?' for wildcard, '' for none). */
export function primaryLetter(mask: number): string {
  if (mask & WILD) return '?';
  const m = mask & LETTERS;
  if (m === 0) return '';
  return String.fromCharCode(97 + (31 - Math.clz32(m & -m)));
}
