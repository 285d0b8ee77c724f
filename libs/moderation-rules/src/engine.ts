import { fingerprint } from './fingerprint';
import {
  canonicalRange,
  compileAllowEntry,
  HitBuffer,
  parseTerm,
  AllowEntry,
  OUT_ALLOW,
  OUT_STEM,
  TermTrie,
  tokenEnd,
  tokenStart,
  wordEnd,
} from './matcher/term-trie';
import { defaultMessage } from './messages';
import { NormalisedText, S_DIGIT } from './normalise/normalise';
import { PHASE_ORDER, Phase, RuleRunner, RuleRuntime, TermMatch, toTime, Emission, PackedMatches } from './rules/rule';
import { ruleModule } from './rules';
import { withoutReportedQuotations } from './rules/terms';
import type {
  ClassifierResult,
  TextClassifier,
  CommentInput,
  CompileOptions,
  Decision,
  EvaluationContext,
  Reason,
  RuleAction,
  RuleDefinition,
  RuleSetDefinition,
  RuleType,
  TermEntry,
} from './types';
import { RuleSetValidationError, validateRuleSet } from './validate';

export const DEFAULT_MAX_EVALUATED_CHARS = 20_000;
export const TRUNCATION_RULE_ID = '$truncated';
export const DEFAULT_EVALUATION_BUDGET_MS = 250;
export const BUDGET_RULE_ID = '$evaluation-budget';
const MAX_REASONS_PER_RULE = 20;

interface CompiledRule {
  readonly id: string;
  readonly type: RuleType;
  readonly phase: Phase;
  readonly shadow: boolean;
  readonly category: string;
  readonly message?: string;
  readonly weight?: number;
  readonly run: RuleRunner;
  /** Look at the clock after this rule (false for rules whose cost does not grow with the text). */
  readonly timed: boolean;
  /** Look at the clock after this rule only when it did work that grows with the text (see ON_DEMAND_TYPES). */
  readonly timedOnWork: boolean;
}

/**
 * Rule types that do a bounded amount of work whatever the comment (a few comparisons over the
 * context, or one counting pass over at most maxEvaluatedChars characters): the budget clock is
 * not read after them. A performance.now() costs tens of nanoseconds, a fair share of a
 * microsecond-scale evaluation when read after each of ~20 rules.
 */
const UNTIMED_TYPES: ReadonlySet<RuleType> = new Set<RuleType>(['length', 'article-settings', 'author-trust', 'reports', 'shouting', 'repeated-characters']);
/**
 * Rule types whose work that grows with the text is done in the runtime's shared, memoised steps
 * (normalisation, the term automaton's scans, the phrase rules' token view and matching) or past a
 * cheap prefilter that notes it (rt.noteWork(): personal information with an '@', a bracket, the
 * word "dot" or a digit in the text; links with a bracket, the word "dot" or custom patterns, their
 * scan around the dots being one linear pass; spam with an author history to compare): the clock is read
 * after such a rule only when work was done during it. The first term rule of a set pays for the
 * scan and is timed; the others only read its results.
 */
const ON_DEMAND_TYPES: ReadonlySet<RuleType> = new Set<RuleType>(['banned-terms', 'suspect-terms', 'phrases', 'personal-information', 'spam', 'links']);

/** Summary of a compiled rule (for diagnostics and admin UIs). */
export interface CompiledRuleInfo {
  id: string;
  type: RuleType;
  phase: Phase;
  category: string;
  shadow: boolean;
}

/**
 * A rule set compiled once into matchers: one shared term automaton for all term rules, compiled
 * regular expressions, and the rules in pipeline order. Immutable and safe to share; `evaluate`
 * is synchronous and re-entrant-free (it uses module-level scratch buffers).
 */
export class CompiledRuleSet {
  readonly version?: number;
  readonly name?: string;
  readonly rules: readonly CompiledRuleInfo[];
  readonly maxEvaluatedChars: number;
  readonly truncationAction: RuleAction;
  readonly evaluationBudgetMs: number;
  /** @internal */
  readonly clock: () => number;
  /** @internal the clock that confirms an overrun of `clock` (CompileOptions.confirmClock) */
  readonly confirmClock: (() => number) | undefined;
  /** @internal */
  readonly pipeline: readonly CompiledRule[];
  /** @internal */
  readonly trie: TermTrie | null;
  /** @internal the automaton of deferred keep-all slots (run on demand) */
  readonly deferredTrie: TermTrie | null;
  /** @internal slots whose terms are in deferredTrie */
  readonly deferredSlots: readonly boolean[];
  /** @internal number of term-rule slots */
  readonly slots: number;
  /** @internal slots that keep every match (phrase word classes), not only the longest per start */
  readonly keepAllSlots: readonly boolean[];
  /** @internal the keep-all slots of `trie` and of `deferredTrie` (their buffers are cleared before each scan) */
  readonly keepAllBySource: readonly [readonly number[], readonly number[]];
  /** Number of terms in the shared automaton. */
  readonly termCount: number;
  /** @internal */
  readonly localClassifier?: TextClassifier;
  /** @internal the lowest threshold of the set's local classifier rules: only categories at or above it need their top words */
  readonly localExplainAbove: number;

  /** @internal use compileRuleSet() */
  constructor(def: RuleSetDefinition, options: CompileOptions = {}) {
    this.version = def.version;
    this.name = def.name;
    this.maxEvaluatedChars = options.maxEvaluatedChars ?? DEFAULT_MAX_EVALUATED_CHARS;
    this.truncationAction = options.truncationAction ?? 'flag';
    this.localClassifier = options.localClassifier;
    this.localExplainAbove = lowestLocalThreshold(def);
    this.evaluationBudgetMs = options.evaluationBudgetMs ?? DEFAULT_EVALUATION_BUDGET_MS;
    this.clock = options.clock ?? (() => performance.now());
    this.confirmClock = options.confirmClock ?? (options.clock ? undefined : processCpuMs);

    let trie: TermTrie | null = null;
    let deferredTrie: TermTrie | null = null;
    const deferredSlots: boolean[] = [];
    let slots = 0;
    const keepAll: boolean[] = [];
    let termCount = 0;
    const ctx = {
      registerTerms(terms: readonly TermEntry[], allow: readonly string[], options: { keepAll?: boolean; deferred?: boolean } = {}): number {
        const deferred = options.deferred === true && options.keepAll === true;
        const target = deferred ? (deferredTrie ??= new TermTrie(256)) : (trie ??= new TermTrie(1024));
        const slot = slots++;
        keepAll[slot] = options.keepAll === true;
        deferredSlots[slot] = deferred;
        const ruleAllow = allow.map(mustAllow);
        terms.forEach((entry, termIndex) => {
          const raw = typeof entry === 'string' ? entry : entry.term;
          const parsed = parseTerm(raw);
          if (typeof parsed === 'string') throw new Error(`unvalidated term ${raw}: ${parsed}`); // validated before
          const own = typeof entry === 'string' ? [] : (entry.allow ?? []).map(mustAllow);
          target.add(parsed, { slot, termIndex, term: raw, stem: parsed.stem, allow: own.length ? [...own, ...ruleAllow] : ruleAllow });
          termCount++;
        });
        return slot;
      },
    };

    const compiled: CompiledRule[] = [];
    for (const rule of def.rules) {
      if (rule.enabled === false) continue;
      const module = ruleModule(rule.type)!;
      compiled.push({
        id: rule.id,
        type: rule.type,
        phase: module.phase,
        shadow: rule.shadow === true,
        category: rule.category ?? module.defaultCategory,
        message: rule.message,
        weight: rule.weight,
        run: (module.compile as (d: RuleDefinition, c: typeof ctx) => RuleRunner)(rule, ctx),
        timed: !UNTIMED_TYPES.has(rule.type) && !ON_DEMAND_TYPES.has(rule.type) && !(rule.type === 'classifier' && rule.source !== 'local'),
        timedOnWork: ON_DEMAND_TYPES.has(rule.type),
      });
    }
    // Stable sort by phase: definition order is kept within a phase.
    const order = (p: Phase): number => PHASE_ORDER.indexOf(p);
    compiled.sort((a, b) => order(a.phase) - order(b.phase));

    this.pipeline = compiled;
    this.trie = (trie as TermTrie | null)?.freeze() ?? null;
    this.deferredTrie = (deferredTrie as TermTrie | null)?.freeze() ?? null;
    this.deferredSlots = deferredSlots;
    this.slots = slots;
    this.keepAllSlots = keepAll;
    const keepAllOf = (deferred: boolean): number[] => keepAll.flatMap((k, slot) => (k && deferredSlots[slot] === deferred ? [slot] : []));
    this.keepAllBySource = [keepAllOf(false), keepAllOf(true)];
    this.termCount = termCount;
    this.rules = compiled.map(({ id, type, phase, category, shadow }) => ({ id, type, phase, category, shadow }));
    Object.freeze(this.rules);
  }
}

/**
 * A masked word ("sh*t", canonical "sh?t") one of whose readings is the allowed word ("shit"): each mask stands
 * for one letter. Only masked words are compared letter by letter; the common path is the plain equality before it.
 */
function maskedReading(word: string, allowed: string): boolean {
  if (word.length !== allowed.length || !word.includes('?')) return false;
  for (let i = 0; i < word.length; i++) if (word[i] !== '?' && word[i] !== allowed[i]) return false;
  return true;
}

function mustAllow(raw: string): AllowEntry {
  const entry = compileAllowEntry(raw);
  if (typeof entry === 'string') throw new Error(`unvalidated allow-list entry ${raw}: ${entry}`);
  return entry;
}

/**
 * Validates and compiles a rule set. Throws RuleSetValidationError (with `.errors`) when invalid.
 */
export function compileRuleSet(def: RuleSetDefinition, options: CompileOptions = {}): CompiledRuleSet {
  const result = validateRuleSet(def);
  if (result.ok === false) throw new RuleSetValidationError(result.errors);
  if (options.maxEvaluatedChars !== undefined && !(Number.isInteger(options.maxEvaluatedChars) && options.maxEvaluatedChars > 0)) {
    throw new RuleSetValidationError([{ path: 'options.maxEvaluatedChars', message: 'must be a positive integer' }]);
  }
  if (options.evaluationBudgetMs !== undefined && !(Number.isFinite(options.evaluationBudgetMs) && options.evaluationBudgetMs > 0)) {
    throw new RuleSetValidationError([{ path: 'options.evaluationBudgetMs', message: 'must be a positive number' }]);
  }
  return new CompiledRuleSet(result.value, options);
}

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

const sharedText = new NormalisedText(4096);
const sharedHits = new HitBuffer();
const EMPTY_MATCHES: readonly TermMatch[] = Object.freeze([]);
/** Packed matches of keep-all slots, by slot (reused between evaluations). */
const packedPool: PackedMatches[] = [];

class Runtime implements RuleRuntime {
  text = '';
  body = '';
  evaluation = 0;
  comment!: CommentInput;
  context!: EvaluationContext;
  private rs!: CompiledRuleSet;
  private normalisedReady = false;
  private matches: TermMatch[][] | null = null;
  private deferredScanned = false;
  private nowMs = NaN;
  private fp: string | null = null;
  private local: ClassifierResult | undefined | null = null;
  private localUnquoted: ClassifierResult | undefined | null = null;
  startedAt = 0;
  private deadline = Infinity;

  /** The clock of this evaluation: the rule set's, or its confirming clock on the second run. */
  clock: () => number = performance.now.bind(performance);
  /** The clock's reading at the last budget check. */
  lastReading = 0;
  readonly overBudget = (): boolean => (this.lastReading = this.clock()) > this.deadline;
  /** Set when a step whose cost grows with the text ran during the current rule (cleared by the engine before each rule). */
  worked = false;

  noteWork(): void {
    this.worked = true;
  }

  reset(rs: CompiledRuleSet, body: string, text: string, comment: CommentInput, context: EvaluationContext, clock: () => number): void {
    this.rs = rs;
    this.evaluation++;
    this.clock = clock;
    this.startedAt = clock();
    this.deadline = this.startedAt + rs.evaluationBudgetMs;
    this.body = body;
    this.text = text;
    this.comment = comment;
    this.context = context;
    this.normalisedReady = false;
    this.matches = null;
    this.deferredScanned = false;
    this.nowMs = NaN;
    this.fp = null;
    this.local = null;
    this.localUnquoted = null;
  }

  normalised(): NormalisedText {
    if (!this.normalisedReady) {
      sharedText.normalise(this.text);
      this.normalisedReady = true;
      this.worked = true;
    }
    return sharedText;
  }

  termMatches(slot: number): readonly TermMatch[] {
    if (this.matches === null) this.matches = this.scanTerms();
    return this.matches[slot] ?? EMPTY_MATCHES;
  }

  termHits(slot: number): PackedMatches {
    if (this.rs.deferredSlots[slot]) {
      if (!this.deferredScanned) {
        this.deferredScanned = true;
        this.scan(this.rs.deferredTrie, true, []);
      }
    } else if (this.matches === null) this.matches = this.scanTerms();
    return (packedPool[slot] ??= new PackedMatches());
  }

  private scanTerms(): TermMatch[][] {
    const result: TermMatch[][] = [];
    this.scan(this.rs.trie, false, result);
    return result;
  }

  /** Runs one automaton over the normalised text: keep-all slots into packedPool, the others into `result`. */
  private scan(trie: TermTrie | null, deferred: boolean, result: TermMatch[][]): void {
    if (!trie) return;
    this.worked = true;
    const view = this.normalised();
    const keepAll = this.rs.keepAllSlots;
    const cleared = this.rs.keepAllBySource[deferred ? 1 : 0];
    for (let i = 0; i < cleared.length; i++) (packedPool[cleared[i]] ??= new PackedMatches()).count = 0;
    trie.scan(view, sharedHits);
    const outSlot = trie.outSlot;
    const outFlags = trie.outFlags;
    const digits = view.digits >= 2; // a match that looks like a number has two digits at least
    for (let k = 0; k < sharedHits.count; k++) {
      const o = sharedHits.out[k];
      const first = sharedHits.first[k];
      let last = sharedHits.last[k];
      const flags = outFlags[o];
      if (flags & OUT_ALLOW) {
        const word = canonicalRange(view, tokenStart(view, first), tokenEnd(view, last));
        if (trie.outputs[o].allow.some((a) => (a.prefix ? word.startsWith(a.text) : word === a.text || maskedReading(word, a.text)))) continue;
      }
      if (digits && looksLikeNumber(view, this.text, first, last)) continue;
      if (flags & OUT_STEM) last = wordEnd(view, last);
      const slot = outSlot[o];
      if (keepAll[slot]) {
        packedPool[slot].push(trie.outTermIndex[o], view.start[first], view.start[last + 1]);
        continue;
      }
      const output = trie.outputs[o];
      const match: TermMatch = { termIndex: output.termIndex, term: output.term, start: view.start[first], end: view.start[last + 1] };
      const list = (result[output.slot] ??= []);
      // one match per start: keep the longest
      const same = list.findIndex((m) => m.start === match.start);
      if (same < 0) list.push(match);
      else if (match.end > list[same].end) list[same] = match;
    }
    for (let slot = 0; slot < result.length; slot++) {
      const list = result[slot];
      if (list !== undefined && list.length > 1) list.sort((a, b) => a.start - b.start || b.end - a.end);
    }
  }

  now(): number {
    if (Number.isNaN(this.nowMs)) {
      let t = toTime(this.context.now);
      if (Number.isNaN(t)) t = toTime(this.comment.createdAt);
      if (Number.isNaN(t)) t = Date.now();
      this.nowMs = t;
    }
    return this.nowMs;
  }

  fingerprint(): string {
    this.fp ??= fingerprint(this.body);
    return this.fp;
  }

  /** The local classifier's scores for the text, or (`unquoted`) for the text with its reported quotations blanked out. */
  localClassification(unquoted = false): ClassifierResult | undefined {
    if (unquoted) {
      if (this.localUnquoted === null) {
        const text = withoutReportedQuotations(this.text);
        this.localUnquoted = text === this.text ? this.localClassification() : this.rs.localClassifier?.classify(text, this.rs.localExplainAbove);
      }
      return this.localUnquoted;
    }
    if (this.local === null) this.local = this.rs.localClassifier?.classify(this.text, this.rs.localExplainAbove);
    return this.local;
  }
}

/** The lowest flag or reject threshold of the enabled `source: local` classifier rules (0.5 when there is none). */
function lowestLocalThreshold(def: RuleSetDefinition): number {
  let lowest = Infinity;
  for (const r of def.rules) {
    if (r.type !== 'classifier' || r.source !== 'local' || r.enabled === false) continue;
    for (const t of [r.flagThreshold, r.rejectThreshold]) if (typeof t === 'number') lowest = Math.min(lowest, t);
    for (const c of Object.values(r.categories ?? {})) for (const t of [c.flag, c.reject]) if (typeof t === 'number') lowest = Math.min(lowest, t);
  }
  return lowest === Infinity ? 0.5 : lowest;
}

/**
 * Numbers with a suffix or a letter prefix are not leetspeak: "45s" (records), "1990s", "404s",
 * "A55" / "M25" (roads), "B52s" (aircraft, a band). A match whose word starts with two digits, or
 * is one capital letter followed by two or more digits, or has a score or a date in it ("a 6-0"), is
 * dropped. "a55", "5h1t", "4ss" still match.
 */
/** "45s", "600k", "£600k", "404s": digits with a short suffix, after a currency sign or none. */
const NUMBER_WITH_SUFFIX = /^[£$€¥]?\d{2,}[a-z]{0,3}$/i;
/** Two digits with only a dash, a colon, a slash or a space between them: a score or a date ("a 6-0 thrashing" is not "abo"). */
const SCORE_OR_DATE = /\d[ \u00a0]?[-–:/ ][ \u00a0]?\d/;
const CODE_WITH_DIGITS = /^[A-Z]\d{2,}[a-z]{0,2}$/;

function looksLikeNumber(view: NormalisedText, text: string, first: number, last: number): boolean {
  let digits = 0;
  for (let i = first; i <= last; i++) if (view.sym[i] & S_DIGIT) digits++;
  if (digits < 2) return false;
  const from = tokenStart(view, first);
  const to = tokenEnd(view, last);
  const word = text.slice(view.start[from], view.start[to]);
  return NUMBER_WITH_SUFFIX.test(word) || CODE_WITH_DIGITS.test(word) || SCORE_OR_DATE.test(word);
}

const runtime = new Runtime();

/** Collects the emissions of the rule currently running (one instance, no per-rule closures). */
class Collector {
  rule!: CompiledRule;
  body = '';
  reasons: Reason[] = [];
  shadowReasons: Reason[] = [];
  rejected = false;
  flagged = false;
  emitted = 0;
  maxWeight = 0;

  readonly emit = (e: Emission): void => {
    if (this.emitted >= MAX_REASONS_PER_RULE) return;
    this.emitted++;
    const rule = this.rule;
    const category = e.category ?? rule.category;
    const reason: Reason = {
      ruleId: rule.id,
      category,
      action: e.action,
      message: rule.message ?? e.message ?? defaultMessage(category, e.action),
    };
    if (e.start !== undefined && e.end !== undefined) {
      reason.excerpt = this.body.slice(e.start, e.end);
      reason.start = e.start;
      reason.end = e.end;
    }
    if (e.explanation !== undefined) reason.explanation = e.explanation;
    if (rule.shadow) {
      reason.shadow = true;
      this.shadowReasons.push(reason);
      return;
    }
    if (e.action === 'reject') this.rejected = true;
    else this.flagged = true;
    const w = rule.weight ?? e.weight ?? (e.action === 'reject' ? 1 : 0.5);
    if (w > this.maxWeight) this.maxWeight = w;
    this.reasons.push(reason);
  };
}

const collector = new Collector();

/**
 * Evaluates a comment against a compiled rule set. Pure: the result depends only on the arguments
 * (pass `context.now` for time-dependent rules to be deterministic). The most severe action wins:
 * reject > flag > approve; shadow rules only record into `shadowReasons`.
 */
export function evaluate(ruleSet: CompiledRuleSet, comment: CommentInput, context: EvaluationContext = {}): Decision {
  if (!(ruleSet instanceof CompiledRuleSet)) throw new TypeError('evaluate() needs a rule set from compileRuleSet()');
  const body = typeof comment?.body === 'string' ? comment.body : '';
  const truncated = body.length > ruleSet.maxEvaluatedChars;
  let text = body;
  if (truncated) {
    let cut = ruleSet.maxEvaluatedChars;
    const c = body.charCodeAt(cut - 1);
    if (c >= 0xd800 && c < 0xdc00) cut--; // do not split a surrogate pair
    text = body.slice(0, cut);
  }
  const first = run(ruleSet, body, text, truncated, comment, context, ruleSet.clock);
  // An overrun on the wall clock may be the machine's doing (the process descheduled, a pause):
  // evaluate again timed by the confirming clock (CPU time), and hold only on an overrun there.
  if (!first.budgetExceeded || !ruleSet.confirmClock) return first;
  return run(ruleSet, body, text, truncated, comment, context, ruleSet.confirmClock);
}

/** CPU time used by this process, in milliseconds (the default confirming clock of the budget). */
function processCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function run(
  ruleSet: CompiledRuleSet,
  body: string,
  text: string,
  truncated: boolean,
  comment: CommentInput,
  context: EvaluationContext,
  clock: () => number,
): Decision {
  runtime.reset(ruleSet, body, text, comment ?? { body }, context ?? {}, clock);

  const out = collector;
  out.body = body;
  out.reasons = [];
  out.shadowReasons = [];
  out.rejected = false;
  out.flagged = false;
  let keep = 1; // product of (1 - weight) over contributing rules

  if (truncated) {
    const action = ruleSet.truncationAction;
    out.reasons.push({
      ruleId: TRUNCATION_RULE_ID,
      category: 'system',
      action,
      message: `${defaultMessage('system', action)} Only the first ${ruleSet.maxEvaluatedChars} characters were checked.`,
      start: text.length,
      end: body.length,
    });
    if (action === 'reject') out.rejected = true;
    else out.flagged = true;
    keep *= action === 'reject' ? 0 : 0.5;
  }

  const pipeline = ruleSet.pipeline;
  let budgetExceeded: Decision['budgetExceeded'];
  for (let r = 0; r < pipeline.length; r++) {
    out.rule = pipeline[r];
    out.emitted = 0;
    out.maxWeight = 0;
    runtime.worked = false;
    out.rule.run(runtime, out.emit);
    if (out.maxWeight > 0) keep *= 1 - out.maxWeight;
    if ((out.rule.timed || (out.rule.timedOnWork && runtime.worked)) && runtime.overBudget()) {
      // Second line of defence (patterns already run in linear time): hold the comment for a human
      // rather than keep the partition waiting.
      budgetExceeded = { elapsedMs: Math.round(runtime.lastReading - runtime.startedAt), lastRuleId: out.rule.id, skippedRules: pipeline.length - r - 1 };
      out.reasons.push({ ruleId: BUDGET_RULE_ID, category: 'system', action: 'flag', message: defaultMessage('system', 'flag') });
      out.flagged = true;
      keep *= 0.5;
      break;
    }
  }
  const reasons = out.reasons;
  const shadowReasons = out.shadowReasons;
  const rejected = out.rejected;
  const flagged = out.flagged;

  const decision: Decision = {
    decision: rejected ? 'rejected' : flagged ? 'flagged' : 'approved',
    score: Math.round((1 - keep) * 1e6) / 1e6,
    reasons,
    shadowReasons,
  };
  if (ruleSet.version !== undefined) decision.ruleSetVersion = ruleSet.version;
  if (budgetExceeded) decision.budgetExceeded = budgetExceeded;
  return decision;
}
