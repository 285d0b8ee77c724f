import { LETTERS } from '../normalise/char-table';
import { S_SPACE } from '../normalise/normalise';
import { parseTerm } from '../matcher/term-trie';
import {
  ATOM_ANY,
  ATOM_CAP,
  ATOM_LAUGH,
  ATOM_NAME,
  ATOM_NUM,
  ClassResolver,
  CompiledPattern,
  compilePattern,
  F_CAP,
  F_LAUGH,
  F_NAME,
  F_NUM,
  F_QUOTED,
  laughterAt,
  matchAt,
  mayMatch,
  PatternMatch,
  TokenView,
} from '../matcher/phrase-pattern';
import { WORD_CLASSES } from '../lists/word-classes';
import type { PhraseExceptionDefinition, PhrasesRule, RuleAction } from '../types';
import { ACTION, bool, isPlainObject, Issues, join, opt, req } from '../validation/schema';
import { CompileContext, defineRule, RuleRuntime } from './rule';

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
const MAX_PATTERNS = 2000;
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
/** Endings of plural common nouns: a capitalised word with one at a sentence start is not taken for a name ("Prisoners should…", but "Harris should…"). */
const PLURAL_NOUN = /(?:ists|ants|ents|ians|ers|ors|ees|als|ies|ves|ics|ces|ses|ions|ites|ims)$/;
/**
 * Words found in nearly every comment. Word-class terms among them are matched by a second,
 * deferred automaton that only runs once the rarer words of some pattern are all present; until
 * then their classes are taken as present. This changes no result, only how often the frequent
 * words are looked for.
 */
const FREQUENT_WORDS = new Set(
  (
    'the a an to of and or but in on at by for from with as into about up out over so if not no ' +
    'is are was were be been being am has have had do does did will would should could can may might must shall ' +
    'i me my we us our he him his she her it its they them their this that these those there here ' +
    'who what which when where how all any some one just very really also than then more most only'
  ).split(' '),
);
/** @internal How often the phrase rules built a token view (a test checks that everyday words alone never make them). */
export const phraseWork = { tokenViews: 0 };
/**
 * The next most common words of English after FREQUENT_WORDS (by the share of the Brown corpus's
 * sentences they occur in). Only the choice of each pattern's anchor reads them: a pattern is
 * looked at first through the group least likely to occur, so that most comments touch few patterns.
 */
const COMMON_WORDS = new Set(
  (
    'you said other new time two first now like such man even made after before many back through years ' +
    'much well down way because each your little people too make good still world see own work long men ' +
    'get state both between under life while another last never know same day old great off come year ' +
    'since came go take against right three used few himself house use during place without again around ' +
    'states however home american found small thought went say once part high general got left every upon ' +
    'course until away always school number fact though united war put something think almost enough took ' +
    'far less head yet hand public water set told night nothing find asked end why later called better ' +
    'going eyes look next give system knew government program point toward days given young present ' +
    'several rather possible let second city group president room business important often early face ' +
    'looked among order social national things need case side large white within along big become felt ' +
    'form four saw john best least ever children seemed thing power interest although development mind ' +
    'others turned light want area country open family members church thus problem done kind began help ' +
    'matter door certain whole perhaps sense means itself per service times god different example york ' +
    'line show above human name either gave today taken quite across local past company anything seen ' +
    'action'
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

function patternSource(p: string | PhraseExceptionDefinition): string {
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
    const checkScope = (scope: unknown, p: string): void => {
      if (scope !== undefined && scope !== 'sentence' && scope !== 'comment') issues.add(p, "must be 'sentence' or 'comment'");
    };
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
            if (!['pattern', 'action', 'category', 'label', 'scope'].includes(key))
              issues.add(join(p, key), `unknown field '${key}' (allowed: pattern, action, category, label, scope)`);
          }
          check(entry.pattern, join(p, 'pattern'));
          if (entry.action !== undefined) ACTION(entry.action, join(p, 'action'), issues);
          if (entry.category !== undefined && (typeof entry.category !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(entry.category))) {
            issues.add(join(p, 'category'), 'must be lower-case letters, digits and dashes');
          }
          checkScope(entry.scope, join(p, 'scope'));
          if (entry.label !== undefined && (typeof entry.label !== 'string' || entry.label.length === 0 || entry.label.length > 200)) {
            issues.add(join(p, 'label'), 'must be a string of 1–200 characters');
          }
        } else check(entry, p);
      });
    }
    if (Array.isArray(def.exceptions)) {
      def.exceptions.forEach((entry, i) => {
        const p = join(join(path, 'exceptions'), i);
        if (!isPlainObject(entry)) return check(entry, p);
        for (const key of Object.keys(entry))
          if (key !== 'pattern' && key !== 'scope') issues.add(join(p, key), `unknown field '${key}' (allowed: pattern, scope)`);
        check(entry.pattern, join(p, 'pattern'));
        checkScope(entry.scope, join(p, 'scope'));
      });
    }
  },
  compile(def, ctx) {
    const registry = registryFor(ctx);
    const table = classTable(def);
    const own = new Set(Object.keys(def.classes ?? {}));
    const resolver: ClassResolver = {
      classId(name) {
        const c = table.get(name);
        if (!c) return undefined;
        // shipped classes are shared by all phrase rules of the rule set; a rule's own classes are its own
        const key = own.has(name) ? `@${def.id}:${name}` : `@${name}`;
        return registry.classId(key, c.label, c.terms);
      },
      literalId(word) {
        const error = checkClassTerm(word);
        return error ?? registry.classId('=' + word.toLowerCase(), '', [word]);
      },
    };
    const mustCompile = (source: string): CompiledPattern => {
      const p = compilePattern(source, resolver);
      if (typeof p === 'string') throw new Error(`unvalidated pattern ${source}: ${p}`);
      return p;
    };
    const ruleAction: RuleAction = def.action ?? 'flag';
    /** A pattern or an exception, as a string or an object with a scope: `comment` lets it run on into later sentences. */
    const compileEntry = (entry: string | PhraseExceptionDefinition): CompiledPattern => {
      const pattern = mustCompile(patternSource(entry));
      if (typeof entry !== 'string' && entry.scope === 'comment') pattern.acrossSentences = true;
      return pattern;
    };
    const phrases: CompiledPhrase[] = def.patterns.map((entry) => {
      const d = typeof entry === 'string' ? { pattern: entry } : entry;
      return { pattern: compileEntry(entry), action: d.action ?? ruleAction, category: d.category, label: d.label ?? 'phrase' };
    });
    const exceptions = (def.exceptions ?? []).map(compileEntry);
    const reportingId = def.quotations !== false ? resolver.classId('reporting_verb') : undefined;
    const exceptionStarts = new StartIndex(exceptions);
    const phraseStarts = new StartIndex(phrases.map((p) => p.pattern));
    // The cheap test's view of each pattern: its required elements that the term matches can rule
    // out. Elements with a class of frequent words or single letters are taken as present, as are
    // #Cap and #Name; #Num needs an ASCII digit somewhere in the text. Encoded per pattern as
    // groups of class ids, with -1 in a group standing for #Num. Only the terms of classes in these
    // groups are looked for in every comment; the others wait for the token view (deferred).
    const gate = phrases.map((p) => {
      const groups = p.pattern.elements
        .filter((el) => el.min > 0 && !el.negate)
        .filter((el) => el.atoms.every((a) => a >= 0 || a === ATOM_NUM) && !el.atoms.some((a) => a >= 0 && registry.assumedPresent(a)))
        .map((el) => el.atoms.map((a) => (a === ATOM_NUM ? -1 : a)));
      // A group of whole phrases ("shame if", "a drive he doesn't come back from") is sharp enough alone:
      // the pattern's other groups are then checked on the token view only, and their terms need not
      // be looked for in every comment. Of several such groups, the one with the fewest terms.
      const phraseGroups = groups.filter((g) => g.every((a) => a >= 0 && registry.phraseTermCount(a) > 0));
      if (phraseGroups.length === 0) return groups;
      const size = (g: number[]): number => g.reduce((n, a) => n + registry.phraseTermCount(a), 0);
      return [phraseGroups.reduce((best, g) => (size(g) < size(best) ? g : best))];
    });
    registry.registerTerms(ctx, new Set(gate.flat(2).filter((a) => a >= 0)));
    const gateId = registry.registerGate(gate);
    return (rt, emit) => {
      // Cheap test first: do the classes that some pattern requires occur at all? Most comments stop here.
      if (!registry.possible(rt, gateId)) return;
      const tv = registry.view(rt);
      if (tv === null) return;
      rt.noteWork(); // matching over the token view grows with the text
      // sentence → first token of an exception in it: an exception cancels the hits of its sentence
      // that end after it starts ("according to police, …", "accused of saying …"), not those before
      // it ("she should be shot for what she wrote"); a hit that runs on into later sentences
      // (scope "comment") belongs to each of them. Looked for once a pattern has matched.
      let excepted: Map<number, number> | null = null;
      let exceptionsFound = false;
      const spans: number[] = []; // start, end pairs already reported: overlapping hits are one hit
      let emitted = 0;
      phraseStarts.run(
        tv,
        (index, m) => {
          if (emitted >= MAX_HITS_PER_RULE) return false;
          if (!exceptionsFound) {
            exceptionsFound = true;
            exceptionStarts.run(tv, (_, x) => {
              // an exception that runs on into later sentences (scope "comment") cancels their hits from their first token
              for (let s = tv.sentence[x.from], last = tv.sentence[x.to - 1]; s <= last; s++) {
                const from = s === tv.sentence[x.from] ? x.from : -1;
                const known = (excepted ??= new Map()).get(s);
                if (known === undefined || from < known) excepted.set(s, from);
              }
              return true;
            });
          }
          const phrase = phrases[index];
          if (excepted !== null) {
            for (let s = tv.sentence[m.from], last = tv.sentence[m.to - 1]; s <= last; s++) {
              const exceptionAt = excepted.get(s);
              if (exceptionAt !== undefined && exceptionAt < m.to) return true;
            }
          }
          if (reportingId !== undefined && isReportedQuotation(tv, m, reportingId)) return true;
          const start = tv.start[m.from];
          const end = tv.end[m.to - 1];
          for (let k = 0; k < spans.length; k += 2) if (start < spans[k + 1] && end > spans[k]) return true;
          spans.push(start, end);
          emitted++;
          emit({ action: phrase.action, category: phrase.category, start, end, explanation: explain(rt.text, tv, phrase, m, registry.labels) });
          return true;
        },
        registry.candidates(gateId),
      );
    };
  },
});

/**
 * Which patterns may start at a token: by the classes (and F_* attributes) of their first
 * elements, so that each token only tries the patterns that can begin there.
 */
class StartIndex {
  private readonly byClass: number[][] = [];
  private readonly byFlag: Array<[number, number]> = [];
  private anyFlag = 0;
  private readonly anywhere: number[] = [];
  private readonly tried: Int32Array;
  private readonly nextStart: Int32Array;
  private readonly possible: Uint8Array;

  constructor(private readonly patterns: CompiledPattern[]) {
    patterns.forEach((p, index) => {
      for (const el of p.elements) {
        if (el.behind) continue; // takes no token: says nothing about where a match starts
        if (el.negate || el.atoms.includes(ATOM_ANY)) {
          this.anywhere.push(index);
          return;
        }
        for (const a of el.atoms) {
          if (a >= 0) {
            const list = (this.byClass[a] ??= []);
            if (!list.includes(index)) list.push(index);
          } else {
            const flag = a === ATOM_NAME ? F_NAME : a === ATOM_CAP ? F_CAP : a === ATOM_LAUGH ? F_LAUGH : F_NUM;
            this.byFlag.push([flag, index]);
            this.anyFlag |= flag;
          }
        }
        if (el.min > 0) break;
      }
    });
    this.tried = new Int32Array(patterns.length);
    this.nextStart = new Int32Array(patterns.length);
    this.possible = new Uint8Array(patterns.length);
  }

  /**
   * Calls `found(patternIndex, match)` for non-overlapping matches of each pattern, in text order;
   * stops when it returns false. `candidates`: the only patterns that may match (those whose cheap
   * test passed), or all when omitted.
   */
  run(tv: TokenView, found: (index: number, m: PatternMatch) => boolean, candidates?: readonly number[]): void {
    const n = this.patterns.length;
    if (n === 0) return;
    let any = false;
    if (candidates === undefined) {
      for (let i = 0; i < n; i++) {
        const ok = mayMatch(this.patterns[i], tv.present);
        this.possible[i] = ok ? 1 : 0;
        any ||= ok;
      }
    } else {
      this.possible.fill(0);
      for (let k = 0; k < candidates.length; k++) {
        const i = candidates[k];
        if (mayMatch(this.patterns[i], tv.present)) {
          this.possible[i] = 1;
          any = true;
        }
      }
    }
    if (!any) return;
    this.tried.fill(-1);
    this.nextStart.fill(0);
    const attempt = (index: number, t: number): boolean => {
      if (!this.possible[index] || this.tried[index] === t || this.nextStart[index] > t) return true;
      this.tried[index] = t;
      const m = matchAt(this.patterns[index], tv, t);
      if (!m) return true;
      this.nextStart[index] = m.to;
      return found(index, m);
    };
    const byClass = this.byClass;
    for (let t = 0; t < tv.count; t++) {
      for (let h = tv.head[t]; h >= 0; h = tv.hitNext[h]) {
        const list = byClass[tv.hitClass[h]];
        if (list !== undefined) for (let i = 0; i < list.length; i++) if (!attempt(list[i], t)) return;
      }
      const flags = tv.flags[t];
      if (flags & this.anyFlag) for (const [flag, index] of this.byFlag) if (flags & flag && !attempt(index, t)) return;
      for (let i = 0; i < this.anywhere.length; i++) if (!attempt(this.anywhere[i], t)) return;
    }
  }
}

/**
 * The word classes and literals of all phrase rules of one compiled rule set, with their term
 * slots, and the token view built once per evaluation for all of them.
 */
class PhraseRegistry {
  readonly labels: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Term id → class ids; terms are shared by classes ("the" is a determiner and a possessive). */
  private readonly termIds = new Map<string, number>();
  private readonly termClasses: number[][] = [];
  private readonly termFrequent: boolean[] = [];
  private readonly termText: string[] = [];
  /** 0: in no slot yet, 1: in a deferred slot only, 2: in an eager slot */
  private readonly termState: number[] = [];
  /** The slot whose hits of the term feed the token view. */
  private readonly termOwner: number[] = [];
  /** By class id: its number of terms when every one is a phrase of two words or more, else 0. */
  private readonly phraseTerms: number[] = [];
  /** Classes read by some phrase rule's cheap test. */
  private readonly gateRelevant = new Set<number>();
  private hasDeferred = false;
  private readonly singleLetters: number[][] = Array.from({ length: 26 }, () => []);
  /** [slot, slot's term index → term id] */
  private readonly slots: Array<[number, number[]]> = [];
  /** The slots of rare terms: their hits decide whether a phrase rule looks further. */
  private readonly eagerSlots: Array<[number, number[]]> = [];
  /** Classes with a frequent (deferred) term: taken as present until the token view is built. */
  private readonly frequentClasses: number[] = [];
  private builtFor = -1;
  private built: TokenView | null = null;
  private presentFor = -1;
  private present = new Uint8Array(0);
  private presentAny = false;
  /** Classes marked in `present` by the current evaluation's term matches (cleared by the next one). */
  private markedIds = new Int32Array(64);
  private marked = 0;
  /** Classes with one-letter terms ("u", "r"): taken as present (they are checked token by token). */
  private letterClasses: number[] = [];
  /**
   * The cheap tests of all phrase rules, as one inverted index: for each class id (and -1 for
   * #Num), the (pattern, required group) pairs it satisfies. Per evaluation only the classes found
   * by the term scan are visited, so a comment with none of them costs nothing here.
   */
  private gateCount = 0;
  private gateAlways: boolean[] = [];
  private patternGate: number[] = [];
  /** Per pattern: its groups of atoms, rarest first; the first is its anchor (the group least likely to occur). */
  private readonly groupsOf: number[][][] = [];
  /** By class id: the patterns anchored on it (looked up for every class found, in every comment). */
  private readonly byAtom: Array<number[] | undefined> = [];
  /** The patterns anchored on #Num. */
  private digitAnchors: number[] | undefined;
  /** By class id: its number of terms, and whether one of them is a common word (for the choice of anchors). */
  private readonly classTerms: number[] = [];
  private readonly classCommon: boolean[] = [];
  /** By cheap test: its first pattern's index in patternGate (a test's patterns are consecutive). */
  private gateFirst: number[] = [];
  private candidateList: number[] = [];
  private possibleFor = -1;
  /** Per-evaluation state, valid where stamped with `stamp` (see possible()). */
  private stamp = 0;
  private gateStamp = new Int32Array(0);
  /** The pattern was checked in evaluation `stamp` (patternStamp), and all its groups occur (patternOk). */
  private patternStamp = new Int32Array(0);
  private patternOk = new Int32Array(0);
  /** patternGate as a typed array, and every pattern's groups flattened (made when the first evaluation needs them). */
  private gateOf = new Int32Array(0);
  private groupStart = new Int32Array(0);
  private atomStart = new Int32Array(0);
  private atomList = new Int32Array(0);

  classId(key: string, label: string, terms: string[]): number {
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.labels.length;
    this.ids.set(key, id);
    this.labels.push(label);
    this.phraseTerms[id] = terms.every((t) => /\s/.test(t.trim())) ? terms.length : 0;
    this.classTerms[id] = terms.length;
    this.classCommon[id] = terms.some((t) => COMMON_WORDS.has(t.trim().toLowerCase()));
    for (const raw of terms) {
      const t = raw.trim().toLowerCase();
      if (/^[a-z]$/.test(t)) {
        this.singleLetters[t.charCodeAt(0) - 97].push(id);
        if (!this.letterClasses.includes(id)) this.letterClasses.push(id);
        continue;
      }
      const parsed = parseTerm(t);
      if (typeof parsed === 'string') continue; // validated before
      const k = parsed.symbols.join(',') + (parsed.stem ? '*' : '');
      let termId = this.termIds.get(k);
      if (termId === undefined) {
        termId = this.termClasses.length;
        this.termIds.set(k, termId);
        this.termClasses.push([]);
        this.termFrequent.push(FREQUENT_WORDS.has(t));
        this.termText.push(t);
        this.termState.push(0);
        this.termOwner.push(-1);
      }
      if (!this.termClasses[termId].includes(id)) this.termClasses[termId].push(id);
      if (this.termFrequent[termId] && !this.frequentClasses.includes(id)) this.frequentClasses.push(id);
    }
    return id;
  }

  /**
   * Registers a rule's cheap test: per pattern, the groups of atoms (class ids, -1 for #Num) of
   * which one must occur for the pattern to possibly match. Returns the test's id for possible().
   */
  registerGate(patterns: number[][][]): number {
    const id = this.gateCount++;
    this.gateAlways[id] = patterns.some((groups) => groups.length === 0);
    this.gateFirst[id] = this.patternGate.length;
    for (const groups of patterns) {
      const p = this.patternGate.length;
      this.patternGate.push(id);
      const sorted = groups.map((atoms) => [...new Set(atoms)]).sort((a, b) => this.rarity(a) - this.rarity(b));
      this.groupsOf.push(sorted);
      if (sorted.length === 0) continue;
      // Indexed under its anchor only; the other groups are checked when the anchor occurs.
      for (const a of sorted[0]) (a < 0 ? (this.digitAnchors ??= []) : (this.byAtom[a] ??= [])).push(p);
    }
    return id;
  }

  /** How likely a group is to occur, roughly: a common word in it (see COMMON_WORDS) or many terms; #Num is fairly common. */
  private rarity(atoms: number[]): number {
    return atoms.reduce((n, a) => n + (a < 0 ? 200 : (this.classCommon[a] ? 1000 : 0) + (this.classTerms[a] ?? 1)), 0);
  }

  /**
   * Whether some pattern of the cheap test `gateId` may match in the current evaluation: every
   * one of its groups has an atom that occurs (a class among the term matches; #Num: an ASCII
   * digit in the text). Computed for all tests at once, on the first call of an evaluation.
   * Nothing is cleared between evaluations: a pattern's bits and a test's result only count when
   * stamped with the current evaluation's number.
   */
  possible(rt: RuleRuntime, gateId: number): boolean {
    if (this.presence(rt) === null) return false;
    if (this.possibleFor !== rt.evaluation) {
      this.possibleFor = rt.evaluation;
      const stamp = ++this.stamp;
      if (this.gateStamp.length < this.gateCount) this.gateStamp = new Int32Array(this.gateCount);
      if (this.patternStamp.length < this.patternGate.length) this.flatten();
      const digits = rt.normalised().asciiDigits > 0;
      const byAtom = this.byAtom;
      const markedIds = this.markedIds;
      const marked = this.marked;
      // each pattern whose anchor occurs: does every other group have an atom that occurs too (a class
      // among the term matches, #Num: a digit)? Then the pattern and its cheap test are possible.
      // Locals rather than fields: this loop runs for every comment.
      const patternStamp = this.patternStamp;
      const patternOk = this.patternOk;
      const gateStamp = this.gateStamp;
      const gateOf = this.gateOf;
      const groupStart = this.groupStart;
      const atomStart = this.atomStart;
      const atoms = this.atomList;
      const present = this.present;
      const digitAnchors = this.digitAnchors;
      for (let i = -1; i < marked; i++) {
        const anchored = i < 0 ? (digits ? digitAnchors : undefined) : byAtom[markedIds[i]];
        if (anchored === undefined) continue;
        for (let k = 0; k < anchored.length; k++) {
          const p = anchored[k];
          if (patternStamp[p] === stamp) continue;
          patternStamp[p] = stamp;
          let all = true;
          for (let g = groupStart[p], end = groupStart[p + 1]; g < end && all; g++) {
            let any = false;
            for (let a = atomStart[g], to = atomStart[g + 1]; a < to && !any; a++) any = atoms[a] < 0 ? digits : present[atoms[a]] === 1;
            all = any;
          }
          if (!all) continue;
          patternOk[p] = stamp;
          gateStamp[gateOf[p]] = stamp;
        }
      }
    }
    return this.gateAlways[gateId] || this.gateStamp[gateId] === this.stamp;
  }

  /**
   * The patterns of cheap test `gateId` (indexes within its rule) whose every group has an atom
   * that occurs, after possible() returned true: the only ones that can match. Reused buffer.
   */
  candidates(gateId: number): readonly number[] {
    const list = this.candidateList;
    list.length = 0;
    const first = this.gateFirst[gateId];
    const stamp = this.stamp;
    for (let p = first; p < this.patternGate.length && this.patternGate[p] === gateId; p++) {
      if (this.groupsOf[p].length === 0 || this.patternOk[p] === stamp) list.push(p - first);
    }
    return list;
  }

  /** Typed copies of the patterns' gates and groups (the anchor group left out: it occurs whenever a pattern is checked). */
  private flatten(): void {
    const patterns = this.patternGate.length;
    this.patternStamp = new Int32Array(patterns);
    this.patternOk = new Int32Array(patterns);
    this.gateOf = Int32Array.from(this.patternGate);
    const groupStart = new Int32Array(patterns + 1);
    const atomStart: number[] = [0];
    const atoms: number[] = [];
    for (let p = 0; p < patterns; p++) {
      groupStart[p] = atomStart.length - 1;
      for (const group of this.groupsOf[p].slice(1)) {
        atoms.push(...group);
        atomStart.push(atoms.length);
      }
    }
    groupStart[patterns] = atomStart.length - 1;
    this.groupStart = groupStart;
    this.atomStart = Int32Array.from(atomStart);
    this.atomList = Int32Array.from(atoms);
  }

  /** The number of terms of a class made only of phrases of two words or more (0 for any other class). */
  phraseTermCount(id: number): number {
    return this.phraseTerms[id] ?? 0;
  }

  /** The class is taken as present by the cheap test (it has frequent words or single letters). */
  assumedPresent(id: number): boolean {
    return this.frequentClasses.includes(id) || this.letterClasses.includes(id);
  }

  /**
   * Registers the class terms of a rule just compiled. `gateClasses`: the classes its cheap test
   * reads. Their terms (but frequent words) are looked for in every comment (eager); all other
   * terms only when a token view is built (deferred). A term deferred by an earlier rule and read
   * by this one's cheap test is added to this rule's eager slot too; its hits for the token view
   * still come from the slot that registered it first (its owner), so none is counted twice.
   */
  registerTerms(ctx: CompileContext, gateClasses: ReadonlySet<number>): void {
    for (const c of gateClasses) this.gateRelevant.add(c);
    const eager: string[] = [];
    const eagerIds: number[] = [];
    const deferred: string[] = [];
    const deferredIds: number[] = [];
    const newEager: number[] = [];
    const newDeferred: number[] = [];
    for (let termId = 0; termId < this.termClasses.length; termId++) {
      const state = this.termState[termId];
      if (state === 2) continue;
      const relevant = !this.termFrequent[termId] && this.termClasses[termId].some((c) => this.gateRelevant.has(c));
      if (state === 0 && !relevant) {
        deferred.push(this.termText[termId]);
        deferredIds.push(termId);
        newDeferred.push(termId);
        this.termState[termId] = 1;
      } else if (relevant) {
        eager.push(this.termText[termId]);
        eagerIds.push(termId);
        if (state === 0) newEager.push(termId);
        this.termState[termId] = 2;
      }
    }
    if (eager.length > 0) {
      const slot = ctx.registerTerms(eager, [], { keepAll: true });
      this.slots.push([slot, eagerIds]);
      this.eagerSlots.push([slot, eagerIds]);
      for (const id of newEager) this.termOwner[id] = slot;
    }
    if (deferred.length > 0) {
      const slot = ctx.registerTerms(deferred, [], { keepAll: true, deferred: true });
      this.slots.push([slot, deferredIds]);
      this.hasDeferred = true;
      for (const id of newDeferred) this.termOwner[id] = slot;
    }
  }

  /**
   * Which classes may occur in the current evaluation (by class id): those with a rare term among
   * the term matches, and those with a frequent term (not looked for yet); null when none does.
   */
  presence(rt: RuleRuntime): Uint8Array | null {
    if (this.presentFor !== rt.evaluation) {
      this.presentFor = rt.evaluation;
      const present = this.present;
      if (present.length < this.labels.length) {
        this.present = new Uint8Array(this.labels.length);
        // classes of single letters and of frequent words are always marked (and never cleared)
        for (const id of this.letterClasses) this.present[id] = 1;
        for (const id of this.frequentClasses) this.present[id] = 1;
        this.marked = 0;
        return this.presence2(rt);
      }
      // clear only what the previous evaluation marked (never a class of single letters or
      // frequent words: those stay marked from the first evaluation on)
      for (let i = 0; i < this.marked; i++) present[this.markedIds[i]] = 0;
      this.marked = 0;
      return this.presence2(rt);
    }
    return this.presentAny ? this.present : null;
  }

  private presence2(rt: RuleRuntime): Uint8Array | null {
    const present = this.present;
    const termClasses = this.termClasses;
    const eagerSlots = this.eagerSlots;
    let markedIds = this.markedIds;
    let marked = this.marked;
    let any = false;
    for (let e = 0; e < eagerSlots.length; e++) {
      const entry = eagerSlots[e];
      const hits = rt.termHits(entry[0]);
      const count = hits.count;
      if (count === 0) continue;
      any = true;
      const termIds = entry[1];
      const termIndex = hits.termIndex;
      for (let i = 0; i < count; i++) {
        const classes = termClasses[termIds[termIndex[i]]];
        for (let k = 0; k < classes.length; k++) {
          const id = classes[k];
          if (present[id] !== 0) continue;
          present[id] = 1;
          if (marked === markedIds.length) {
            const grown = new Int32Array(markedIds.length * 2);
            grown.set(markedIds);
            this.markedIds = markedIds = grown;
          }
          markedIds[marked++] = id;
        }
      }
    }
    this.marked = marked;
    this.presentAny = any || this.hasDeferred;
    return this.presentAny ? present : null;
  }

  /** The token view of the current evaluation (built by the first phrase rule that asks), or null when no class occurs. */
  view(rt: RuleRuntime): TokenView | null {
    if (this.builtFor === rt.evaluation) return this.built;
    this.builtFor = rt.evaluation;
    this.built = null;
    let any = false;
    for (const [slot] of this.slots) if (rt.termHits(slot).count > 0) any = true;
    if (!any) return null;
    phraseWork.tokenViews++;
    const tv = buildTokens(rt, this.labels.length, this.singleLetters);
    tv.indexOffsets(rt.text.length);
    const tokenOf = tv.tokenOf;
    const termOwner = this.termOwner;
    const termClasses = this.termClasses;
    for (let s = 0; s < this.slots.length; s++) {
      const [slot, termIds] = this.slots[s];
      const hits = rt.termHits(slot);
      for (let i = 0; i < hits.count; i++) {
        const termId = termIds[hits.termIndex[i]];
        if (termOwner[termId] !== slot) continue; // also in an earlier slot: counted there
        const from = tokenOf[hits.start[i]];
        const to = tokenOf[hits.end[i] - 1];
        if (from < 0 || to < from) continue;
        const extended = tv.runEnd[to] > to ? tv.runEnd[to] : -1; // a stem inside a spaced-out run may end with the run
        const classes = termClasses[termId];
        for (let k = 0; k < classes.length; k++) {
          tv.addHit(from, classes[k], to - from + 1);
          if (extended > 0) tv.addHit(from, classes[k], extended - from + 1);
        }
      }
    }
    this.built = tv;
    return tv;
  }
}

const registries = new WeakMap<object, PhraseRegistry>();

function registryFor(ctx: object): PhraseRegistry {
  let r = registries.get(ctx);
  if (!r) registries.set(ctx, (r = new PhraseRegistry()));
  return r;
}

const view = new TokenView();

/** Tokens of the evaluated text: words of the normalised text (spaced-out runs split into letters), with sentence and quote marks. */
function buildTokens(rt: RuleRuntime, classCount: number, singleLetters: number[][]): TokenView {
  const nt = rt.normalised();
  const text = rt.text;
  view.reset(nt.length + 1, classCount);
  let sentence = 0;
  let quoted = false;
  let prevEnd = 0;
  let prevStart = 0;
  let sentenceStart = true;
  // a run of laughing or loving emoji in a gap (the normaliser reads emoji as spaces): a token of its own (#Laugh), in
  // the sentence before it, for the first emoji of the run at `at`
  const laugh = (at: number): void => {
    const t = view.count++;
    view.runEnd[t] = t;
    view.start[t] = at;
    view.end[t] = at + laughterAt(text, at);
    view.sentence[t] = sentence;
    view.flags[t] = F_LAUGH;
  };
  const push = (first: number, last: number): void => {
    const start = nt.start[first];
    const end = nt.start[last + 1];
    // the gap before the token: laughter, sentence ends and quotation marks
    if (start > prevEnd || view.count === 0) {
      let stop = false;
      let otherStop = false;
      let quoteChar = false;
      let laughAt = -1;
      for (let i = prevEnd; i < start; i++) {
        const c = text.charCodeAt(i);
        if (laughAt < 0 && laughterAt(text, i) > 0) laughAt = i;
        // a full stop or a colon between digits is a time or a decimal ("6:40", "3.15"), not a sentence end
        if ((c === 46 || c === 58) && i > 0 && isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1))) continue;
        if (c === 46 /* . */) stop = true;
        else if (c === 33 || c === 63 || c === 59 || c === 58 || c === 10)
          stop = otherStop = true; // ! ? ; : newline
        else if (c === 34 || c === 39 || (c >= 0x2018 && c <= 0x201e) || c === 0xab || c === 0xbb) quoteChar = true;
      }
      if (laughAt >= 0) laugh(laughAt);
      if (view.count > 0 && stop) {
        const prev = text.slice(prevStart, prevEnd).toLowerCase();
        const abbreviation = !otherStop && (ABBREVIATIONS.has(prev) || /^[a-z]$/.test(prev));
        if (!abbreviation) {
          sentence++;
          sentenceStart = true;
        }
      }
      if (quoteChar) quoted = quoteState(text.slice(prevEnd, start), quoted, view.count === 0);
    }
    const t = view.count++;
    view.runEnd[t] = t;
    view.start[t] = start;
    view.end[t] = end;
    view.sentence[t] = sentence;
    let flags = quoted ? F_QUOTED : 0;
    let c0 = text.charCodeAt(start);
    // an amount is a number too ("£200 to whoever does it")
    if ((c0 === 36 || c0 === 163 || c0 === 8364) && end - start >= 2 && isAsciiDigit(text.charCodeAt(start + 1))) c0 = text.charCodeAt(start + 1);
    if (c0 >= 48 && c0 <= 57) {
      // digits, or a house number with one letter after them ("14B", "221b")
      let last = end - 1;
      const cl = text.charCodeAt(last) | 0x20;
      if (last > start && cl >= 97 && cl <= 122) last--;
      let digits = true;
      for (let i = start + 1; i <= last && digits; i++) digits = text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
      if (digits) flags |= F_NUM;
    } else if ((c0 >= 65 && c0 <= 90) || (c0 > 127 && text[start] !== text[start].toLowerCase())) {
      flags |= F_CAP;
      const word = text.slice(start, end);
      const lower = word.toLowerCase();
      const shouting = word.length > 4 && word === word.toUpperCase();
      if (!shouting && word.length >= 2 && !NOT_NAMES.has(lower) && !(sentenceStart && PLURAL_NOUN.test(lower))) flags |= F_NAME;
    } else if (c0 === 64 /* @ */ && end - start >= 3) {
      flags |= F_NAME; // an @handle names someone ("gonna k1ll @JaxonPlaysLive")
    }
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
    prevStart = start;
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
    if (last > first && nt.start[last + 1] - nt.start[first] > last - first + 1 && SEPARATED.test(text.slice(nt.start[first], nt.start[last + 1]))) {
      const runFirst = view.count;
      for (let k = first; k <= last; k++) push(k, k);
      for (let t = runFirst; t < view.count; t++) view.runEnd[t] = view.count - 1;
    } else push(first, last);
    first = -1;
  }
  // after the last token: "you muppet 😂"
  for (let i = prevEnd; i < text.length; i++) {
    if (laughterAt(text, i) > 0) {
      laugh(i);
      break;
    }
  }
  return view;
}

const SEPARATED = /[\s._~|/\\-]/;

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
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
      // between two words' letters it is an apostrophe ("we'll", "don't"), neither opening nor closing
      if (before === '' && after === '') continue;
      if (!quoted && after === '' && (before === '' ? false : /\s/.test(before)) && c !== '’') quoted = true;
      // closing: right after the quoted words, or after the punctuation that ends them ("…you,' the court heard")
      else if (quoted && (before === '' || /[.,;:!?]/.test(before)) && (after === '' || /[\s.,;:!?)]/.test(after)) && c !== '‘') quoted = false;
    }
  }
  return quoted;
}

/** A hit (partly) inside quotation marks, with a reporting verb in the same or a neighbouring sentence. */
function isReportedQuotation(tv: TokenView, m: PatternMatch, reportingId: number): boolean {
  let quoted = false;
  for (let t = m.from; t < m.to && !quoted; t++) if (tv.flags[t] & F_QUOTED) quoted = true;
  if (!quoted) return false;
  if (isQuotedPhrase(tv, m)) return true;
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

/**
 * A hit that is a whole quotation by itself, give or take two words, inside a sentence of the writer's
 * own ("walk past "Jews = rats" on a bus shelter", the "migrant locusts" meme, "no more Polish vermin"
 * cards): a phrase named, not said. A quotation that opens its sentence ("\"I will shoot you\" and I
 * mean it") may be the writer's own words.
 */
function isQuotedPhrase(tv: TokenView, m: PatternMatch): boolean {
  for (let t = m.from; t < m.to; t++) if (!(tv.flags[t] & F_QUOTED)) return false;
  const sentence = tv.sentence[m.from];
  let from = m.from;
  while (from > 0 && tv.flags[from - 1] & F_QUOTED && tv.sentence[from - 1] === sentence) from--;
  if (from === 0 || tv.sentence[from - 1] !== sentence) return false;
  let to = m.to;
  while (to < tv.count && tv.flags[to] & F_QUOTED && tv.sentence[to] === sentence) to++;
  return to - from - (m.to - m.from) <= 2;
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
      step.atom >= 0
        ? labels[step.atom]
        : step.atom === ATOM_NAME
          ? 'name'
          : step.atom === ATOM_CAP
            ? 'capitalised word'
            : step.atom === ATOM_NUM
              ? 'number'
              : step.atom === ATOM_LAUGH
                ? 'laughter'
                : step.atom === ATOM_ANY
                  ? ''
                  : '';
    parts.push(label ? `"${words}" (${label})` : `"${words}"`);
    i = j;
  }
  return `${phrase.label}: ${parts.join(' + ')}`;
}
