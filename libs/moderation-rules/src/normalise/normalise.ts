import {
  CLS,
  MASK,
  CLASS_MASK,
  C_LETTER,
  C_DIGIT,
  C_SOFT,
  C_SEP,
  C_BOUNDARY,
  C_IGNORE,
  C_MARK,
  F_CASED,
  F_UPPER,
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
 * Finally each position gets CAN_START / CAN_END flags: a match may start at the first letter of a
 * token (or at one of its leading leet symbols: "$hit") and end at its last letter (or one of its
 * trailing symbols: "shit!!", "a$$").
 *
 * All buffers are reused between calls: the returned view is only valid until the next call.
 */

export const S_DIGIT = 1 << 27;
export const S_SOFT = 1 << 28;
export const S_SPACE = 1 << 29;
export const S_COLLAPSIBLE = 1 << 30;

export const P_START = 1;
export const P_END = 2;
const P_FREE = 4;
const P_DELETE = 8;

/** Longest separator run (in code units) that may be dropped between single letters. */
const MAX_COLLAPSE_GAP = 4;

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
  sym: Int32Array;
  flags: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  casedLetters = 0;
  upperLetters = 0;
  longestRun = 0;
  longestRunStart = 0;
  longestRunEnd = 0;
  /** Scratch for token boundaries (collapse pass). */
  private tokA: Int32Array;
  private tokB: Int32Array;

  constructor(capacity = 1024) {
    this.sym = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.tokA = new Int32Array(capacity);
    this.tokB = new Int32Array(capacity);
  }

  private ensure(capacity: number): void {
    if (this.sym.length >= capacity) return;
    let size = this.sym.length;
    while (size < capacity) size *= 2;
    this.sym = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.tokA = new Int32Array(size);
    this.tokB = new Int32Array(size);
  }

  /** Normalises `text` into this buffer (previous content is discarded). */
  normalise(text: string): this {
    const len = text.length;
    this.ensure(len + 1);
    const sym = this.sym;
    const start = this.start;
    const end = this.end;

    let n = 0;
    let prevSpace = true; // leading separators are dropped
    let tokenLen = 0;
    let singles = 0;
    let cased = 0;
    let upper = 0;
    let runChar = -1;
    let runLen = 0;
    let runStart = 0;
    let bestRun = 0;
    let bestStart = 0;
    let bestEnd = 0;

    for (let i = 0; i < len; i++) {
      const c = text.charCodeAt(i);
      const ci = i;
      let cls: number;
      let mask: number;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < len) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          const packed = classifyAstral(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
          cls = packed & CLASS_MASK;
          mask = packed >>> 3;
          i++;
        } else {
          cls = C_BOUNDARY;
          mask = 0;
        }
      } else {
        const k = CLS[c];
        cls = k & CLASS_MASK;
        mask = MASK[c];
        if (k & F_CASED) {
          cased++;
          if (k & F_UPPER) upper++;
        }
      }

      // Longest run of one repeated character (whitespace breaks runs).
      if (c === runChar) {
        runLen++;
        if (runLen > bestRun) {
          bestRun = runLen;
          bestStart = runStart;
          bestEnd = i + 1;
        }
      } else if (c > 0x20) {
        runChar = c;
        runLen = 1;
        runStart = ci;
        if (bestRun === 0) {
          bestRun = 1;
          bestStart = ci;
          bestEnd = i + 1;
        }
      } else {
        runChar = -1;
        runLen = 0;
      }

      switch (cls) {
        case C_LETTER:
          sym[n] = mask;
          start[n] = ci;
          end[n] = i + 1;
          n++;
          tokenLen++;
          prevSpace = false;
          break;
        case C_DIGIT:
          sym[n] = mask | S_DIGIT;
          start[n] = ci;
          end[n] = i + 1;
          n++;
          tokenLen++;
          prevSpace = false;
          break;
        case C_SOFT:
          sym[n] = mask | S_SOFT;
          start[n] = ci;
          end[n] = i + 1;
          n++;
          tokenLen++;
          prevSpace = false;
          break;
        case C_SEP:
        case C_BOUNDARY:
          if (prevSpace) {
            if (n > 0) {
              end[n - 1] = i + 1;
              if (cls !== C_SEP) sym[n - 1] &= ~S_COLLAPSIBLE;
            }
          } else {
            if (tokenLen === 1) singles++;
            tokenLen = 0;
            sym[n] = cls === C_SEP ? S_SPACE | S_COLLAPSIBLE : S_SPACE;
            start[n] = ci;
            end[n] = i + 1;
            n++;
            prevSpace = true;
          }
          break;
        case C_MARK:
          if (n > 0 && !prevSpace) end[n - 1] = i + 1;
          break;
        case C_IGNORE:
        default:
          break;
      }
    }
    if (tokenLen === 1) singles++;
    if (n > 0 && sym[n - 1] & S_SPACE) n--; // drop trailing separator run

    this.length = n;
    this.casedLetters = cased;
    this.upperLetters = upper;
    this.longestRun = bestRun;
    this.longestRunStart = bestStart;
    this.longestRunEnd = bestEnd;

    this.flags.fill(0, 0, n);
    if (singles >= 3) this.collapseSingleLetterRuns();
    this.markBoundaries();
    return this;
  }

  /** Joins runs of ≥ 3 one-letter tokens separated by short separator-only gaps. */
  private collapseSingleLetterRuns(): void {
    const n = this.length;
    const sym = this.sym;
    const flags = this.flags;
    const tokA = this.tokA;
    const tokB = this.tokB;
    let tokens = 0;
    for (let i = 0; i < n; ) {
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
      // extend a chain of single-letter tokens joined by collapsible short gaps
      let j = k;
      while (j + 1 < tokens && tokB[j + 1] - tokA[j + 1] === 1) {
        const gap = tokB[j]; // exactly one SPACE symbol between consecutive tokens
        if (tokA[j + 1] !== gap + 1) break;
        if (!(sym[gap] & S_COLLAPSIBLE) || this.end[gap] - this.start[gap] > MAX_COLLAPSE_GAP) break;
        j++;
      }
      if (j - k + 1 >= 3) {
        for (let t = k; t <= j; t++) {
          flags[tokA[t]] |= P_FREE;
          if (t < j) {
            flags[tokB[t]] |= P_DELETE;
            deleted++;
          }
        }
      }
      k = j + 1;
    }
    if (deleted === 0) return;
    const start = this.start;
    const end = this.end;
    let w = 0;
    for (let r = 0; r < n; r++) {
      if (flags[r] & P_DELETE) continue;
      sym[w] = sym[r];
      start[w] = start[r];
      end[w] = end[r];
      flags[w] = flags[r];
      w++;
    }
    this.length = w;
  }

  /** Sets P_START / P_END on every word position. */
  private markBoundaries(): void {
    const n = this.length;
    const sym = this.sym;
    const flags = this.flags;
    let i = 0;
    while (i < n) {
      if (sym[i] & S_SPACE) {
        i++;
        continue;
      }
      const a = i;
      let first = -1;
      let last = -1;
      while (i < n && !(sym[i] & S_SPACE)) {
        if (!(sym[i] & S_SOFT)) {
          if (first < 0) first = i;
          last = i;
        }
        if (flags[i] & P_FREE) flags[i] |= P_START | P_END;
        i++;
      }
      const b = i;
      if (first < 0) {
        for (let p = a; p < b; p++) flags[p] |= P_START | P_END;
      } else {
        for (let p = a; p <= first; p++) flags[p] |= P_START;
        for (let p = last; p < b; p++) flags[p] |= P_END;
      }
    }
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

  /** Original offsets [start, end) covered by symbols [from, to). */
  span(from: number, to: number): [number, number] {
    return [this.start[from], this.end[to - 1]];
  }
}

/** Convenience: normalise into a fresh buffer (allocates; use a shared NormalisedText on hot paths). */
export function normalise(text: string): NormalisedText {
  return new NormalisedText(Math.max(16, text.length + 1)).normalise(text);
}
