/**
 * A small static checker that refuses regular expressions which can backtrack catastrophically.
 *
 * It parses the pattern into a tiny AST and applies conservative rules (false positives are
 * possible — the message says how to rewrite — but the known exponential shapes are refused):
 *
 *  R1 nested quantifiers: a repeated group containing a variable-length repeat — `(a+)+`, `(a*)*`,
 *     `(\w+\s?)*`, `(a{1,3})*`.
 *  R2 overlapping alternation under repetition: `(a|a)*`, `(a|ab)+`, `(\w|\d)*`, `(a|)*`.
 *  R3 an optional part overlapping the rest of a repeated group: `(a?a)*`.
 *  R4 a repeated group that can match the empty string: `(a?)*`.
 *  R5 adjacent unbounded repeats over overlapping characters (polynomial): `\d+\d+`, `.*.*`,
 *     `\w+\s*\w+`.
 *  Also: no back-references, quantifier bounds ≤ 1000, pattern ≤ 1000 characters, flags ⊆ "imsu".
 *
 * What remains (a single unbounded repeat such as `\w+@`) can still be quadratic in the length of
 * the searched text; the pattern rule therefore searches the text in bounded windows
 * (see rules/pattern.rule.ts).
 */

const MAX_PATTERN_LENGTH = 1000;
const MAX_BOUND = 1000;
const LARGE_REPEAT = 10; // repeats allowing more iterations than this count as "unbounded" for R1/R5
export const ALLOWED_FLAGS = 'imsu';

class CharSet {
  readonly ascii = new Uint32Array(4);
  other = false;

  static of(...codes: number[]): CharSet {
    const s = new CharSet();
    for (const c of codes) s.add(c);
    return s;
  }
  static range(lo: number, hi: number): CharSet {
    const s = new CharSet();
    s.addRange(lo, hi);
    return s;
  }
  static any(): CharSet {
    const s = new CharSet();
    s.ascii.fill(0xffffffff);
    s.other = true;
    return s;
  }
  add(c: number): void {
    if (c < 128) this.ascii[c >> 5] |= 1 << (c & 31);
    else this.other = true;
  }
  addRange(lo: number, hi: number): void {
    for (let c = lo; c <= Math.min(hi, 127); c++) this.add(c);
    if (hi >= 128) this.other = true;
  }
  union(o: CharSet): CharSet {
    const s = new CharSet();
    for (let i = 0; i < 4; i++) s.ascii[i] = this.ascii[i] | o.ascii[i];
    s.other = this.other || o.other;
    return s;
  }
  complement(): CharSet {
    const s = new CharSet();
    for (let i = 0; i < 4; i++) s.ascii[i] = ~this.ascii[i];
    s.other = true; // a negated class always admits some non-ASCII character
    return s;
  }
  overlaps(o: CharSet): boolean {
    for (let i = 0; i < 4; i++) if ((this.ascii[i] & o.ascii[i]) !== 0) return true;
    return this.other && o.other;
  }
  isEmpty(): boolean {
    return !this.other && this.ascii.every((w) => w === 0);
  }
  caseFold(): CharSet {
    const s = this.union(new CharSet());
    for (let c = 65; c <= 90; c++) {
      const upper = (this.ascii[c >> 5] >>> (c & 31)) & 1;
      const lower = (this.ascii[(c + 32) >> 5] >>> ((c + 32) & 31)) & 1;
      if (upper || lower) {
        s.add(c);
        s.add(c + 32);
      }
    }
    return s;
  }
}

const DIGIT = CharSet.range(48, 57);
const WORD = (() => {
  const s = CharSet.range(48, 57).union(CharSet.range(65, 90)).union(CharSet.range(97, 122));
  s.add(95);
  return s;
})();
const SPACE = (() => {
  const s = CharSet.of(9, 10, 11, 12, 13, 32);
  s.other = true;
  return s;
})();

type Node =
  | { k: 'char'; set: CharSet }
  | { k: 'seq'; items: Node[] }
  | { k: 'alt'; alts: Node[] }
  | { k: 'repeat'; body: Node; min: number; max: number }
  | { k: 'zero' } // anchors, word boundaries, lookarounds: match no characters
  | { k: 'backref' };

class ParseError extends Error {}

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
    private readonly unicode: boolean,
  ) {}

  parse(): Node {
    const node = this.alt();
    if (this.i < this.src.length) throw new ParseError(`unexpected '${this.src[this.i]}' at ${this.i}`);
    return node;
  }

  private peek(): string {
    return this.src[this.i];
  }

  private alt(): Node {
    const alts = [this.seq()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.seq());
    }
    return alts.length === 1 ? alts[0] : { k: 'alt', alts };
  }

  private seq(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      items.push(this.quantifier(atom));
    }
    return items.length === 1 ? items[0] : { k: 'seq', items };
  }

  private quantifier(atom: Node): Node {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom; // a literal '{' (only legal without the u flag; RegExp() already checked)
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (min > MAX_BOUND || (max !== Infinity && max > MAX_BOUND)) {
        throw new Unsafe(`quantifier bounds above ${MAX_BOUND} are not allowed`);
      }
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.peek() === '?') this.i++; // lazy: same backtracking behaviour in the worst case
    if (atom.k === 'zero') return atom;
    return this.quantifier({ k: 'repeat', body: atom, min, max });
  }

  private atom(): Node {
    const c = this.src[this.i++];
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return { k: 'char', set: this.fold(this.charClass()) };
      case '.':
        return { k: 'char', set: CharSet.any() };
      case '^':
      case '$':
        return { k: 'zero' };
      case '\\':
        return this.escape(false);
      default:
        return { k: 'char', set: this.fold(CharSet.of(this.codeAt(c))) };
    }
  }

  private codeAt(c: string): number {
    const code = c.codePointAt(0) ?? 0;
    return code;
  }

  private fold(set: CharSet): CharSet {
    return this.ignoreCase ? set.caseFold() : set;
  }

  private group(): Node {
    let look = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
      this.i += 2;
      look = true;
    } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
      this.i += 3;
      look = true;
    } else if (this.src.startsWith('?<', this.i)) {
      const close = this.src.indexOf('>', this.i);
      if (close < 0) throw new ParseError('unterminated group name');
      this.i = close + 1;
    } else if (this.peek() === '?') throw new ParseError('unsupported group modifier');
    const body = this.alt();
    if (this.src[this.i++] !== ')') throw new ParseError('missing )');
    if (look) {
      // A lookaround is zero-width, but its body still backtracks: check it as its own pattern.
      checkNode(body);
      return { k: 'zero' };
    }
    return body;
  }

  private charClass(): CharSet {
    let negate = false;
    if (this.peek() === '^') {
      negate = true;
      this.i++;
    }
    let set = new CharSet();
    while (this.i < this.src.length && this.peek() !== ']') {
      const lo = this.classAtom();
      if (this.peek() === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length && typeof lo === 'number') {
        this.i++;
        const hi = this.classAtom();
        if (typeof hi === 'number') {
          set.addRange(lo, hi);
          continue;
        }
        set.add(lo);
        set.add(45);
        set = set.union(hi);
        continue;
      }
      if (typeof lo === 'number') set.add(lo);
      else set = set.union(lo);
    }
    if (this.src[this.i++] !== ']') throw new ParseError('missing ]');
    return negate ? set.complement() : set;
  }

  private classAtom(): number | CharSet {
    const c = this.src[this.i++];
    if (c !== '\\') return this.codeAt(c);
    const e = this.src[this.i];
    if (e === 'b') {
      this.i++;
      return 8;
    }
    const node = this.escape(true);
    if (node.k === 'char') {
      return node.set;
    }
    return new CharSet();
  }

  private escape(inClass: boolean): Node {
    const e = this.src[this.i++];
    switch (e) {
      case 'd':
        return { k: 'char', set: DIGIT };
      case 'D':
        return { k: 'char', set: DIGIT.complement() };
      case 'w':
        return { k: 'char', set: WORD };
      case 'W':
        return { k: 'char', set: WORD.complement() };
      case 's':
        return { k: 'char', set: SPACE };
      case 'S':
        return { k: 'char', set: SPACE.complement() };
      case 'b':
      case 'B':
        return { k: 'zero' };
      case 'n':
        return { k: 'char', set: CharSet.of(10) };
      case 'r':
        return { k: 'char', set: CharSet.of(13) };
      case 't':
        return { k: 'char', set: CharSet.of(9) };
      case 'v':
        return { k: 'char', set: CharSet.of(11) };
      case 'f':
        return { k: 'char', set: CharSet.of(12) };
      case '0':
        return { k: 'char', set: CharSet.of(0) };
      case 'c': {
        const ch = this.src[this.i++] ?? '@';
        return { k: 'char', set: CharSet.of(ch.charCodeAt(0) % 32) };
      }
      case 'x': {
        const hex = this.src.slice(this.i, this.i + 2);
        this.i += 2;
        return { k: 'char', set: this.fold(CharSet.of(parseInt(hex, 16))) };
      }
      case 'u': {
        if (this.peek() === '{') {
          const close = this.src.indexOf('}', this.i);
          const code = parseInt(this.src.slice(this.i + 1, close), 16);
          this.i = close + 1;
          return { k: 'char', set: this.fold(CharSet.of(code)) };
        }
        const hex = this.src.slice(this.i, this.i + 4);
        this.i += 4;
        return { k: 'char', set: this.fold(CharSet.of(parseInt(hex, 16))) };
      }
      case 'p':
      case 'P': {
        if (this.peek() === '{') this.i = this.src.indexOf('}', this.i) + 1;
        return { k: 'char', set: CharSet.any() }; // approximation: may overlap anything
      }
      case 'k':
        if (!inClass && this.peek() === '<') return { k: 'backref' };
        return { k: 'char', set: CharSet.of(107) };
      default:
        if (e >= '1' && e <= '9' && !inClass) return { k: 'backref' };
        return { k: 'char', set: this.fold(CharSet.of(this.codeAt(e))) };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Analysis
// ---------------------------------------------------------------------------------------------

class Unsafe extends Error {}

function nullable(n: Node): boolean {
  switch (n.k) {
    case 'char':
      return false;
    case 'zero':
    case 'backref':
      return true;
    case 'seq':
      return n.items.every(nullable);
    case 'alt':
      return n.alts.some(nullable);
    case 'repeat':
      return n.min === 0 || nullable(n.body);
  }
}

/** Characters that can start a match of n. */
function first(n: Node): CharSet {
  switch (n.k) {
    case 'char':
      return n.set;
    case 'zero':
    case 'backref':
      return new CharSet();
    case 'alt':
      return n.alts.map(first).reduce((a, b) => a.union(b), new CharSet());
    case 'repeat':
      return first(n.body);
    case 'seq': {
      let s = new CharSet();
      for (const item of n.items) {
        s = s.union(first(item));
        if (!nullable(item)) break;
      }
      return s;
    }
  }
}

/** Every character n can consume. */
function chars(n: Node): CharSet {
  switch (n.k) {
    case 'char':
      return n.set;
    case 'zero':
    case 'backref':
      return new CharSet();
    case 'alt':
      return n.alts.map(chars).reduce((a, b) => a.union(b), new CharSet());
    case 'seq':
      return n.items.map(chars).reduce((a, b) => a.union(b), new CharSet());
    case 'repeat':
      return chars(n.body);
  }
}

function isLoose(n: Node & { k: 'repeat' }): boolean {
  return n.max === Infinity || n.max > LARGE_REPEAT;
}

/** Does n contain a repeat whose iteration count can vary (max > 1, min ≠ max)? `loose`: only loose ones. */
function containsVariableRepeat(n: Node, loose = false): boolean {
  switch (n.k) {
    case 'repeat':
      return (n.max > 1 && n.min !== n.max && (!loose || isLoose(n))) || containsVariableRepeat(n.body, loose);
    case 'seq':
      return n.items.some((item) => containsVariableRepeat(item, loose));
    case 'alt':
      return n.alts.some((alt) => containsVariableRepeat(alt, loose));
    default:
      return false;
  }
}

function findOverlappingAlternation(n: Node): boolean {
  switch (n.k) {
    case 'alt': {
      for (let i = 0; i < n.alts.length; i++) {
        if (nullable(n.alts[i])) return true;
        for (let j = i + 1; j < n.alts.length; j++) {
          if (first(n.alts[i]).overlaps(first(n.alts[j]))) return true;
        }
      }
      return n.alts.some(findOverlappingAlternation);
    }
    case 'seq':
      return n.items.some(findOverlappingAlternation);
    case 'repeat':
      return findOverlappingAlternation(n.body);
    default:
      return false;
  }
}

/** R3: an optional item of a sequence overlapping the characters of the other items. */
function optionalOverlapsRest(body: Node): boolean {
  const items = body.k === 'seq' ? body.items : [body];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.k === 'zero' || !nullable(item)) continue;
    const own = chars(item);
    for (let j = 0; j < items.length; j++) {
      if (j !== i && chars(items[j]).overlaps(own)) return true;
    }
  }
  return false;
}

/** Characters of loose repeats that can be at the END of a match of n (null = none). */
function looseTail(n: Node): CharSet | null {
  switch (n.k) {
    case 'repeat':
      if (isLoose(n)) return chars(n.body);
      return n.max >= 1 ? looseTail(n.body) : null;
    case 'alt': {
      let s: CharSet | null = null;
      for (const a of n.alts) {
        const t = looseTail(a);
        if (t) s = s ? s.union(t) : t;
      }
      return s;
    }
    case 'seq': {
      let s: CharSet | null = null;
      for (let i = n.items.length - 1; i >= 0; i--) {
        const t = looseTail(n.items[i]);
        if (t) s = s ? s.union(t) : t;
        if (!nullable(n.items[i])) break;
      }
      return s;
    }
    default:
      return null;
  }
}

/** Characters of loose repeats that can be at the START of a match of n. */
function looseHead(n: Node): CharSet | null {
  switch (n.k) {
    case 'repeat':
      if (isLoose(n)) return chars(n.body);
      return n.max >= 1 ? looseHead(n.body) : null;
    case 'alt': {
      let s: CharSet | null = null;
      for (const a of n.alts) {
        const h = looseHead(a);
        if (h) s = s ? s.union(h) : h;
      }
      return s;
    }
    case 'seq': {
      let s: CharSet | null = null;
      for (const item of n.items) {
        const h = looseHead(item);
        if (h) s = s ? s.union(h) : h;
        if (!nullable(item)) break;
      }
      return s;
    }
    default:
      return null;
  }
}

function checkSequence(items: Node[]): void {
  for (let i = 0; i < items.length; i++) {
    const tail = looseTail(items[i]);
    if (!tail) continue;
    for (let j = i + 1; j < items.length; j++) {
      const head = looseHead(items[j]);
      if (head && head.overlaps(tail)) {
        throw new Unsafe('unbounded quantifiers over overlapping characters in sequence (e.g. \\d+\\d+, .*x.*) can backtrack polynomially');
      }
      // Only a mandatory item the first repeat cannot consume separates the two repeats.
      if (!nullable(items[j]) && !chars(items[j]).overlaps(tail)) break;
    }
  }
}

function checkNode(n: Node): void {
  switch (n.k) {
    case 'backref':
      throw new Unsafe('back-references are not allowed');
    case 'seq':
      checkSequence(n.items);
      n.items.forEach(checkNode);
      return;
    case 'alt':
      n.alts.forEach(checkNode);
      return;
    case 'repeat': {
      if (n.max > 1) {
        if (isLoose(n) ? containsVariableRepeat(n.body) : containsVariableRepeat(n.body, true)) {
          throw new Unsafe('nested quantifiers (e.g. (a+)+) can backtrack catastrophically');
        }
        if (findOverlappingAlternation(n.body)) {
          throw new Unsafe('alternatives that can match the same text under a repetition (e.g. (a|a)*) can backtrack catastrophically');
        }
        if (nullable(n.body)) {
          throw new Unsafe('a repeated group that can match the empty string (e.g. (a?)*) can backtrack catastrophically');
        }
        if (optionalOverlapsRest(n.body)) {
          throw new Unsafe('an optional part overlapping the rest of a repeated group (e.g. (a?a)*) can backtrack catastrophically');
        }
      }
      checkNode(n.body);
      return;
    }
    default:
      return;
  }
}

/**
 * Returns null when `pattern` (with `flags`) is a valid regular expression that passes the safety
 * rules, otherwise a message explaining why it is refused.
 */
export function checkPatternSafety(pattern: string, flags = ''): string | null {
  if (typeof pattern !== 'string' || pattern.length === 0) return 'pattern must be a non-empty string';
  if (pattern.length > MAX_PATTERN_LENGTH) return `pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  for (const f of flags) {
    if (!ALLOWED_FLAGS.includes(f)) return `flag '${f}' is not allowed (allowed: ${ALLOWED_FLAGS})`;
  }
  if (new Set(flags).size !== flags.length) return 'duplicate flags';
  try {
    new RegExp(pattern, flags);
  } catch (e) {
    return `invalid regular expression: ${(e as Error).message}`;
  }
  try {
    const ast = new Parser(pattern, flags.includes('i'), flags.includes('u')).parse();
    checkNode(ast);
    return null;
  } catch (e) {
    if (e instanceof Unsafe) return `unsafe pattern: ${e.message}`;
    if (e instanceof ParseError) return `unsupported pattern: ${e.message}`;
    throw e;
  }
}
