import {
  PACKED,
  PACKED_CLASS_SHIFT,
  CLASS_MASK,
  C_LETTER,
  C_DIGIT,
  C_SOFT,
  C_SEP,
  C_BOUNDARY,
  WILD,
  LETTERS,
  classifyAstral,
  primaryLetter,
} from './char-table';

/**
 * One-pass normaliser with an index map back to the original text.
 *
 * The output is a sequence of SYMBOLS, each covering the original code units [start, end):
 *  - a word symbol: a letter mask (set of Latin letters it may read as, or WILD) + flags;
 *  - a SPACE symbol: one per run of separators/punctuation (runs are merged).
 * Invisible characters are dropped (they never split a word); combining marks are absorbed into the
 * preceding symbol.
 *
 * Then, only if the text has at least three one-letter tokens, runs of ≥ 3 ONE-LETTER tokens
 * separated by short separator-only gaps ("f u c k", "f.u.c.k", "f_u_c_k") are joined into one token
 * whose every position may start or end a match. Runs are never joined across longer tokens, so
 * "is hit" stays two words.
 *
 * Each position gets CAN_START / CAN_END flags in the same pass: a match may start at the first
 * letter of a token (or at one of its leading leet symbols: "$hit") and end at its last letter (or
 * one of its trailing symbols: "shit!!", "a$$").
 *
 * All buffers are reused between calls: the returned view is only valid until the next call.
 */

/**
 * Symbol layout (Int32): bits 0–25 letter mask, 26 WILD, then flags. Bits 30–31 mean different
 * things on word symbols (may start / may end a match) and on SPACE symbols (collapsible / deleted).
 */
export const S_DIGIT = 1 << 27;
export const S_SOFT = 1 << 28;
export const S_SPACE = 1 << 29;
export const P_START = 1 << 30; // word symbol: a match may start here
export const P_END = 1 << 31; // word symbol: a match may end here
export const S_COLLAPSIBLE = 1 << 30; // SPACE symbol: made only of separators ("f u c k", "f.u.c.k")
const S_DELETE = 1 << 31; // SPACE symbol: removed by the collapse pass

/** Text features noticed during the pass (cheap pre-filters for the link and contact-detail rules). */
export const T_BRACKET = 1; // one of [ ( { <
export const T_AT = 2; // '@'
export const T_DOT_WORD = 4; // the word "dot"
export const T_DOT = 8; // '.'

const BIT_D = 1 << 3;
const BIT_O = 1 << 14;
const BIT_T = 1 << 19;

/** Longest separator run (in code units) that may be dropped between single letters. */
const MAX_COLLAPSE_GAP = 4;
const PACKED_MASK = (1 << 27) - 1;

export interface TextStats {
  casedLetters: number;
  upperLetters: number;
  /** Longest run of one repeated non-whitespace code unit, with its original offsets. */
  longestRun: number;
  longestRunStart: number;
  longestRunEnd: number;
}

export class NormalisedText implements TextStats {
  length = 0;
  /** Symbols, see the layout above. */
  sym: Int32Array;
  /**
   * Original offset where each symbol starts; `start[length]` is a sentinel, so symbol i covers
   * the original code units [start[i], start[i + 1]) — see end().
   */
  start: Int32Array;
  /** ASCII and other decimal digits seen (a cheap pre-filter for phone numbers). */
  digits = 0;
  /** ASCII digits seen (0-9). */
  asciiDigits = 0;
  /** T_* bits. */
  features = 0;
  /** The text last normalised (for the statistics computed on demand). */
  private text = '';
  private generation = 0;
  private statsGeneration = -1;
  private stats = { casedLetters: 0, upperLetters: 0, longestRun: 0, longestRunStart: 0, longestRunEnd: 0 };
  /** Scratch for token boundaries (collapse pass). */
  private tokA: Int32Array;
  private tokB: Int32Array;

  constructor(capacity = 1024) {
    this.sym = new Int32Array(capacity);
    this.start = new Int32Array(capacity + 1);
    this.tokA = new Int32Array(capacity);
    this.tokB = new Int32Array(capacity);
  }

  private ensure(capacity: number): void {
    if (this.sym.length >= capacity) return;
    let size = this.sym.length;
    while (size < capacity) size *= 2;
    this.sym = new Int32Array(size);
    this.start = new Int32Array(size + 1);
    this.tokA = new Int32Array(size);
    this.tokB = new Int32Array(size);
  }

  /**
   * Normalises `text` into this buffer (previous content is discarded). The text statistics (case
   * counts, longest repeated run) are computed on first use.
   */
  normalise(text: string): this {
    const len = text.length;
    this.ensure(len + 1);
    const sym = this.sym;
    const start = this.start;
    // Function-local copies of the tables and flags: the hot loop then reads registers and
    // constants, not properties of module objects (which is what imported and exported constants
    // compile to in CommonJS). Characters are read through String.prototype.charCodeAt itself,
    // not through `text.charCodeAt`: that property load collects the maps of every kind of string
    // it has seen (term lists at compile time, sliced or concatenated texts), and once there are
    // more than four the compiler stops inlining the read, which halves the speed of this loop.
    const charCodeAt = String.prototype.charCodeAt;
    const packed = PACKED;
    const classShift = PACKED_CLASS_SHIFT;
    const classMask = CLASS_MASK;
    const cLetter = C_LETTER;
    const cDigit = C_DIGIT;
    const cSoft = C_SOFT;
    const cSep = C_SEP;
    const cBoundary = C_BOUNDARY;
    const pStart = P_START;
    const sDigit = S_DIGIT;
    const sSoft = S_SOFT;
    const sSpace = S_SPACE;
    const sCollapsible = S_COLLAPSIBLE;

    let n = 0;
    let prevSpace = true; // leading separators are dropped
    let tokenStart = -1; // first symbol of the current token, -1 between tokens
    let lastHard = -1; // last non-soft symbol of the current token
    let singles = 0;
    let digits = 0;
    let asciiDigits = 0;
    let features = 0;

    for (let i = 0; i < len; i++) {
      const c = charCodeAt.call(text, i);
      const ci = i;
      let cls: number;
      let mask: number;
      if (c < 0xd800 || c >= 0xdc00 || i + 1 === len) {
        const k = packed[c];
        cls = (k >>> classShift) & classMask;
        mask = k & PACKED_MASK;
      } else {
        const d = charCodeAt.call(text, i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          const astral = classifyAstral(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
          cls = astral & classMask;
          mask = astral >>> 3;
          i++;
        } else {
          cls = cBoundary;
          mask = 0;
        }
      }

      // A run of '?' that ends its word ("Who??", "go??", "for good?") is a question mark, not a
      // run of masked letters: read as letters it made "whore", "gook" and "go die" of them. A '?'
      // inside a word ("f??k", "sh?t") is still a mask.
      if (c === 0x3f && cls === cSoft && questionMarkEndsWord(text, i + 1, len, packed, classShift, classMask, cLetter, cDigit)) cls = cBoundary;

      if (cls === cLetter) {
        // a match may start at a token's first letter, or after a leading run of symbols ("$hit")
        sym[n] = lastHard < 0 ? mask | pStart : mask;
        start[n] = ci;
        if (tokenStart < 0) tokenStart = n;
        lastHard = n;
        n++;
        prevSpace = false;
        // The rest of a word of plain BMP letters, in a tighter loop (most characters of a comment).
        while (i + 1 < len) {
          const c2 = charCodeAt.call(text, i + 1);
          if (c2 >= 0xd800 && c2 < 0xdc00) break; // a surrogate pair: the general step above
          const k2 = packed[c2];
          if (((k2 >>> classShift) & classMask) !== cLetter) break;
          i++;
          sym[n] = k2 & PACKED_MASK;
          start[n] = i;
          lastHard = n;
          n++;
        }
      } else if (cls === cDigit || cls === cSoft) {
        let s = mask | (lastHard < 0 ? pStart : 0);
        if (cls === cDigit) {
          s |= sDigit;
          digits++;
          if (c >= 48 && c <= 57) asciiDigits++;
          lastHard = n;
        } else {
          s |= sSoft;
          if (c === 0x40) features |= T_AT;
        }
        sym[n] = s;
        start[n] = ci;
        if (tokenStart < 0) tokenStart = n;
        n++;
        prevSpace = false;
      } else if (cls === cSep || cls === cBoundary) {
        if (c === 0x2e) features |= T_DOT;
        else if (c === 0x5b || c === 0x28 || c === 0x7b || c === 0x3c) features |= T_BRACKET;
        if (tokenStart >= 0) {
          const token = closeToken(sym, tokenStart, lastHard, n);
          if (token === TOKEN_SINGLE) singles++;
          else features |= token;
          tokenStart = -1;
          lastHard = -1;
        }
        if (prevSpace) {
          if (n > 0 && cls !== cSep) sym[n - 1] &= ~sCollapsible;
        } else {
          sym[n] = cls === cSep ? sSpace | sCollapsible : sSpace;
          start[n] = ci;
          n++;
          prevSpace = true;
        }
      }
      // C_MARK: absorbed into the previous symbol (its span runs to the next symbol's start).
      // C_IGNORE: dropped without splitting the word.
    }
    if (tokenStart >= 0) {
      const token = closeToken(sym, tokenStart, lastHard, n);
      if (token === TOKEN_SINGLE) singles++;
      else features |= token;
    }
    if (n > 0 && sym[n - 1] & sSpace)
      n--; // drop a trailing separator run; start[n] stays its start
    else start[n] = len;

    this.length = n;
    this.text = text;
    this.generation++;
    this.digits = digits;
    this.asciiDigits = asciiDigits;
    this.features = features;
    if (singles >= 3) this.collapseSingleLetterRuns();
    return this;
  }

  /** Letters that have case (for the shouting rule). Computed on first use after each normalise(). */
  get casedLetters(): number {
    return this.textStats().casedLetters;
  }

  /** Upper-case letters among them. */
  get upperLetters(): number {
    return this.textStats().upperLetters;
  }

  /** Longest run of one repeated non-whitespace code unit (for the repeated-characters rule). */
  get longestRun(): number {
    return this.textStats().longestRun;
  }

  get longestRunStart(): number {
    return this.textStats().longestRunStart;
  }

  get longestRunEnd(): number {
    return this.textStats().longestRunEnd;
  }

  /**
   * The statistics only two opt-in rules read, in a second pass over the text when first asked
   * for (the main pass stays as short as possible). Characters are stepped through as in
   * normalise(): a surrogate pair is one step, counted neither as cased nor as upper.
   */
  private textStats(): TextStats {
    const stats = this.stats;
    if (this.statsGeneration === this.generation) return stats;
    const text = this.text;
    const len = text.length;
    const packed = PACKED;
    const charCodeAt = String.prototype.charCodeAt;
    let cased = 0;
    let upper = 0;
    let runChar = -1;
    let runLen = 0;
    let runStart = 0;
    let bestRun = 1;
    let bestStart = 0;
    let bestEnd = 0;
    for (let i = 0; i < len; i++) {
      const c = charCodeAt.call(text, i);
      const ci = i;
      if (c < 0xd800 || c >= 0xdc00 || i + 1 === len) {
        const k = packed[c];
        cased += (k >>> 30) & 1;
        upper += k >>> 31;
      } else {
        const d = charCodeAt.call(text, i + 1);
        if (d >= 0xdc00 && d < 0xe000) i++;
      }
      if (c === runChar) {
        if (++runLen > bestRun && c > 0x20) {
          bestRun = runLen;
          bestStart = runStart;
          bestEnd = i + 1;
        }
      } else {
        runChar = c;
        runLen = 1;
        runStart = ci;
      }
    }
    stats.casedLetters = cased;
    stats.upperLetters = upper;
    stats.longestRun = len === 0 ? 0 : bestRun;
    stats.longestRunStart = bestStart;
    stats.longestRunEnd = bestEnd;
    this.statsGeneration = this.generation;
    return stats;
  }

  /**
   * Joins runs of ≥ 3 one-letter tokens separated by short separator-only gaps by deleting the
   * gaps. Every one-letter token already has P_START and P_END, so inside the joined run a match
   * may start and end at any letter.
   */
  private collapseSingleLetterRuns(): void {
    const n = this.length;
    const sym = this.sym;
    const tokA = this.tokA;
    const tokB = this.tokB;
    let tokens = 0;
    for (let i = 0; i < n;) {
      if (sym[i] & S_SPACE) {
        i++;
        continue;
      }
      tokA[tokens] = i;
      while (i < n && !(sym[i] & S_SPACE)) i++;
      tokB[tokens++] = i;
    }
    let deleted = 0;
    let k = 0;
    while (k < tokens) {
      if (tokB[k] - tokA[k] !== 1) {
        k++;
        continue;
      }
      let j = k;
      while (j + 1 < tokens && tokB[j + 1] - tokA[j + 1] === 1) {
        const gap = tokB[j]; // exactly one SPACE symbol between consecutive tokens
        if (tokA[j + 1] !== gap + 1) break;
        if (!(sym[gap] & S_COLLAPSIBLE) || this.start[gap + 1] - this.start[gap] > MAX_COLLAPSE_GAP) break;
        j++;
      }
      if (j - k + 1 >= 3) {
        for (let t = k; t < j; t++) {
          sym[tokB[t]] |= S_DELETE;
          deleted++;
        }
      }
      k = j + 1;
    }
    if (deleted === 0) return;
    const start = this.start;
    let w = 0;
    for (let r = 0; r <= n; r++) {
      if (r < n && (sym[r] & (S_SPACE | S_DELETE)) === (S_SPACE | S_DELETE)) continue;
      sym[w] = sym[r];
      start[w] = start[r]; // r === n copies the sentinel
      w++;
    }
    this.length = w - 1;
  }

  /**
   * Human-readable canonical form (for tests and diagnostics): each word symbol as its primary
   * letter ('?' for a wildcard, '_' for a letter without Latin reading), SPACE as ' '.
   */
  canonical(): string {
    let s = '';
    for (let i = 0; i < this.length; i++) {
      const m = this.sym[i];
      if (m & S_SPACE) s += ' ';
      else s += primaryLetter(m & (LETTERS | WILD)) || '_';
    }
    return s;
  }

  /** Original offset just after symbol i (including absorbed marks and invisible characters). */
  end(i: number): number {
    return this.start[i + 1];
  }
}

/** Convenience: normalise into a fresh buffer (allocates; use a shared NormalisedText on hot paths). */
export function normalise(text: string): NormalisedText {
  return new NormalisedText(Math.max(16, text.length + 1)).normalise(text);
}

/** closeToken(): the token was one symbol long. */
const TOKEN_SINGLE = 1 << 16;
/** P_END as a module-local constant (an exported one is a property load in CommonJS output). */
const WORD_END = 1 << 31;

/**
 * Closes the token of symbols [tokenStart, n): its last letter and trailing symbols may end a
 * match ("shit!!"; all of them when it has no letter or digit). Answers TOKEN_SINGLE for a
 * one-symbol token, T_DOT_WORD for the word "dot", else 0.
 */
function closeToken(sym: Int32Array, tokenStart: number, lastHard: number, n: number): number {
  for (let p = lastHard < 0 ? tokenStart : lastHard; p < n; p++) sym[p] |= WORD_END;
  if (n - tokenStart === 1) return TOKEN_SINGLE;
  if (n - tokenStart === 3 && (sym[n - 3] & BIT_D) !== 0 && (sym[n - 2] & BIT_O) !== 0 && (sym[n - 1] & BIT_T) !== 0) return T_DOT_WORD;
  return 0;
}

/** Whether the '?' before `from` is followed only by more '?' or '!' and then no letter, digit or mask. */
function questionMarkEndsWord(
  text: string,
  from: number,
  len: number,
  packed: Int32Array,
  classShift: number,
  classMask: number,
  cLetter: number,
  cDigit: number,
): boolean {
  for (let j = from; j < len; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x3f || c === 0x21) continue;
    const cls = (packed[c] >>> classShift) & classMask;
    return cls !== cLetter && cls !== cDigit && (packed[c] & WILD) === 0;
  }
  return true;
}
