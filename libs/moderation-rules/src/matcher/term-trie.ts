import { LETTERS, WILD, primaryLetter } from '../normalise/char-table';
import { NormalisedText, P_END, P_START, S_DIGIT, S_SOFT, S_SPACE } from '../normalise/normalise';

// Module constants, not `Math.clz32` on every step: a global lookup each time costs more where the
// global object is a sandbox's (Jest runs the unit tests in one, where the scan took 3× as long).
const { clz32 } = Math;

/**
 * A trie of normalised terms, walked from every word start of a normalised text.
 *
 * Why not Aho–Corasick? Terms match at WORD boundaries only (a stem `idiot*` is anchored at the
 * start of a word and may end anywhere), so every match starts at a word start: walking the trie
 * from each word start visits each text position a bounded number of times and needs no failure
 * links. The cost per word is the length of the longest trie path it follows — independent of the
 * number of terms. Transitions are a dense `Int32Array` table (27 symbols per node: a..z + space).
 *
 * The walk is a small bounded non-deterministic search because a text symbol can stand for several
 * letters (leetspeak '1' → i|l), any letter (masks: '*', '#', '?'), or a stretched repetition of the
 * previous letter ("fuuuck"); a space in a phrase term matches one separator run, or nothing
 * ("killyourself"). That last choice is built into the scanning table rather than searched (see
 * closeOmittedSpaces): a word that could go on both with and without the phrase space ("is", "i
 * s…") stays on the deterministic path. Guards keep it honest and bounded:
 *  - a match may not start with a mask and may not contain more masked than real letters;
 *  - a match made only of digits is ignored ("455" is a number, not "ass");
 *  - each start position has a fixed step budget.
 */

const ALPHA = 27;
/**
 * A transition entry is `child << 2 | flags`, the flags describing the child (set by freeze()):
 * the walk learns whether the node it moves to is a terminal or has a phrase space without reading
 * that node's own row, one memory access per step instead of three.
 */
const E_TERMINAL = 1;
const E_SPACE = 2;
const SPACE_SYM = 26;
const MAX_STEPS_PER_START = 2048;
const STACK_SIZE = 4096;
const INITIAL_HITS = 4096;
/** Hard cap on hits per scan (a 20,000-character text has at most ~10,000 word starts). */
const MAX_HITS = 1 << 20;

export interface AllowEntry {
  /** Canonical form (see canonicalWord). */
  text: string;
  /** Entry ended with '*': allow every word starting with it. */
  prefix: boolean;
}

export interface TermOutput {
  /** Which term rule (slot) registered this term. */
  slot: number;
  /** Index of the term in its rule's `terms` array. */
  termIndex: number;
  /** The term as written in the rule definition. */
  term: string;
  stem: boolean;
  allow: AllowEntry[];
}

export interface ParsedTerm {
  symbols: number[];
  stem: boolean;
}

const scratch = new NormalisedText(256);

/**
 * Parses a term as written in a rule ("idiot*", "kill yourself", "sh1t") into trie symbols.
 * Returns an error message for unusable terms.
 */
export function parseTerm(raw: string): ParsedTerm | string {
  let text = raw.trim();
  if (text.length === 0) return 'term is empty';
  if (text.length > 200) return 'term is longer than 200 characters';
  let stem = false;
  if (text.endsWith('*')) {
    stem = true;
    text = text.slice(0, -1).trimEnd();
  }
  if (text.includes('*')) return "'*' is only allowed at the end of a term (stem)";
  const view = scratch.normalise(text);
  const symbols: number[] = [];
  let letters = 0;
  for (let i = 0; i < view.length; i++) {
    const m = view.sym[i];
    if (m & S_SPACE) {
      symbols.push(SPACE_SYM);
      continue;
    }
    if (m & WILD) return "masks ('*', '#', '?') are not allowed inside a term";
    const original = text.charCodeAt(view.start[i]) | 0x20;
    let letter: number;
    if (original >= 97 && original <= 122 && view.start[i + 1] - view.start[i] === 1) letter = original - 97;
    else {
      const p = primaryLetter(m & LETTERS);
      if (!p) return `character '${text.slice(view.start[i], view.start[i + 1])}' has no Latin reading`;
      letter = p.charCodeAt(0) - 97;
    }
    symbols.push(letter);
    letters++;
  }
  if (letters < 2) return 'term must contain at least 2 letters';
  if (symbols[0] === SPACE_SYM || symbols[symbols.length - 1] === SPACE_SYM) return 'term must start and end with a letter';
  return { symbols, stem };
}

/**
 * Canonical form of a word for allow-list comparison: primary letters, separators as one space
 * ("Shiitake" → "shiitake", "sh11take" → "shiitake", "Ｔｗａｔｔ" → "twatt"). Repeated letters are
 * kept, so the allow entry "twatt" does not allow "twat".
 */
export function canonicalRange(view: NormalisedText, from: number, to: number): string {
  let s = '';
  let prev = '';
  for (let i = from; i < to; i++) {
    const m = view.sym[i];
    const ch = m & S_SPACE ? ' ' : primaryLetter(m & (LETTERS | WILD));
    if (ch === '' || (ch === ' ' && prev === ' ')) continue;
    s += ch;
    prev = ch;
  }
  return s;
}

export function canonicalWord(text: string): string {
  const view = scratch.normalise(text);
  return canonicalRange(view, 0, view.length);
}

export function compileAllowEntry(raw: string): AllowEntry | string {
  let text = raw.trim();
  let prefix = false;
  if (text.endsWith('*')) {
    prefix = true;
    text = text.slice(0, -1);
  }
  if (text.includes('*')) return "'*' is only allowed at the end of an allow-list entry";
  const canonical = canonicalWord(text);
  if (canonical.replace(/ /g, '').length < 2) return 'allow-list entry must contain at least 2 letters';
  return { text: canonical, prefix };
}

/** Hits of one scan: output index, first and last normalised position. Reused between scans. */
export class HitBuffer {
  count = 0;
  out = new Int32Array(INITIAL_HITS);
  first = new Int32Array(INITIAL_HITS);
  last = new Int32Array(INITIAL_HITS);

  /** Doubles the capacity (word classes of phrase rules match common words, so long texts have many hits). */
  grow(): void {
    const size = this.out.length * 2;
    const copy = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.out = copy(this.out);
    this.first = copy(this.first);
    this.last = copy(this.last);
  }
}

// DFS scratch (the engine is synchronous, so module-level scratch is safe).
const stNode = new Int32Array(STACK_SIZE);
const stPos = new Int32Array(STACK_SIZE);
const stLast = new Int32Array(STACK_SIZE);
const stWild = new Int32Array(STACK_SIZE);
const stReal = new Int32Array(STACK_SIZE);
const stDigits = new Uint8Array(STACK_SIZE);

/** Pushes a search state (trie node after consuming position `pos`) at `sp`; answers the new stack size. */
function push(sp: number, node: number, pos: number, last: number, wild: number, real: number, digits: number): number {
  stNode[sp] = node;
  stPos[sp] = pos;
  stLast[sp] = last;
  stWild[sp] = wild;
  stReal[sp] = real;
  stDigits[sp] = digits;
  return sp + 1;
}

/** soleReading(): more than one reading continues. */
const FORK = -1;

/**
 * Of the readings `letters` (a mask of several letters), the one the trie continues on from the
 * node whose row starts at `base`: its bit, 0 when none continues, FORK when several do.
 */
function soleReading(next: Int32Array, base: number, letters: number): number {
  let only = 0;
  for (let rest = letters; rest !== 0;) {
    const low = rest & -rest;
    rest ^= low;
    if (next[base + 31 - clz32(low)] !== 0) {
      if (only !== 0) return FORK;
      only = low;
    }
  }
  return only;
}

/**
 * Builds "a phrase space may be omitted" into a trie's transitions, so that the walk need not try
 * both ways: every node with a phrase space also gets the letter transitions of the node after
 * that space ("kill" + 'y' → "kill y", so "killyourself" walks straight through). Where the node
 * already has a transition on that letter ("i" + 's' → "is…" and "i s…"), the two subtrees are
 * merged into a new node (memoised by pair, outputs united), which is itself closed in turn: the
 * result accepts exactly what the walk with omitted spaces accepts. `table` holds child ids (no
 * flags) and `outs` the outputs per node; both are extended. Returns null when the merges would
 * make more than `maxNodes` nodes (the caller then keeps the tree and searches the omissions).
 */
/** A scanning table that grows as the closures below append merged nodes. */
class GrowingTable {
  table: Int32Array;
  count: number;

  constructor(rows: Int32Array) {
    this.table = new Int32Array(Math.max(rows.length * 2, ALPHA));
    this.table.set(rows);
    this.count = rows.length / ALPHA;
  }

  /** Appends a node with an empty row and answers its number. */
  add(): number {
    if ((this.count + 1) * ALPHA > this.table.length) {
      const grown = new Int32Array(this.table.length * 2);
      grown.set(this.table);
      this.table = grown;
    }
    return this.count++;
  }

  rows(): Int32Array {
    return this.table.slice(0, this.count * ALPHA);
  }
}

function closeOmittedSpaces(tree: Int32Array, outs: number[][], maxNodes: number): Int32Array | null {
  const t = new GrowingTable(tree);
  const merged = new Map<number, number>();
  const merge = (a: number, b: number): number => {
    if (a === b) return a;
    const key = a < b ? a * 0x4000000 + b : b * 0x4000000 + a;
    const known = merged.get(key);
    if (known !== undefined) return known;
    if (t.count >= maxNodes) return -1;
    const m = t.add();
    merged.set(key, m);
    outs[m] = outs[a].length === 0 ? outs[b] : outs[b].length === 0 ? outs[a] : [...new Set([...outs[a], ...outs[b]])];
    for (let sym = 0; sym < ALPHA; sym++) {
      const ca = t.table[a * ALPHA + sym];
      const cb = t.table[b * ALPHA + sym];
      const child = ca === 0 ? cb : cb === 0 ? ca : merge(ca, cb);
      if (child < 0) return -1;
      t.table[m * ALPHA + sym] = child;
    }
    return m;
  };
  // new nodes are appended and closed by the same loop
  for (let node = 0; node < t.count; node++) {
    const space = t.table[node * ALPHA + SPACE_SYM];
    if (space === 0) continue;
    for (let letter = 0; letter < SPACE_SYM; letter++) {
      const after = t.table[space * ALPHA + letter];
      if (after === 0) continue;
      const own = t.table[node * ALPHA + letter];
      const child = own === 0 ? after : merge(own, after);
      if (child < 0) return null;
      t.table[node * ALPHA + letter] = child;
    }
  }
  return t.rows();
}

/**
 * Builds "a letter may be stretched" into the scanning table, as closeOmittedSpaces does for phrase
 * spaces: the same letter again ("fuuuck"; "good" when a term starts "goo") may stay at the node or
 * follow the trie, and where the trie can follow it the walk used to fork. A subset construction
 * over the (space-closed) table: a node entered by letter L that the trie can follow with L again
 * gets, as its L transition, the node for the set {itself, its L child}; the row of a set node on a
 * symbol is the union of its members' transitions, plus the members themselves on L (all members
 * of a set are entered by the same symbol). Where the trie cannot follow, a plain node still has no
 * L transition and the walk stays without the table. Returns null when that would exceed
 * `maxNodes` nodes. `plain`: for each node whose L transition was given its stay, the transition
 * without it (0: none), for a mask at the end of a word, which may not stand for a repeated letter.
 */
function closeStretches(base: Int32Array, outs: number[][], maxNodes: number): { table: Int32Array; plain: Int32Array } | null {
  const baseCount = base.length / ALPHA;
  const t = new GrowingTable(base);
  // the symbol each node is entered by (-1 for the root)
  const inLetter: number[] = new Array<number>(baseCount).fill(-1);
  for (let i = 0; i < base.length; i++) if (base[i] !== 0) inLetter[base[i]] = i % ALPHA;
  const members: number[][] = [];
  const plain: number[] = [];
  const known = new Map<string, number>();
  const pending: number[] = [];
  const nodeFor = (set: number[]): number => {
    if (set.length === 1) return set[0];
    const key = set.join(',');
    const found = known.get(key);
    if (found !== undefined) return found;
    if (t.count >= maxNodes) return -1;
    const m = t.add();
    known.set(key, m);
    members[m] = set;
    inLetter[m] = inLetter[set[0]];
    const union = new Set<number>();
    for (const k of set) for (const o of outs[k]) union.add(o);
    outs[m] = [...union];
    pending.push(m);
    return m;
  };
  const setOf = (nodes: number[]): number[] => [...new Set(nodes)].sort((a, b) => a - b);
  for (let node = 1; node < baseCount; node++) {
    const letter = inLetter[node];
    if (letter < 0 || letter === SPACE_SYM) continue;
    const again = base[node * ALPHA + letter];
    if (again === 0) continue;
    const both = nodeFor(setOf([node, again]));
    if (both < 0) return null;
    t.table[node * ALPHA + letter] = both;
    plain[node] = again;
  }
  while (pending.length > 0) {
    const m = pending.pop() as number;
    const set = members[m];
    const letter = inLetter[m];
    for (let sym = 0; sym < ALPHA; sym++) {
      const next: number[] = sym === letter ? [...set] : [];
      for (const k of set) if (base[k * ALPHA + sym] !== 0) next.push(base[k * ALPHA + sym]);
      if (next.length === 0) continue;
      const child = nodeFor(setOf(next));
      if (child < 0) return null;
      t.table[m * ALPHA + sym] = child;
    }
    const advance: number[] = [];
    for (const k of set) if (base[k * ALPHA + letter] !== 0) advance.push(base[k * ALPHA + letter]);
    const without = advance.length === 0 ? 0 : nodeFor(setOf(advance));
    if (without < 0) return null;
    plain[m] = without;
  }
  const plainTable = new Int32Array(t.count).fill(-1);
  plain.forEach((child, node) => (plainTable[node] = child));
  return { table: t.rows(), plain: plainTable };
}

/** TermTrie.outFlags: the output has an allow-list; it is a stem. */
export const OUT_ALLOW = 1;
export const OUT_STEM = 2;

/** Cap on the nodes that closeOmittedSpaces may add, as a multiple of the trie's own nodes. */
const MAX_CLOSURE_GROWTH = 4;

export class TermTrie {
  /** The trie as built by add(): a tree, one path per term. */
  private next: Int32Array;
  private outHead: Int32Array;
  private nodeCount = 1;
  private outNextList: number[] = [];
  /** The scanning table made by freeze() from the tree (see closeOmittedSpaces), with flags in its entries. */
  private table = new Int32Array(ALPHA);
  /** Outputs of scanning node n: outList[outFrom[n] .. outFrom[n + 1]). */
  private outFrom = new Int32Array(2);
  private outList = new Int32Array(0);
  /** Whether the table has the omitted phrase spaces built in (false when that would grow it too much). */
  private spacesClosed = false;
  /** Whether the table has stretched letters built in where the trie can also follow them (see closeStretches). */
  private stretchesClosed = false;
  /** closeStretches' transitions without the stretch, by node (-1: the table's own). */
  private plain = new Int32Array(0);
  private dirty = false;
  readonly outputs: TermOutput[] = [];
  /** By output index, made by freeze() for the hit loop: its slot, term index and OUT_* flags. */
  outSlot = new Int32Array(0);
  outTermIndex = new Int32Array(0);
  outFlags = new Uint8Array(0);

  /**
   * @param capacity initial number of nodes
   * @param maxClosureGrowth how many times its own nodes the scanning table may add for omitted
   *   phrase spaces before the trie falls back to searching them (0: always search)
   */
  constructor(
    capacity = 256,
    private readonly maxClosureGrowth = MAX_CLOSURE_GROWTH,
  ) {
    this.next = new Int32Array(capacity * ALPHA);
    this.outHead = new Int32Array(capacity).fill(-1);
  }

  get size(): number {
    return this.nodeCount;
  }

  private grow(): void {
    const capacity = this.outHead.length * 2;
    const next = new Int32Array(capacity * ALPHA);
    next.set(this.next);
    const outHead = new Int32Array(capacity).fill(-1);
    outHead.set(this.outHead);
    this.next = next;
    this.outHead = outHead;
  }

  add(term: ParsedTerm, output: TermOutput): void {
    let node = 0;
    for (const sym of term.symbols) {
      let child = this.next[node * ALPHA + sym] >>> 2;
      if (child === 0) {
        if (this.nodeCount >= this.outHead.length) this.grow();
        child = this.nodeCount++;
        this.next[node * ALPHA + sym] = child << 2;
      }
      node = child;
    }
    const index = this.outputs.length;
    this.outputs.push(output);
    this.outNextList.push(this.outHead[node]);
    this.outHead[node] = index;
    this.dirty = true;
  }

  /** Builds the scanning table from the tree (done automatically before the first scan). */
  freeze(): this {
    const width = this.nodeCount * ALPHA;
    const outs: number[][] = [];
    for (let node = 0; node < this.nodeCount; node++) {
      const list: number[] = [];
      for (let o = this.outHead[node]; o >= 0; o = this.outNextList[o]) list.push(o);
      outs.push(list.reverse()); // in the order the terms were added
    }
    let table = new Int32Array(width);
    for (let i = 0; i < width; i++) table[i] = this.next[i] >>> 2;
    const closed = this.maxClosureGrowth > 0 ? closeOmittedSpaces(table, outs, this.nodeCount * (this.maxClosureGrowth + 1)) : null;
    this.spacesClosed = closed !== null;
    if (closed !== null) table = closed;
    const stretched = closed !== null ? closeStretches(table, outs, this.nodeCount * (this.maxClosureGrowth + 1)) : null;
    this.stretchesClosed = stretched !== null;
    if (stretched !== null) {
      table = stretched.table;
      this.plain = stretched.plain;
    }
    const nodes = table.length / ALPHA;
    // transition entries carry the flags of the node they lead to
    for (let i = 0; i < table.length; i++) {
      const child = table[i];
      if (child !== 0) table[i] = (child << 2) | (outs[child].length > 0 ? E_TERMINAL : 0) | (table[child * ALPHA + SPACE_SYM] !== 0 ? E_SPACE : 0);
    }
    this.table = table;
    this.outFrom = new Int32Array(nodes + 1);
    const flat: number[] = [];
    for (let node = 0; node < nodes; node++) {
      this.outFrom[node] = flat.length;
      for (const o of outs[node]) flat.push(o);
    }
    this.outFrom[nodes] = flat.length;
    this.outList = Int32Array.from(flat);
    this.outSlot = Int32Array.from(this.outputs, (o) => o.slot);
    this.outTermIndex = Int32Array.from(this.outputs, (o) => o.termIndex);
    this.outFlags = Uint8Array.from(this.outputs, (o) => (o.allow.length > 0 ? OUT_ALLOW : 0) | (o.stem ? OUT_STEM : 0));
    this.dirty = false;
    return this;
  }

  /**
   * Finds every term occurrence in `view`. For each (start, output) only the longest match is kept.
   * Results go to `hits` (cleared first).
   */
  scan(view: NormalisedText, hits: HitBuffer): void {
    hits.count = 0;
    if (this.dirty) this.freeze();
    const n = view.length;
    const sym = view.sym;
    const next = this.table;
    const spacesClosed = this.spacesClosed;
    const stretchesClosed = this.stretchesClosed;
    // flags as locals: in CommonJS output an imported constant is a property load (see NormalisedText.normalise)
    const letterMask = LETTERS;
    const wildBit = WILD;
    const pStart = P_START;
    const pEnd = P_END;
    const sDigit = S_DIGIT;
    const sSoft = S_SOFT;
    const sSpace = S_SPACE;

    for (let s = 0; s < n; s++) {
      const m0 = sym[s];
      if ((m0 & pStart) === 0) continue;
      if ((m0 & (sSpace | wildBit)) !== 0) continue;
      const l0 = m0 & letterMask;
      if (l0 === 0) continue;

      const hitBase = hits.count;
      let first = l0;
      if ((l0 & (l0 - 1)) !== 0) {
        // several readings of the first symbol ('1' → i|l): deterministic when only one of them starts a term
        first = soleReading(next, 0, l0);
        if (first === 0) continue;
        if (first === FORK) {
          this.search(view, s, -1, s, 0, 0, 0, m0 & sDigit ? 1 : 0, hitBase, hits);
          if (hits.count >= MAX_HITS) return;
          continue;
        }
      }
      // Fast path: follow the text deterministically while only one continuation is possible:
      // single-letter symbols (or ambiguous ones with one reading in the trie), a separator run
      // into a phrase space ("the journalist"), a letter after a node with a phrase space when the
      // space cannot be omitted there, and a stretched letter the trie cannot advance on ("needs",
      // "cannot"); terminals on the way are recorded. Hand over to the general search at the first
      // mask, soft symbol or real fork. The search would follow the same single path, so the hits
      // (and their order) are the same; only its step budget now starts at the fork.
      let e = next[31 - clz32(first)];
      if (e === 0) continue;
      let node = e >>> 2;
      let p = s;
      let last = first;
      let real = 1;
      let digits = m0 & sDigit ? 1 : 0;
      for (;;) {
        if ((e & E_TERMINAL) !== 0 && digits === 0) this.record(node, s, p, hitBase, sym, hits);
        const q = p + 1;
        if (q >= n) {
          node = 0;
          break;
        }
        const sq = sym[q];
        if ((e & E_SPACE) !== 0) {
          const spaceEntry = next[node * ALPHA + SPACE_SYM];
          const spaceChild = spaceEntry >>> 2;
          if ((sq & sSpace) !== 0) {
            // a separator run: only the phrase space can follow, and only at the end of a word
            if ((sym[p] & pEnd) === 0) {
              node = 0;
              break;
            }
            node = spaceChild;
            e = spaceEntry;
            p = q;
            last = 0;
            continue;
          }
          const ql = sq & letterMask;
          if ((sq & (wildBit | sSoft)) !== 0 || ql === 0 || (ql & (ql - 1)) !== 0) break;
          const letter = 31 - clz32(ql);
          // the same letter again: the table has the stretch built in where the trie follows it too
          if ((ql & last) !== 0) {
            if (!stretchesClosed || next[node * ALPHA + letter] === 0) break;
            real--; // a stretched letter, as below
          }
          if (!spacesClosed && next[spaceChild * ALPHA + letter] !== 0) break; // the space may be omitted here ("killyourself"): a fork
          const ce = next[node * ALPHA + letter];
          if (ce === 0) {
            node = 0;
            break;
          }
          e = ce;
          node = ce >>> 2;
          p = q;
          last = ql;
          real++;
          if ((sq & sDigit) === 0) digits = 0;
          continue;
        }
        if ((sq & wildBit) !== 0) break;
        let ql = sq & letterMask;
        if (ql === 0) {
          node = 0; // a separator or a character with no Latin reading ends the walk
          break;
        }
        const base = node * ALPHA;
        if ((ql & last) !== 0) {
          // the same letter again: stretched ("fuuuck") or doubled ("needs"). Where the trie can also
          // advance, the table has both built in (closeStretches), else that is a fork.
          if ((ql & (ql - 1)) !== 0) break;
          if (next[base + 31 - clz32(ql)] === 0) {
            p = q;
            if ((sq & sDigit) === 0) digits = 0;
            continue;
          }
          if (!stretchesClosed) break;
          real--; // counted as a stretched letter below (the merged node stays too): masks later need real letters
        }
        if ((ql & (ql - 1)) !== 0) {
          // several readings ('v' → u|v): deterministic when the trie continues on one of them only
          ql = soleReading(next, base, ql);
          if (ql === FORK) break;
          if (ql === 0) {
            node = 0;
            break;
          }
        }
        const ce = next[base + 31 - clz32(ql)];
        if (ce === 0) {
          node = 0;
          break;
        }
        e = ce;
        node = ce >>> 2;
        p = q;
        last = ql;
        real++;
        if ((sq & sDigit) === 0) digits = 0;
      }
      if (node !== 0) this.search(view, s, node, p, last, 0, real, digits, hitBase, hits, true);
      if (hits.count >= MAX_HITS) return;
    }
  }

  /** Records the outputs of terminal `node` reached at position p, keeping the longest match per (start, output). */
  private record(node: number, s: number, p: number, hitBase: number, sym: Int32Array, hits: HitBuffer): void {
    const outList = this.outList;
    const outFlags = this.outFlags;
    const pEnd = P_END;
    const canEnd = (sym[p] & pEnd) !== 0;
    for (let j = this.outFrom[node], to = this.outFrom[node + 1]; j < to; j++) {
      const o = outList[j];
      if (!canEnd && (outFlags[o] & OUT_STEM) === 0) continue;
      let k = hitBase;
      while (k < hits.count && hits.out[k] !== o) k++;
      if (k < hits.count) {
        if (p > hits.last[k]) hits.last[k] = p;
      } else if (hits.count < MAX_HITS) {
        if (k === hits.out.length) hits.grow();
        hits.out[k] = o;
        hits.first[k] = s;
        hits.last[k] = p;
        hits.count++;
      }
    }
  }

  /**
   * Bounded depth-first search from a state (node after consuming position p). With node = -1,
   * starts at the root before position p.
   */
  private search(
    view: NormalisedText,
    s: number,
    startNode: number,
    startPos: number,
    startLast: number,
    startWild: number,
    startReal: number,
    startDigits: number,
    hitBase: number,
    hits: HitBuffer,
    startRecorded = false,
  ): void {
    const n = view.length;
    const sym = view.sym;
    const next = this.table;
    const outFrom = this.outFrom;
    const omit = !this.spacesClosed;
    const stretched = this.stretchesClosed;
    const letterMask = LETTERS;
    const wildBit = WILD;
    const pEnd = P_END;
    const sDigit = S_DIGIT;
    const sSoft = S_SOFT;
    const sSpace = S_SPACE;
    let sp = 0;

    if (startNode < 0) {
      let letters = sym[startPos] & letterMask;
      while (letters !== 0) {
        const low = letters & -letters;
        letters ^= low;
        const child = next[31 - clz32(low)] >>> 2;
        if (child !== 0) sp = push(sp, child, startPos, low, 0, 1, startDigits);
      }
    } else {
      sp = push(0, startNode, startPos, startLast, startWild, startReal, startDigits);
    }

    let budget = MAX_STEPS_PER_START;
    let skipTerminal = startRecorded; // the fast path has recorded the start state's terminal
    while (sp > 0 && budget-- > 0) {
      sp--;
      const node = stNode[sp];
      const p = stPos[sp];
      const lastMask = stLast[sp];
      const wild = stWild[sp];
      const real = stReal[sp];
      const digits = stDigits[sp];

      // 1. Terminal?
      if (skipTerminal) skipTerminal = false;
      else if (outFrom[node + 1] > outFrom[node] && digits === 0 && wild <= real) this.record(node, s, p, hitBase, sym, hits);

      // 2. Transitions on the next symbol.
      const q = p + 1;
      if (q >= n) continue;
      const sq = sym[q];
      const spaceChild = next[node * ALPHA + SPACE_SYM] >>> 2;
      if (sq & sSpace) {
        if (spaceChild !== 0 && sym[p] & pEnd && sp < STACK_SIZE) sp = push(sp, spaceChild, q, 0, wild, real, digits);
        continue;
      }
      if (spaceChild !== 0 && sp + 2 <= STACK_SIZE) {
        // a phrase space after trailing symbols: "kill!!! yourself"
        if (sym[p] & pEnd && sq & sSoft) {
          let r = q;
          while (r < n && sym[r] & sSoft) r++;
          if (r < n && sym[r] & sSpace) sp = push(sp, spaceChild, r, 0, wild, real, digits);
        }
        // a phrase space may be omitted: "killyourself" (unless the table has that built in)
        if (omit) sp = push(sp, spaceChild, p, 0, wild, real, digits);
      }
      if (sq & wildBit) {
        if (wild > real) continue;
        const base = node * ALPHA;
        // a mask ending the word may not stand for a repeated letter: there the stretch built into the table is left out
        const plainChild = stretched && (sq & pEnd) !== 0 ? this.plain[node] : -1;
        for (let letter = 0; letter < 26 && sp < STACK_SIZE; letter++) {
          const child = plainChild >= 0 && 1 << letter === lastMask ? plainChild : next[base + letter] >>> 2;
          if (child !== 0) sp = push(sp, child, q, 1 << letter, wild + 1, real, 0);
        }
        if (lastMask !== 0 && (sq & pEnd) === 0 && sp < STACK_SIZE) {
          // a masked repeated letter inside the word ("sh**t"), not trailing punctuation ("*fuck*")
          sp = push(sp, node, q, lastMask, wild + 1, real, 0);
        }
        continue;
      }
      let qLetters = sq & letterMask;
      const qDigits = sq & sDigit ? digits : 0;
      const base = node * ALPHA;
      if ((qLetters & lastMask) !== 0 && sp < STACK_SIZE && (!stretched || (lastMask & (lastMask - 1)) !== 0 || next[base + 31 - clz32(lastMask)] === 0)) {
        // stretched letter: "fuuuck", "shiiit" (built into the table where the trie also advances)
        sp = push(sp, node, q, lastMask, wild, real, qDigits);
      }
      while (qLetters !== 0) {
        const low = qLetters & -qLetters;
        qLetters ^= low;
        const child = next[base + 31 - clz32(low)] >>> 2;
        // the same letter through a stretch built into the table counts as stretched, not as a real letter
        if (child !== 0 && sp < STACK_SIZE) sp = push(sp, child, q, low, wild, stretched && low === lastMask ? real : real + 1, qDigits);
      }
    }
  }
}

/** Position just after the word containing `p` (for stems: report the whole word "idiotic"). */
export function wordEnd(view: NormalisedText, p: number): number {
  let q = p;
  while (q + 1 < view.length && !(view.sym[q + 1] & S_SPACE) && !(view.sym[q] & P_END)) q++;
  return q;
}

/** Start of the token containing position p. */
export function tokenStart(view: NormalisedText, p: number): number {
  let q = p;
  while (q > 0 && !(view.sym[q - 1] & S_SPACE)) q--;
  return q;
}

/** Position after the token containing position p (exclusive). */
export function tokenEnd(view: NormalisedText, p: number): number {
  let q = p;
  while (q < view.length && !(view.sym[q] & S_SPACE)) q++;
  return q;
}
