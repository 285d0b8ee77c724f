import { LETTERS } from '../normalise/char-table';
import { S_SPACE } from '../normalise/normalise';
import { parseTerm } from '../matcher/term-trie';
import {
  ATOM_ANY,
  ATOM_CAP,
  ATOM_NAME,
  ATOM_NUM,
  ClassResolver,
  CompiledPattern,
  compilePattern,
  F_CAP,
  F_NAME,
  F_NUM,
  F_QUOTED,
  findMatches,
  mayMatch,
  PatternMatch,
  TokenView,
} from '../matcher/phrase-pattern';
import { WORD_CLASSES } from '../lists/word-classes';
import type { PhrasePatternDefinition, PhrasesRule, RuleAction } from '../types';
import { ACTION, bool, isPlainObject, Issues, join, opt, req } from '../validation/schema';
import { defineRule, RuleRuntime } from './rule';

/**
 * `phrases` (content phase): token patterns over the normalised text, in the style of spaCy's
 * rule-based Matcher (syntax in matcher/phrase-pattern.ts), with slots filled from word classes
 * (lists/word-classes.ts). Catches threats, incitement and dehumanisation written without a
 * single listed word: "someone should put a bullet in Smith", "refugees are a plague".
 *
 * Reporting and quotation are exceptions: an `exceptions` pattern that matches in a sentence
 * cancels the rule's hits in that sentence ("according to", "was accused of"), and (with
 * `quotations`) a hit inside double quotes with a reporting verb in the same or a neighbouring
 * sentence is somebody else's words being reported.
 *
 * Every hit is explained: `explanation` names the pattern and the word class of each part, e.g.
 * `wishing someone harm: "I hope" (wish) + "Smith" (name) + "gets shot" (harm wished)`.
 */

const CLASS_NAME = /^[a-z][a-z0-9_]{0,63}$/;
const MAX_PATTERNS = 1000;
const MAX_CLASS_TERMS = 10_000;
const MAX_HITS_PER_RULE = 20;

/** Words that are capitalised without being names (sentence starts, shouting, pronouns). */
const NOT_NAMES = new Set(
  (
    'i a an the this that these those it its we you he she they me my your his her our their them us all some every any no none ' +
    'if when then and but or so what who whom why how where there here yes ok okay oh well also just maybe perhaps please not ' +
    'nobody noone everyone everybody someone somebody anyone anybody one each both many most much more less few several ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'god lord jesus christ lol lmao omg wtf imo imho tbh btw ps edit update breaking news'
  ).split(' '),
);
const ABBREVIATIONS = new Set('mr mrs ms dr st sen rep gov prof gen lt col sgt capt cpt no vs etc jr sr inc ltd co mt ft'.split(' '));

interface ClassInfo {
  name: string;
  label: string;
  terms: string[];
}

function classLabel(name: string): string {
  return WORD_CLASSES[name]?.label ?? name.replace(/_/g, ' ');
}

/** The classes a rule can use: shipped ones (unless builtInClasses is false) and its own. */
function classTable(def: { classes?: Record<string, string[]>; builtInClasses?: boolean }): Map<string, ClassInfo> {
  const table = new Map<string, ClassInfo>();
  if (def.builtInClasses !== false) {
    for (const [name, c] of Object.entries(WORD_CLASSES)) table.set(name, { name, label: c.label, terms: c.terms });
  }
  for (const [name, terms] of Object.entries(def.classes ?? {})) table.set(name, { name, label: classLabel(name), terms });
  return table;
}

/** A class term: one letter (matched token by token) or a term the automaton can match. */
function checkClassTerm(term: string): string | null {
  const t = term.trim().toLowerCase();
  if (/^[a-z]$/.test(t)) return null;
  const parsed = parseTerm(t);
  return typeof parsed === 'string' ? parsed : null;
}

/** Resolves names while validating (no automaton): every class and literal gets an id. */
function validationResolver(table: Map<string, ClassInfo>): ClassResolver {
  let next = 0;
  return {
    classId: (name) => (table.has(name) ? next++ : undefined),
    literalId: (word) => checkClassTerm(word) ?? next++,
  };
}

function patternSource(p: string | PhrasePatternDefinition): string {
  return typeof p === 'string' ? p : p.pattern;
}

interface CompiledPhrase {
  pattern: CompiledPattern;
  action: RuleAction;
  category?: string;
  label: string;
}

export const phrasesRule = defineRule<PhrasesRule>({
  type: 'phrases',
  phase: 'content',
  defaultCategory: 'threat',
  fields: {
    patterns: req((value, path, issues) => {
      if (!Array.isArray(value)) return issues.add(path, 'must be an array of patterns');
      if (value.length === 0) return issues.add(path, 'must contain at least one pattern');
      if (value.length > MAX_PATTERNS) issues.add(path, `must contain at most ${MAX_PATTERNS} patterns`);
    }),
    exceptions: opt((value, path, issues) => {
      if (!Array.isArray(value)) return issues.add(path, 'must be an array of patterns');
      if (value.length > MAX_PATTERNS) issues.add(path, `must contain at most ${MAX_PATTERNS} patterns`);
    }),
    classes: opt((value, path, issues) => {
      if (!isPlainObject(value)) return issues.add(path, 'must be an object of class name → terms');
      for (const [name, terms] of Object.entries(value)) {
        const p = join(path, name);
        if (!CLASS_NAME.test(name)) issues.add(p, 'class names are lower-case letters, digits and _ (starting with a letter)');
        if (!Array.isArray(terms) || terms.length === 0 || terms.length > MAX_CLASS_TERMS) {
          issues.add(p, `must be an array of 1–${MAX_CLASS_TERMS} terms`);
          continue;
        }
        terms.forEach((t, i) => {
          if (typeof t !== 'string') return issues.add(join(p, i), 'must be a string');
          const error = checkClassTerm(t);
          if (error) issues.add(join(p, i), `invalid term ${JSON.stringify(t)}: ${error}`);
        });
      }
    }),
    builtInClasses: opt(bool),
    quotations: opt(bool),
    action: opt(ACTION),
  },
  refine(def: Record<string, unknown>, path: string, issues: Issues) {
    const table = classTable({
      classes: isPlainObject(def.classes) ? (def.classes as Record<string, string[]>) : undefined,
      builtInClasses: def.builtInClasses === false ? false : undefined,
    });
    const resolver = validationResolver(table);
    const check = (source: unknown, p: string): void => {
      if (typeof source !== 'string') return issues.add(p, 'must be a pattern string');
      const compiled = compilePattern(source, resolver);
      if (typeof compiled === 'string') issues.add(p, compiled);
    };
    if (Array.isArray(def.patterns)) {
      def.patterns.forEach((entry, i) => {
        const p = join(join(path, 'patterns'), i);
        if (isPlainObject(entry)) {
          for (const key of Object.keys(entry)) {
            if (!['pattern', 'action', 'category', 'label'].includes(key)) issues.add(join(p, key), `unknown field '${key}' (allowed: pattern, action, category, label)`);
          }
          check(entry.pattern, join(p, 'pattern'));
          if (entry.action !== undefined) ACTION(entry.action, join(p, 'action'), issues);
          if (entry.category !== undefined && (typeof entry.category !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(entry.category))) {
            issues.add(join(p, 'category'), 'must be lower-case letters, digits and dashes');
          }
          if (entry.label !== undefined && (typeof entry.label !== 'string' || entry.label.length === 0 || entry.label.length > 200)) {
            issues.add(join(p, 'label'), 'must be a string of 1–200 characters');
          }
        } else check(entry, p);
      });
    }
    if (Array.isArray(def.exceptions)) def.exceptions.forEach((e, i) => check(e, join(join(path, 'exceptions'), i)));
  },
  compile(def, ctx) {
    const table = classTable(def);
    const ids = new Map<string, number>(); // '@name' or '=literal' → id
    const labels: string[] = [];
    const slots: number[][] = []; // id → term slots (one per id)
    const singleLetters: number[][] = Array.from({ length: 26 }, () => []);
    const register = (key: string, label: string, terms: string[]): number => {
      const known = ids.get(key);
      if (known !== undefined) return known;
      const id = labels.length;
      ids.set(key, id);
      labels.push(label);
      const multi: string[] = [];
      const seen = new Set<string>();
      for (const raw of terms) {
        const t = raw.trim().toLowerCase();
        if (/^[a-z]$/.test(t)) singleLetters[t.charCodeAt(0) - 97].push(id);
        else {
          const parsed = parseTerm(t);
          if (typeof parsed === 'string') continue; // validated before
          const k = parsed.symbols.join(',') + (parsed.stem ? '*' : '');
          if (seen.has(k)) continue;
          seen.add(k);
          multi.push(t);
        }
      }
      slots[id] = multi.length ? [ctx.registerTerms(multi, [])] : [];
      return id;
    };
    const resolver: ClassResolver = {
      classId(name) {
        const c = table.get(name);
        return c ? register('@' + name, c.label, c.terms) : undefined;
      },
      literalId(word) {
        const error = checkClassTerm(word);
        return error ?? register('=' + word.toLowerCase(), '', [word]);
      },
    };
    const mustCompile = (source: string): CompiledPattern => {
      const p = compilePattern(source, resolver);
      if (typeof p === 'string') throw new Error(`unvalidated pattern ${source}: ${p}`);
      return p;
    };
    const ruleAction: RuleAction = def.action ?? 'flag';
    const phrases: CompiledPhrase[] = def.patterns.map((entry) => {
      const pattern = mustCompile(patternSource(entry));
      const d = typeof entry === 'string' ? { pattern: entry } : entry;
      return { pattern, action: d.action ?? ruleAction, category: d.category, label: d.label ?? 'phrase' };
    });
    const exceptions = (def.exceptions ?? []).map(mustCompile);
    const quotations = def.quotations !== false;
    const reportingId = quotations ? resolver.classId('reporting_verb') : undefined;
    const classCount = labels.length;
    const allSlots: number[] = slots.flat();
    const slotClass: number[] = [];
    slots.forEach((list, id) => list.forEach((s) => (slotClass[s] = id)));

    return (rt, emit) => {
      let any = false;
      for (let i = 0; i < allSlots.length && !any; i++) any = rt.termMatches(allSlots[i]).length > 0;
      if (!any) return;
      const tv = buildTokens(rt, classCount, singleLetters);
      for (const slot of allSlots) {
        const id = slotClass[slot];
        for (const m of rt.termMatches(slot)) {
          const from = tokenAt(tv, m.start);
          const to = tokenAt(tv, m.end - 1);
          if (from < 0 || to < from) continue;
          tv.addHit(from, id, to - from + 1);
          // a stem inside a spaced-out run ("m u s l i m s") may end with the run
          if (tv.runEnd[to] > to) tv.addHit(from, id, tv.runEnd[to] - from + 1);
        }
      }
      let excepted: Set<number> | null = null;
      for (const e of exceptions) {
        if (!mayMatch(e, tv)) continue;
        for (const m of findMatches(e, tv, 100)) (excepted ??= new Set()).add(tv.sentence[m.from]);
      }
      const seen = new Set<string>();
      let emitted = 0;
      for (const phrase of phrases) {
        if (emitted >= MAX_HITS_PER_RULE) break;
        if (!mayMatch(phrase.pattern, tv)) continue;
        for (const m of findMatches(phrase.pattern, tv)) {
          const sentence = tv.sentence[m.from];
          if (excepted?.has(sentence)) continue;
          if (reportingId !== undefined && isReportedQuotation(tv, m, reportingId)) continue;
          const start = tv.start[m.from];
          const end = tv.end[m.to - 1];
          const key = `${start}:${end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          emitted++;
          emit({ action: phrase.action, category: phrase.category, start, end, explanation: explain(rt.text, tv, phrase, m, labels) });
        }
      }
    };
  },
});

const view = new TokenView();

/** Tokens of the evaluated text: words of the normalised text (spaced-out runs split into letters), with sentence and quote marks. */
function buildTokens(rt: RuleRuntime, classCount: number, singleLetters: number[][]): TokenView {
  const nt = rt.normalised();
  const text = rt.text;
  view.reset(nt.length + 1, classCount);
  let sentence = 0;
  let quoted = false;
  let prevEnd = 0;
  let prevWord = '';
  let sentenceStart = true;
  const push = (first: number, last: number): void => {
    const start = nt.start[first];
    const end = nt.start[last + 1];
    // gap: sentence ends and quotation marks
    if (view.count > 0 || start > 0) {
      const gap = text.slice(prevEnd, start);
      if (view.count > 0 && /[.!?;:\n]/.test(gap)) {
        const abbreviation = gap.trimStart().startsWith('.') && !/[!?;:\n]/.test(gap) && (ABBREVIATIONS.has(prevWord) || /^[a-z]$/.test(prevWord));
        if (!abbreviation) {
          sentence++;
          sentenceStart = true;
        }
      }
      quoted = quoteState(gap, quoted, view.count === 0);
    }
    const t = view.count++;
    view.runEnd[t] = t;
    view.start[t] = start;
    view.end[t] = end;
    view.sentence[t] = sentence;
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    let flags = quoted ? F_QUOTED : 0;
    const c0 = word[0];
    if (c0 !== c0.toLowerCase()) {
      flags |= F_CAP;
      const shouting = word === word.toUpperCase() && word.length > 4;
      if (!shouting && word.length >= 2 && !NOT_NAMES.has(lower) && !(sentenceStart && lower.endsWith('s'))) flags |= F_NAME;
    }
    if (/^\d+$/.test(word)) flags |= F_NUM;
    view.flags[t] = flags;
    if (first === last) {
      let mask = nt.sym[first] & LETTERS;
      while (mask) {
        const low = mask & -mask;
        mask ^= low;
        for (const id of singleLetters[31 - Math.clz32(low)]) view.addHit(t, id, 1);
      }
    }
    prevEnd = end;
    prevWord = lower;
    sentenceStart = false;
  };
  let first = -1;
  for (let i = 0; i <= nt.length; i++) {
    const space = i === nt.length || (nt.sym[i] & S_SPACE) !== 0;
    if (!space) {
      if (first < 0) first = i;
      continue;
    }
    if (first < 0) continue;
    const last = i - 1;
    // A spaced-out run ("k i l l") was joined into one token: split it back into letters so that
    // class hits starting or ending inside it line up with tokens.
    if (last > first && /[\s._~|/\\-]/.test(text.slice(nt.start[first], nt.start[last + 1]))) {
      const runFirst = view.count;
      for (let k = first; k <= last; k++) push(k, k);
      for (let t = runFirst; t < view.count; t++) view.runEnd[t] = view.count - 1;
    } else push(first, last);
    first = -1;
  }
  return view;
}

/** Updates the inside-quotes state over the characters between two tokens. */
function quoteState(gap: string, quoted: boolean, atStart: boolean): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap[i];
    if (c === '"') quoted = !quoted;
    else if (c === '“' || c === '«' || c === '„') quoted = true;
    else if (c === '”' || c === '»') quoted = false;
    else if (c === "'" || c === '‘' || c === '’') {
      const before = i === 0 ? (atStart ? ' ' : '') : gap[i - 1];
      const after = i + 1 < gap.length ? gap[i + 1] : '';
      if (!quoted && after === '' && (before === '' ? false : /\s/.test(before)) && c !== '’') quoted = true;
      else if (quoted && before === '' && (after === '' || /[\s.,;:!?)]/.test(after)) && c !== '‘') quoted = false;
    }
  }
  return quoted;
}

/** Index of the token containing original offset `offset` (-1 if before the first token). */
function tokenAt(tv: TokenView, offset: number): number {
  let lo = 0;
  let hi = tv.count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tv.start[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A hit entirely inside quotation marks, with a reporting verb in the same or a neighbouring sentence. */
function isReportedQuotation(tv: TokenView, m: PatternMatch, reportingId: number): boolean {
  for (let t = m.from; t < m.to; t++) if (!(tv.flags[t] & F_QUOTED)) return false;
  if (!tv.present[reportingId]) return false;
  const s = tv.sentence[m.from];
  for (let t = 0; t < tv.count; t++) {
    const ts = tv.sentence[t];
    if (ts < s - 1 || ts > s + 1) continue;
    if (tv.flags[t] & F_QUOTED && ts === s) continue; // the quoted words themselves do not attribute
    if (tv.span(t, reportingId) > 0) return true;
  }
  return false;
}

function explain(text: string, tv: TokenView, phrase: CompiledPhrase, m: PatternMatch, labels: string[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < m.steps.length) {
    const step = m.steps[i];
    let to = step.to;
    let j = i + 1;
    while (j < m.steps.length && m.steps[j].element === step.element && m.steps[j].atom === step.atom) to = m.steps[j++].to;
    const words = text.slice(tv.start[step.from], tv.end[to - 1]);
    const label =
      step.atom >= 0 ? labels[step.atom] : step.atom === ATOM_NAME ? 'name' : step.atom === ATOM_CAP ? 'capitalised word' : step.atom === ATOM_NUM ? 'number' : step.atom === ATOM_ANY ? '' : '';
    parts.push(label ? `"${words}" (${label})` : `"${words}"`);
    i = j;
  }
  return `${phrase.label}: ${parts.join(' + ')}`;
}
