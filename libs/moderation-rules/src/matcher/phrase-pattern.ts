/**
 * Token patterns in the style of spaCy's rule-based `Matcher`, over the engine's normalised text.
 *
 * A pattern is a sequence of ELEMENTS separated by spaces. An element is one or more ATOMS joined
 * by `|`, optionally negated with a leading `!` and followed by an operator:
 *
 *   @class      a word class (its terms are matched by the shared term automaton, so they survive
 *               the same obfuscations as banned terms: "k1ll", "sh00t", "r@ts", "m u s l i m s")
 *   word        a literal word or phrase word ("kill", "ll"); `word*` matches words starting with it
 *   _           any one token
 *   #Name       a capitalised token that looks like a name (not a capitalised function word; at the
 *               start of a sentence only when it does not end in "s": "Smith should…" yes,
 *               "Prisoners should…" no)
 *   #Cap        any token starting with a capital letter
 *   #Num        a number written in digits ("14")
 *   #Laugh      laughter or affection written as an emoji (😂 🤣 😆 😅 😹 😘 🥰 ❤ 💕): the normaliser reads emoji as
 *               spaces, so the token view gives each run of them a token of its own, in the sentence before it
 *   !atom       one token that matches none of the atoms, or the end of the sentence (nothing follows, so
 *               nothing it excludes follows: "aren't people !who" matches "Roma aren't people.")
 *   <!atom      looks back without taking a token: the token before this point matches none of the atoms
 *               (or there is none in the sentence): "see it coming _{0,3} <!not|no surprise" takes "see it
 *               coming. Surprise 80th" and "see it coming, a surprise" but not "see it coming, no surprise"
 *   ^element    the element's first token starts a sentence (imperatives: "^@violent_verb …")
 *   ?  +  *     optional, one or more (at most 4), zero or more (at most 4); `{m,n}` (n ≤ 6)
 *
 * A class term may span several tokens ("someone should", "i'll", "blow up"); the element then
 * consumes all of them. Matches do not cross a sentence boundary unless the compiled pattern says
 * so (`acrossSentences`).
 *
 * Compilation turns every literal and class into a CLASS ID; the caller registers each class's
 * terms with the shared term automaton and fills a TokenView with the hits. Matching is a bounded
 * search from each token where the pattern's first element can match: patterns are at most 16
 * elements and repetition is bounded, so the work per start token is bounded by a constant that
 * depends only on the pattern, and the total is linear in the length of the text.
 */

export const ATOM_ANY = -1;
export const ATOM_NAME = -2;
export const ATOM_CAP = -3;
export const ATOM_NUM = -4;
export const ATOM_LAUGH = -5;

export interface PatternElement {
  /** Class ids (>= 0) or ATOM_* specials. */
  atoms: number[];
  negate: boolean;
  /** `<!`: a look-behind that takes no token (min and max are 0): the token before matches none of the atoms. */
  behind: boolean;
  min: number;
  max: number;
  /** `^`: the element's first token must start a sentence. */
  anchored: boolean;
  /** The element as written (for explanations). */
  source: string;
}

export interface CompiledPattern {
  elements: PatternElement[];
  /** Class ids that must occur in the text for the pattern to possibly match (one list per required element). */
  required: number[][];
  /** The match may cross sentence boundaries (PhrasePatternDefinition.scope 'comment'). */
  acrossSentences?: boolean;
}

export const MAX_PATTERN_ELEMENTS = 16;
const MAX_REPEAT = 4;
const MAX_BOUND = 6;

/** Resolves `@class` names and literal words to class ids (creating literal classes on demand). */
export interface ClassResolver {
  classId(name: string): number | undefined;
  literalId(word: string): number | string;
}

const ELEMENT_RE = /^(\^?!?|<!)([^?+*{}^<]+)(\?|\+|\*|\{(\d),(\d)\})?$/;
const LITERAL_RE = /^[\p{L}\p{N}'’-]+\*?$/u;

/** Parses a pattern; returns an error message when it is unusable. */
export function compilePattern(source: string, resolver: ClassResolver): CompiledPattern | string {
  const parts = source.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return 'pattern is empty';
  if (parts.length > MAX_PATTERN_ELEMENTS) return `pattern has more than ${MAX_PATTERN_ELEMENTS} elements`;
  const elements: PatternElement[] = [];
  for (const part of parts) {
    const m = ELEMENT_RE.exec(part);
    if (!m) return `cannot read element ${JSON.stringify(part)}`;
    const behind = m[1] === '<!';
    const negate = m[1].endsWith('!') && !behind;
    const anchored = m[1].startsWith('^');
    let min = 1;
    let max = 1;
    if (behind && m[3]) return `a look-behind cannot repeat: ${JSON.stringify(part)}`;
    if (m[3] === '?') min = 0;
    else if (m[3] === '+') max = MAX_REPEAT;
    else if (m[3] === '*') {
      min = 0;
      max = MAX_REPEAT;
    } else if (m[3]) {
      min = Number(m[4]);
      max = Number(m[5]);
      if (max < min || max > MAX_BOUND || max === 0) return `bad repetition in ${JSON.stringify(part)} (need {m,n} with m ≤ n ≤ ${MAX_BOUND}, n ≥ 1)`;
    }
    if (negate && (min !== 1 || max !== 1)) return `a negated element cannot repeat: ${JSON.stringify(part)}`;
    const atoms: number[] = [];
    for (const atom of m[2].split('|')) {
      if (atom === '') return `empty alternative in ${JSON.stringify(part)}`;
      if (atom === '_') atoms.push(ATOM_ANY);
      else if (atom === '#Name') atoms.push(ATOM_NAME);
      else if (atom === '#Cap') atoms.push(ATOM_CAP);
      else if (atom === '#Num') atoms.push(ATOM_NUM);
      else if (atom === '#Laugh') atoms.push(ATOM_LAUGH);
      else if (atom.startsWith('@')) {
        const id = resolver.classId(atom.slice(1));
        if (id === undefined) return `unknown word class ${JSON.stringify(atom)}`;
        atoms.push(id);
      } else if (atom.startsWith('#')) return `unknown attribute ${JSON.stringify(atom)} (known: #Name, #Cap, #Num, #Laugh)`;
      else {
        if (!LITERAL_RE.test(atom)) return `cannot read word ${JSON.stringify(atom)}`;
        const id = resolver.literalId(atom);
        if (typeof id === 'string') return `word ${JSON.stringify(atom)}: ${id}`;
        atoms.push(id);
      }
    }
    if ((negate || behind) && atoms.includes(ATOM_ANY)) return `'${m[1]}_' never matches: ${JSON.stringify(part)}`;
    // a look-behind takes no token (its element cannot be negated with `!`, anchored or repeated: the syntax above refuses those)
    elements.push({ atoms, negate, behind, anchored, min: behind ? 0 : min, max: behind ? 0 : max, source: part });
  }
  if (elements.every((e) => e.min === 0)) return 'pattern must have at least one required element';
  const required = elements.filter((e) => e.min > 0 && !e.negate && e.atoms.every((a) => a >= 0)).map((e) => e.atoms);
  return { elements, required };
}

/**
 * Tokens of one text with the class hits that start at each token. Built per evaluation into
 * reusable buffers (the engine is synchronous).
 */
export class TokenView {
  count = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  sentence = new Int32Array(256);
  /** F_* bits */
  flags = new Uint8Array(256);
  /** Last token of the spaced-out run ("k i l l") this token belongs to (the token itself otherwise). */
  runEnd = new Int32Array(256);
  /** Linked lists of class hits per token. */
  head = new Int32Array(256);
  hitNext = new Int32Array(256);
  hitClass = new Int32Array(256);
  hitSpan = new Int32Array(256);
  hitCount = 0;
  /** Which classes occur at all (by id); reset through `present`. */
  present = new Uint8Array(64);
  /** By original offset: the last token starting at or before it (-1 before the first); see indexOffsets(). */
  tokenOf = new Int32Array(1024);
  private presentList: number[] = [];

  reset(tokens: number, classes: number): void {
    if (this.start.length < tokens) {
      let size = this.start.length;
      while (size < tokens) size *= 2;
      this.start = new Int32Array(size);
      this.end = new Int32Array(size);
      this.sentence = new Int32Array(size);
      this.flags = new Uint8Array(size);
      this.runEnd = new Int32Array(size);
      this.head = new Int32Array(size);
    }
    if (this.present.length < classes) this.present = new Uint8Array(classes * 2);
    for (const c of this.presentList) this.present[c] = 0;
    this.presentList.length = 0;
    this.head.fill(-1, 0, tokens);
    this.count = 0;
    this.hitCount = 0;
  }

  /**
   * Fills `tokenOf` for offsets [0, length): the token a term hit's offset falls in, looked up for
   * every hit instead of a binary search over the tokens' starts.
   */
  indexOffsets(length: number): void {
    if (this.tokenOf.length < length) {
      let size = this.tokenOf.length;
      while (size < length) size *= 2;
      this.tokenOf = new Int32Array(size);
    }
    const tokenOf = this.tokenOf;
    const start = this.start;
    const count = this.count;
    let t = -1;
    for (let offset = 0; offset < length; offset++) {
      while (t + 1 < count && start[t + 1] <= offset) t++;
      tokenOf[offset] = t;
    }
  }

  addHit(token: number, classId: number, span: number): void {
    if (this.hitCount === this.hitClass.length) {
      const size = this.hitClass.length * 2;
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(size);
        b.set(a);
        return b;
      };
      this.hitNext = grow(this.hitNext);
      this.hitClass = grow(this.hitClass);
      this.hitSpan = grow(this.hitSpan);
    }
    const h = this.hitCount++;
    this.hitClass[h] = classId;
    this.hitSpan[h] = span;
    this.hitNext[h] = this.head[token];
    this.head[token] = h;
    if (!this.present[classId]) {
      this.present[classId] = 1;
      this.presentList.push(classId);
    }
  }

  /** Span (in tokens) of the longest hit of `classId` starting at `token`, 0 if none. */
  span(token: number, classId: number): number {
    let best = 0;
    for (let h = this.head[token]; h >= 0; h = this.hitNext[h]) {
      if (this.hitClass[h] === classId && this.hitSpan[h] > best) best = this.hitSpan[h];
    }
    return best;
  }
}

export const F_CAP = 1;
export const F_NAME = 2;
export const F_QUOTED = 4;
export const F_NUM = 8;
/** A token made for a run of laughing or loving emoji (#Laugh). */
export const F_LAUGH = 16;

/** The emoji #Laugh reads: laughter and affection (the `unlessNear` lists of the fond insults read them too). */
export const LAUGHING_EMOJI: readonly string[] = ['😂', '🤣', '😆', '😅', '😹', '😘', '🥰', '❤', '💕'];
const LAUGHING_CODE_POINTS = new Set(LAUGHING_EMOJI.map((e) => e.codePointAt(0) as number));

/** The length in code units of the laughing or loving emoji at text[i], 0 if none starts there. */
export function laughterAt(text: string, i: number): number {
  if (text.charCodeAt(i) < 0x2764) return 0; // below the first of them: letters, digits, punctuation
  const c = text.codePointAt(i) as number;
  return LAUGHING_CODE_POINTS.has(c) ? (c > 0xffff ? 2 : 1) : 0;
}

/** One step of a match: element `element` consumed tokens [from, to) through atom `atom`. */
export interface MatchStep {
  element: number;
  atom: number;
  from: number;
  to: number;
}

export interface PatternMatch {
  from: number;
  to: number;
  steps: MatchStep[];
}

const MAX_STEPS = 4096;

/** Can the pattern match at all in this text (every required element has a class that occurs)? `present` is indexed by class id. */
export function mayMatch(p: CompiledPattern, present: Uint8Array): boolean {
  for (const atoms of p.required) {
    let any = false;
    for (const a of atoms) {
      if (present[a]) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

/** Finds non-overlapping matches of `p`, leftmost first. */
export function findMatches(p: CompiledPattern, view: TokenView, limit = 20): PatternMatch[] {
  const found: PatternMatch[] = [];
  let t = 0;
  if (!mayMatch(p, view.present)) return found;
  while (t < view.count && found.length < limit) {
    const m = matchAt(p, view, t);
    if (m) {
      found.push(m);
      t = Math.max(m.to, t + 1);
    } else t++;
  }
  return found;
}

function atomSpan(view: TokenView, t: number, atom: number): number {
  if (atom >= 0) return view.span(t, atom);
  if (atom === ATOM_ANY) return 1;
  if (atom === ATOM_NAME) return view.flags[t] & F_NAME ? 1 : 0;
  if (atom === ATOM_NUM) return view.flags[t] & F_NUM ? 1 : 0;
  if (atom === ATOM_LAUGH) return view.flags[t] & F_LAUGH ? 1 : 0;
  return view.flags[t] & F_CAP ? 1 : 0;
}

// Search state (the engine is synchronous: module-level state, no closures per attempt).
let curEls: PatternElement[] = [];
let curView: TokenView;
let curSentence = 0;
let budget = 0;
const stepElement: number[] = [];
const stepAtom: number[] = [];
const stepFrom: number[] = [];
const stepTo: number[] = [];
let stepCount = 0;

function inSentence(t: number): boolean {
  return t < curView.count && (curSentence < 0 || curView.sentence[t] === curSentence);
}

function search(e: number, rep: number, t: number): number {
  if (--budget < 0) return -1;
  if (e === curEls.length) return t;
  const el = curEls[e];
  if (el.behind) {
    // the token before t, if the sentence has one (before the match's start when the look-behind comes first)
    if (t > 0 && inSentence(t - 1)) for (const a of el.atoms) if (atomSpan(curView, t - 1, a) > 0) return -1;
    return search(e + 1, 0, t);
  }
  // Lazy: try leaving the element first when its minimum is reached.
  if (rep >= el.min) {
    const r = search(e + 1, 0, t);
    if (r >= 0) return r;
  }
  if (rep >= el.max) return -1;
  if (!inSentence(t)) return el.negate ? search(e + 1, 0, t) : -1;
  const view = curView;
  if (el.anchored && rep === 0 && !startsSentence(view, t)) return -1;
  if (el.negate) {
    for (const a of el.atoms) if (atomSpan(view, t, a) > 0) return -1;
    return take(e, rep, t, ATOM_ANY, 1, 1);
  }
  const atoms = el.atoms;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    if (a >= 0) {
      // every hit of the class at t (a class may match several lengths here)
      for (let h = view.head[t]; h >= 0; h = view.hitNext[h]) {
        if (view.hitClass[h] !== a) continue;
        const r = take(e, rep, t, a, view.hitSpan[h], el.max);
        if (r >= 0) return r;
      }
      continue;
    }
    const span = atomSpan(view, t, a);
    if (span === 0) continue;
    const r = take(e, rep, t, a, span, el.max);
    if (r >= 0) return r;
  }
  return -1;
}

/** Token t is the first of its sentence but for laughter before it ("😂 kill them all" starts with "kill"). */
function startsSentence(view: TokenView, t: number): boolean {
  let p = t - 1;
  while (p >= 0 && view.flags[p] & F_LAUGH) p--;
  return p < 0 || view.sentence[p] !== view.sentence[t];
}

function take(e: number, rep: number, t: number, a: number, span: number, max: number): number {
  if (!inSentence(t + span - 1)) return -1;
  const k = stepCount++;
  stepElement[k] = e;
  stepAtom[k] = a;
  stepFrom[k] = t;
  stepTo[k] = t + span;
  // a negated element consumes exactly one token: move on to the next element
  const r = max === 1 ? search(e + 1, 0, t + span) : search(e, rep + 1, t + span);
  if (r >= 0) return r;
  stepCount = k;
  return -1;
}

/** Bounded depth-first search for a match starting at token `s`. */
export function matchAt(p: CompiledPattern, view: TokenView, s: number): PatternMatch | null {
  curEls = p.elements;
  curView = view;
  curSentence = p.acrossSentences ? -1 : view.sentence[s];
  budget = MAX_STEPS;
  stepCount = 0;
  const end = search(0, 0, s);
  if (end < 0 || end === s) return null;
  const steps: MatchStep[] = [];
  for (let k = 0; k < stepCount; k++) steps.push({ element: stepElement[k], atom: stepAtom[k], from: stepFrom[k], to: stepTo[k] });
  return { from: s, to: end, steps };
}
