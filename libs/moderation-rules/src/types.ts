/**
 * Public types of the moderation rules engine.
 *
 * The engine is a pure function of (compiled rule set, comment, context): everything stateful
 * (author history, article settings, reports, classifier result, the clock) is passed in by the
 * caller. Nothing in this library performs I/O.
 */

export type DecisionOutcome = 'approved' | 'flagged' | 'rejected';
export type RuleAction = 'flag' | 'reject';

/** Why a rule fired. `start`/`end` are UTF-16 offsets into the ORIGINAL comment body. */
export interface Reason {
  ruleId: string;
  category: string;
  action: RuleAction;
  /** Message fit to show the author of the comment. */
  message: string;
  /** The matched text, copied from the original body (`body.slice(start, end)`). */
  excerpt?: string;
  start?: number;
  end?: number;
  /** True when the rule is in shadow mode (recorded, but does not affect the decision). */
  shadow?: boolean;
  /** For moderators: why the rule fired (e.g. the phrase pattern's parts and their word classes, or a classifier's top words). */
  explanation?: string;
}

export interface Decision {
  decision: DecisionOutcome;
  /** 0..1, noisy-OR of the weights of the (non-shadow) reasons: 0 = nothing fired, 1 = certain rejection. */
  score: number;
  reasons: Reason[];
  shadowReasons: Reason[];
  ruleSetVersion?: number;
  /** Present when the evaluation ran out of its time budget: the last rule that ran and how many were skipped. */
  budgetExceeded?: { elapsedMs: number; lastRuleId: string; skippedRules: number };
}

export interface CommentInput {
  id?: string;
  body: string;
  authorId?: string;
  articleId?: string;
  createdAt?: string | Date;
}

export type AuthorStatus = 'active' | 'banned' | 'suspended' | 'premoderated';

export interface AuthorContext {
  approvedCount?: number;
  rejectedCount?: number;
  /** Number of moderation decisions on this author's recent comments. */
  recentDecisions?: number;
  /** Number of those recent decisions that were rejections. */
  recentRejections?: number;
  status?: AuthorStatus;
  suspendedUntil?: string | Date;
}

export interface ArticleContext {
  open?: boolean;
  closesAt?: string | Date | null;
  premoderation?: boolean;
}

export interface RecentComment {
  body?: string;
  fingerprint?: string;
  createdAt: string | Date;
}

export interface ClassifierResult {
  score: number;
  labels?: string[];
  /** Per-category scores (e.g. toxicity, insult, threat, identity_hate) with the words that pushed each one up. */
  categories?: Record<string, { score: number; topWords?: string[] }>;
}

/** An in-process classifier (e.g. the shipped LocalClassifier), handed to compileRuleSet. */
export interface TextClassifier {
  classify(text: string, explainAbove?: number): ClassifierResult;
}

/** Everything stateful is passed in by the worker; the engine is a pure function. */
export interface EvaluationContext {
  /** The evaluation instant. Defaults to comment.createdAt, then to the wall clock. Pass it for deterministic results. */
  now?: string | Date;
  author?: AuthorContext;
  article?: ArticleContext;
  /** This author's recent comments, NOT including the one being evaluated. */
  recentByAuthor?: RecentComment[];
  /** How many distinct authors posted the same normalised text (same `fingerprint`) recently. */
  sameTextAuthors?: number;
  /** Reader reports on this comment. */
  reportCount?: number;
  /** Result of the optional external classifier; `null` = the service was unavailable; absent = not consulted. */
  classifier?: ClassifierResult | null;
}

// ---------------------------------------------------------------------------------------------
// Rule definitions (JSON-serialisable; validated by validateRuleSet)
// ---------------------------------------------------------------------------------------------

/** Fields shared by every rule definition. */
export interface RuleBase {
  /** Unique within the rule set; `[A-Za-z0-9_.:-]{1,64}`. Appears as `Reason.ruleId`. */
  id: string;
  /** Default true. Disabled rules are validated but not compiled. */
  enabled?: boolean;
  /** Default false. Shadow rules record into `Decision.shadowReasons` without affecting the decision. */
  shadow?: boolean;
  /** Overrides the category reported in reasons (drives the DSA category mapping). */
  category?: string;
  /** Overrides the author-facing message of every reason produced by this rule. */
  message?: string;
  /** 0..1 contribution to `Decision.score` (defaults: reject 1, flag 0.5). */
  weight?: number;
}

/** A term: `"word"`, `"multi word phrase"`, `"stem*"` (prefix match), or an object with a per-term allow-list. */
/**
 * A term, or a term with its own allow-list and innocent context: `unlessNear` words (plain words or
 * `stem*`) that, anywhere in the same sentence, show the term is used in an innocent sense
 * ("faggots" near "peas", "bitch" near "litter").
 */
export type TermEntry = string | { term: string; allow?: string[]; unlessNear?: string[] };

export interface BannedTermsRule extends RuleBase {
  type: 'banned-terms';
  terms: TermEntry[];
  /** Words never matched by this rule (e.g. `"shiitake"`, `"scunthorpe*"`). */
  allow?: string[];
  /**
   * Default false. True: a match that is talked about rather than used passes — inside quotation
   * marks with a reporting verb in its sentence ("the court heard he called her a "…""), or right
   * after "the word", "words like", "called someone a" (never "called me/you a").
   */
  mentions?: boolean;
  /**
   * Default false. True: a word the writer calls themselves passes ("I'm an idiot, I misread it", "call me a nerd",
   * "I was a complete fool to believe it"); aimed at anyone else it still matches.
   */
  selfDirected?: boolean;
}

export interface SuspectTermsRule extends RuleBase {
  type: 'suspect-terms';
  terms: TermEntry[];
  allow?: string[];
  /** See BannedTermsRule.mentions. */
  mentions?: boolean;
  /** See BannedTermsRule.selfDirected. */
  selfDirected?: boolean;
}

export interface LinksRule extends RuleBase {
  type: 'links';
  /** More than this many links (not counting allowed domains) triggers `action`. Default 2. */
  maxLinks?: number;
  /** Action when maxLinks is exceeded. Default 'flag'. */
  action?: RuleAction;
  /** Domains (and their subdomains) that are always fine and never counted. */
  allowDomains?: string[];
  /** Domains (and their subdomains) that are never allowed. */
  denyDomains?: string[];
  denyAction?: RuleAction;
  /** true = built-in shortener list, false = off, array = built-in list plus these. Default true. */
  shorteners?: boolean | string[];
  shortenerAction?: RuleAction;
  /**
   * How many shortened links a comment may carry before `shortenerAction` applies (they still count
   * towards maxLinks). Default 0: any shortened link. The shipped set allows 1 (docs/rules.md).
   */
  maxShortened?: number;
  /** Detect "example dot com", "example[.]com", "example(.)com". Default true. */
  obfuscated?: boolean;
  obfuscatedAction?: RuleAction;
  /** Extra link-like pattern (e.g. messenger handles); matches count as links. Checked for catastrophic backtracking. */
  pattern?: string;
  patternFlags?: string;
}

export interface ShoutingRule extends RuleBase {
  type: 'shouting';
  /** Only comments with at least this many cased letters are considered. Default 20. */
  minLetters?: number;
  /** Capitals / cased letters above which the comment is shouting. Default 0.7. */
  maxRatio?: number;
  action?: RuleAction;
}

export interface RepeatedCharactersRule extends RuleBase {
  type: 'repeated-characters';
  /** Longest allowed run of one repeated non-space character. Default 10. */
  maxRun?: number;
  action?: RuleAction;
}

export interface LengthRule extends RuleBase {
  type: 'length';
  /** Minimum number of non-whitespace characters. Default 1. */
  min?: number;
  /** Maximum length in UTF-16 code units of the body. Default 5000. */
  max?: number;
  action?: RuleAction;
}

export interface PersonalInformationRule extends RuleBase {
  type: 'personal-information';
  emails?: boolean;
  phones?: boolean;
  action?: RuleAction;
  emailAction?: RuleAction;
  phoneAction?: RuleAction;
  /** Email domains that may be posted (e.g. the newsroom's own). */
  allowEmailDomains?: string[];
  /** Minimum digits for a phone number. Default 9. */
  minPhoneDigits?: number;
  /** Street addresses with a postcode, or next to a person ("she lives at 4 Cedar Close"). Default true. */
  addresses?: boolean;
  addressAction?: RuleAction;
  /** British number plates said to be someone's vehicle ("drives the white transit HN66 KLT"). Default true. */
  registrations?: boolean;
  registrationAction?: RuleAction;
}

export interface SpamRepeatOptions {
  /** Default 3600. */
  windowSeconds?: number;
  /** Earlier identical comments by the same author within the window needed to fire. Default 1. */
  minRepeats?: number;
  action?: RuleAction;
}
export interface SpamCrossAuthorOptions {
  /** context.sameTextAuthors >= minAuthors fires. Default 3. */
  minAuthors?: number;
  action?: RuleAction;
}
export interface SpamFloodOptions {
  /** More than maxComments (including this one) within windowSeconds fires. Default 5 per 60 s. */
  maxComments?: number;
  windowSeconds?: number;
  action?: RuleAction;
}

export interface SpamRule extends RuleBase {
  type: 'spam';
  repeat?: SpamRepeatOptions | false;
  crossAuthor?: SpamCrossAuthorOptions | false;
  flood?: SpamFloodOptions | false;
  /** Texts whose normalised form is shorter than this are ignored by repeat/crossAuthor ("+1", "Agreed!"). Default 12. */
  minLength?: number;
}

export interface AuthorTrustRule extends RuleBase {
  type: 'author-trust';
  /** Hold comments of authors with fewer than minApproved approved comments. */
  newCommenter?: { minApproved?: number; action?: RuleAction } | false;
  /** Hold when recentRejections / recentDecisions > threshold (and recentDecisions >= minDecisions). */
  rejectionRate?: { threshold?: number; minDecisions?: number; action?: RuleAction } | false;
  /** status 'premoderated'. */
  premoderated?: { action?: RuleAction } | false;
  /** status 'banned'. */
  banned?: { action?: RuleAction } | false;
  /** status 'suspended' (indefinitely, or until suspendedUntil). */
  suspended?: { action?: RuleAction } | false;
}

export interface ArticleSettingsRule extends RuleBase {
  type: 'article-settings';
  premoderation?: { action?: RuleAction } | false;
  closed?: { action?: RuleAction } | false;
}

export interface ReportsRule extends RuleBase {
  type: 'reports';
  /** Default 3. */
  threshold?: number;
  action?: RuleAction;
}

export interface ClassifierThresholds {
  flag?: number;
  reject?: number;
}

export interface ClassifierRule extends RuleBase {
  type: 'classifier';
  /** 'external': context.classifier, fetched by the worker from a hosted model (default). 'local': the in-process classifier given to compileRuleSet. */
  source?: 'external' | 'local';
  /** Per-category thresholds over result.categories (e.g. { threat: { flag: 0.8 } }); when set, the overall score thresholds apply only if flagThreshold/rejectThreshold are given too. */
  categories?: Record<string, ClassifierThresholds>;
  /** Default 0.8. */
  flagThreshold?: number;
  /** Optional; must be >= flagThreshold. */
  rejectThreshold?: number;
  /** What to do when context.classifier is null (service down). Default 'approve'. */
  fallback?: 'approve' | 'flag';
  /** If set, only classifier results carrying one of these labels count. */
  labels?: string[];
  /**
   * `source: 'local'` only: score the text without its reported quotations (words in double quotes with a reporting verb
   * outside them in the same sentence, or right after a sentence that ends with one: "a commenter compared them to "a
   * plague of locusts""), which are somebody else's words, reported or condemned. Default true.
   */
  quotations?: boolean;
}

/** One phrase pattern of a `phrases` rule (see matcher/phrase-pattern.ts for the syntax). */
export interface PhrasePatternDefinition {
  pattern: string;
  /** Defaults to the rule's action. */
  action?: RuleAction;
  /** Defaults to the rule's category. */
  category?: string;
  /** Short name of what the pattern catches, shown to moderators ("wish of harm to a named person"). */
  label?: string;
  /**
   * `sentence` (default): a match stays within one sentence. `comment`: it may run on into the
   * next sentences (its gaps still bound it), for remarks that point back at someone named in the
   * sentence before ("Judge Harrow lives alone. Folk round here have long memories.").
   */
  scope?: 'sentence' | 'comment';
}

/** An exception with a scope: `comment` lets it run on into the next sentences, as a pattern's does. */
export type PhraseExceptionDefinition = Pick<PhrasePatternDefinition, 'pattern' | 'scope'>;

export interface PhrasesRule extends RuleBase {
  type: 'phrases';
  /** Token patterns: `"@first_person_intent @violent_verb @second_person"`, or objects with their own action/category/label. */
  patterns: (string | PhrasePatternDefinition)[];
  /**
   * Patterns that, when they match in the same sentence, cancel every hit of this rule there (reporting: "according to")
   * that ends after the exception starts. An object with `scope: 'comment'` may match on into the next sentences and then
   * cancels the hits of every sentence it touches ("I'll find you Ken. You left your reading glasses at the library").
   */
  exceptions?: (string | PhraseExceptionDefinition)[];
  /** Extra word classes (name → terms), or replacements of shipped classes with the same name. */
  classes?: Record<string, string[]>;
  /** Use the shipped word classes (lists/word-classes.ts). Default true. */
  builtInClasses?: boolean;
  /** Hits inside double quotes with a reporting verb ("said", "told") in the same or a neighbouring sentence are quotations, not the writer's words. Default true. */
  quotations?: boolean;
  /** Default 'flag'. */
  action?: RuleAction;
}

export interface PatternRule extends RuleBase {
  type: 'pattern';
  /** JavaScript regular expression source; checked for catastrophic backtracking. */
  pattern: string;
  /** Subset of "imsu". Default "i". */
  flags?: string;
  action: RuleAction;
}

export type RuleDefinition =
  | BannedTermsRule
  | SuspectTermsRule
  | LinksRule
  | ShoutingRule
  | RepeatedCharactersRule
  | LengthRule
  | PersonalInformationRule
  | SpamRule
  | AuthorTrustRule
  | ArticleSettingsRule
  | ReportsRule
  | ClassifierRule
  | PatternRule
  | PhrasesRule;

export type RuleType = RuleDefinition['type'];

export interface RuleSetDefinition {
  version?: number;
  name?: string;
  rules: RuleDefinition[];
}

export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; value: RuleSetDefinition } | { ok: false; errors: ValidationIssue[] };

export interface CompileOptions {
  /** Only this many leading UTF-16 code units are evaluated by text rules. Default 20000. */
  maxEvaluatedChars?: number;
  /** Action recorded when a body is longer than maxEvaluatedChars. Default 'flag'. */
  truncationAction?: RuleAction;
  /** The in-process classifier used by `classifier` rules with `source: 'local'` (none: those rules do nothing). */
  localClassifier?: TextClassifier;
  /**
   * Time budget of one evaluation in milliseconds (default 250). Checked between rules (and by
   * rules that loop over matches): once exceeded, the remaining rules are skipped and the comment
   * is flagged for a human with a `$evaluation-budget` reason.
   */
  evaluationBudgetMs?: number;
  /** Monotonic clock in milliseconds for the budget (default performance.now); for tests. */
  clock?: () => number;
  /**
   * Clock that confirms an overrun: when `clock` says the budget is spent, the comment is evaluated
   * again timed by this one, and only an overrun on it holds the comment. Default with the default
   * clock: the process's CPU time, so a comment is not held because the machine was busy with
   * other work (a descheduled evaluation spends wall time, not CPU time). With an injected `clock`,
   * no confirmation unless one is given here.
   */
  confirmClock?: () => number;
}
