import type { NormalisedText } from '../normalise/normalise';
import type { ClassifierResult, CommentInput, EvaluationContext, RuleAction, RuleDefinition, TermEntry } from '../types';
import type { Issues, Shape } from '../validation/schema';

/**
 * Rules are small units composed into a pipeline of PHASES, in the spirit of Coral Talk's
 * moderation phases (length → story closed → word lists → links → spam → toxicity…):
 *
 *  1. gate       — may the comment be posted at all? length, article settings, author trust
 *  2. content    — what does the text say? banned/suspect terms, custom patterns, links, personal information
 *  3. form       — how is it written? shouting, repeated characters
 *  4. behaviour  — how does the author behave? repeats, copy-paste across authors, flooding
 *  5. signals    — what do others say? reader reports, the external classifier
 *
 * Every enabled rule runs (so the author and moderators see all reasons, and the DSA statement
 * lists all grounds); within a phase rules run in definition order. The most severe action wins:
 * reject > flag > approve. Shadow rules run too but only record into `shadowReasons`.
 */
export type Phase = 'gate' | 'content' | 'form' | 'behaviour' | 'signals';
export const PHASE_ORDER: readonly Phase[] = ['gate', 'content', 'form', 'behaviour', 'signals'];

/** What a rule reports; the engine adds ruleId, category, message defaults and the shadow flag. */
export interface Emission {
  action: RuleAction;
  /** Author-facing message; defaults to the rule's `message` or the category's default message. */
  message?: string;
  /** Offsets into the ORIGINAL body; the excerpt is `body.slice(start, end)`. */
  start?: number;
  end?: number;
  /** Contribution to the score (defaults: rule weight, else reject 1 / flag 0.5). */
  weight?: number;
  /** Overrides the category for this emission (e.g. the classifier's label). */
  category?: string;
  /** For moderators: why the rule fired. */
  explanation?: string;
}

export type Emit = (e: Emission) => void;

export interface TermMatch {
  termIndex: number;
  term: string;
  /** Offsets into the original body. */
  start: number;
  end: number;
}

/** Matches of a keep-all term slot, packed in typed arrays (no object per match). Valid during one evaluation. */
export class PackedMatches {
  count = 0;
  termIndex = new Int32Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);

  push(termIndex: number, start: number, end: number): void {
    if (this.count === this.termIndex.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.termIndex = grow(this.termIndex);
      this.start = grow(this.start);
      this.end = grow(this.end);
    }
    const k = this.count++;
    this.termIndex[k] = termIndex;
    this.start[k] = start;
    this.end[k] = end;
  }
}

/** Read-only view of one evaluation, shared by all rules (lazy, computed at most once). */
export interface RuleRuntime {
  /** The evaluated text: the body, capped to maxEvaluatedChars. */
  readonly text: string;
  /** The full original body. */
  readonly body: string;
  readonly comment: CommentInput;
  readonly context: EvaluationContext;
  /** Increases with every evaluation: lets rules of one rule set share work done once per comment. */
  readonly evaluation: number;
  /** The normalised text (valid during this evaluation only). */
  normalised(): NormalisedText;
  /** Every match of a keep-all slot (registerTerms(…, { keepAll: true })), packed. */
  termHits(slot: number): PackedMatches;
  /** Term matches of a term rule (by the slot returned from CompileContext.registerTerms). */
  termMatches(slot: number): readonly TermMatch[];
  /** The evaluation instant in ms since the epoch (context.now, else comment.createdAt, else the clock). */
  now(): number;
  /**
   * The in-process classifier's result on the evaluated text (computed once), or undefined when the rule set has none.
   * `unquoted`: on the text with its reported quotations blanked out (terms.ts, withoutReportedQuotations).
   */
  localClassification(unquoted?: boolean): ClassifierResult | undefined;
  /** fingerprint(text), computed once. */
  fingerprint(): string;
  /**
   * True once this evaluation has used up its time budget (CompileOptions.evaluationBudgetMs).
   * The engine checks it between rules; a rule that loops over many matches may check it too and
   * stop early. A bound function: it can be passed along as a callback.
   */
  readonly overBudget: () => boolean;
  /**
   * Tells the engine that this rule did work that grows with the text outside the runtime's own
   * memoised steps (which note themselves), so that it looks at the clock after the rule. Only
   * needed by rule types the engine times on demand (terms, phrases, personal information, links, spam).
   */
  noteWork(): void;
}

export interface CompileContext {
  /**
   * Adds a term rule's terms to the shared automaton; returns the rule's slot. `deferred` (with
   * `keepAll`): the terms go to a second automaton that is only run when a rule first asks for
   * such a slot's hits in an evaluation (for very frequent words that matter only when rarer
   * ones occur too).
   */
  registerTerms(terms: readonly TermEntry[], allow: readonly string[], options?: { keepAll?: boolean; deferred?: boolean }): number;
}

export type RuleRunner = (rt: RuleRuntime, emit: Emit) => void;

export interface RuleModule<D extends RuleDefinition = RuleDefinition> {
  readonly type: D['type'];
  readonly phase: Phase;
  readonly defaultCategory: string;
  /** Type-specific fields (the common ones — id, type, enabled, shadow, category, message, weight — are added by the validator). */
  readonly fields: Shape;
  /** Cross-field and deep checks; called after the shape check, with the raw (untrusted) object. */
  refine?(def: Record<string, unknown>, path: string, issues: Issues): void;
  compile(def: D, ctx: CompileContext): RuleRunner;
}

export function defineRule<D extends RuleDefinition>(module: RuleModule<D>): RuleModule<D> {
  return module;
}

/** `rule "id": ` for validation messages about one rule (the path names its index, this names the rule). */
export function ruleLabel(def: Record<string, unknown>): string {
  return typeof def.id === 'string' && def.id.length > 0 ? `rule ${JSON.stringify(def.id)}: ` : '';
}

/** Parses a date-ish value to epoch ms (NaN when absent or invalid). */
export function toTime(value: string | Date | null | undefined): number {
  if (value === undefined || value === null) return NaN;
  if (value instanceof Date) return value.getTime();
  return Date.parse(value);
}
