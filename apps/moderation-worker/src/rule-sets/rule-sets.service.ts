import { Injectable } from '@nestjs/common';
import type { ModerationOutcome } from '@parley/contracts';
import {
  CompiledRuleSet,
  evaluate,
  EvaluationContext,
  requiresStatementOfReasons,
  RuleSetDefinition,
  statementOfReasons,
  validateRuleSet,
  ValidationIssue,
} from '@parley/moderation-rules';
import { FieldError, ProblemException } from '@parley/platform';
import { ModerationWorkerConfig } from '../config/moderation-worker.config';
import { DecisionLogService } from '../decisions/decision-log.service';
import { ActiveRuleSet } from '../moderation/active-rule-set';
import { snapshotToContext, toStoredReasons } from '../moderation/comment-moderation.service';

const SAMPLES = 25;
const YIELD_EVERY = 200;

export const invalidRuleSet = (errors: FieldError[]) =>
  new ProblemException(400, 'invalid-rule-set', 'Invalid rule set', `The rule set is invalid: ${errors.slice(0, 5).map((e) => `${e.field}: ${e.message}`).join('; ')}`, { errors });

/** Engine issues as problem+json field errors, optionally under a prefix (`ruleSet.rules[2].pattern`). */
export function toFieldErrors(issues: readonly ValidationIssue[], prefix = ''): FieldError[] {
  return issues.map((i) => ({ field: prefix ? (i.path === '(root)' ? prefix : `${prefix}.${i.path}`) : i.path, message: i.message }));
}

export interface BacktestReport {
  version: number;
  evaluated: number;
  changed: number;
  unchanged: number;
  /** Recorded outcome → outcome under the tested version, for every pair that occurred. */
  transitions: Array<{ from: ModerationOutcome; to: ModerationOutcome; count: number }>;
  before: Record<ModerationOutcome, number>;
  after: Record<ModerationOutcome, number>;
  /** Which versions made the recorded decisions. */
  recordedVersions: Record<string, number>;
  /** Shadow rules of the tested version that would have fired. */
  shadowHits: Record<string, number>;
  samples: Array<{
    commentId: string;
    revision: number;
    decidedAt: string;
    excerpt: string;
    recorded: { decision: ModerationOutcome; ruleSetVersion: number | null; reasons: string[] };
    wouldBe: { decision: ModerationOutcome; reasons: Array<{ ruleId: string; category: string; action: string; excerpt?: string }> };
  }>;
}

/** Dry runs and backtests: evaluation without recording or publishing anything. */
@Injectable()
export class RuleSetsService {
  constructor(
    private readonly active: ActiveRuleSet,
    private readonly log: DecisionLogService,
    private readonly config: ModerationWorkerConfig,
  ) {}

  /** Validates an untrusted definition; throws 400 naming the paths. */
  validated(def: unknown, prefix = ''): RuleSetDefinition {
    const result = validateRuleSet(def);
    if (result.ok === false) throw invalidRuleSet(toFieldErrors(result.errors, prefix));
    return result.value;
  }

  async dryRun(input: { body: string; context: EvaluationContext; version?: number; ruleSet?: unknown }) {
    let compiled: CompiledRuleSet;
    let source: 'active' | 'version' | 'inline';
    if (input.ruleSet !== undefined) {
      compiled = this.active.compile(this.active.withConfiguredTerms(this.validated(input.ruleSet, 'ruleSet')));
      source = 'inline';
    } else if (input.version !== undefined) {
      compiled = await this.active.compiledVersion(input.version);
      source = 'version';
    } else {
      compiled = this.active.compiled;
      source = 'active';
    }
    const now = new Date();
    const ruleSetVersion = source === 'inline' ? null : (compiled.version ?? null);
    const result = evaluate(compiled, { id: 'dry-run', body: input.body }, { now, ...input.context });
    const statement = requiresStatementOfReasons(result)
      ? statementOfReasons({ decision: { ...result, ruleSetVersion: ruleSetVersion ?? undefined }, comment: { id: 'dry-run', body: input.body }, automated: true, now })
      : null;
    return {
      source,
      ruleSetVersion,
      decision: result.decision,
      score: result.score,
      reasons: toStoredReasons(result.reasons),
      shadowReasons: toStoredReasons(result.shadowReasons),
      statementOfReasons: statement,
    };
  }

  /** Evaluates `version` against the last `limit` comments the worker decided and compares with what was recorded. */
  async backtest(version: number, limit: number): Promise<BacktestReport> {
    const compiled = await this.active.compiledVersion(version);
    const docs = await this.log.recentWithBodies(Math.min(limit, this.config.MODERATION_BACKTEST_MAX));
    const zero = (): Record<ModerationOutcome, number> => ({ approved: 0, flagged: 0, rejected: 0 });
    const report: BacktestReport = { version, evaluated: 0, changed: 0, unchanged: 0, transitions: [], before: zero(), after: zero(), recordedVersions: {}, shadowHits: {}, samples: [] };
    const pairs = new Map<string, { from: ModerationOutcome; to: ModerationOutcome; count: number }>();
    for (const [i, d] of docs.entries()) {
      if (i > 0 && i % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
      const context: EvaluationContext = d.context ? snapshotToContext(d.context) : {};
      const result = evaluate(compiled, { id: d.commentId, body: d.body!, authorId: d.authorId, articleId: d.articleId, createdAt: d.commentCreatedAt }, { ...context, now: d.decidedAt });
      report.evaluated++;
      report.before[d.decision]++;
      report.after[result.decision]++;
      const rv = String(d.ruleSetVersion ?? 'none');
      report.recordedVersions[rv] = (report.recordedVersions[rv] ?? 0) + 1;
      for (const s of result.shadowReasons) report.shadowHits[s.ruleId] = (report.shadowHits[s.ruleId] ?? 0) + 1;
      if (result.decision === d.decision) {
        report.unchanged++;
        continue;
      }
      report.changed++;
      const key = `${d.decision}>${result.decision}`;
      const pair = pairs.get(key) ?? { from: d.decision, to: result.decision, count: 0 };
      pair.count++;
      pairs.set(key, pair);
      if (report.samples.length < SAMPLES) {
        report.samples.push({
          commentId: d.commentId,
          revision: d.revision,
          decidedAt: new Date(d.decidedAt).toISOString(),
          excerpt: [...d.body!].slice(0, 280).join(''),
          recorded: { decision: d.decision, ruleSetVersion: d.ruleSetVersion, reasons: d.reasons.map((r) => r.ruleId) },
          wouldBe: { decision: result.decision, reasons: result.reasons.map(({ ruleId, category, action, excerpt }) => ({ ruleId, category, action, ...(excerpt !== undefined ? { excerpt } : {}) })) },
        });
      }
    }
    report.transitions = [...pairs.values()].sort((a, b) => b.count - a.count);
    return report;
  }
}
