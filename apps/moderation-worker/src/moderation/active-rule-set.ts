import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { CompileOptions, CompiledRuleSet, RuleDefinition, RuleSetDefinition } from '@parley/moderation-rules';
import { LocalModel } from '../classifier/local-model';
import { ModerationWorkerConfig } from '../config/moderation-worker.config';
import { RuleSetStore } from '../rule-sets/rule-set-store.service';
import { ruleSetMetrics } from '../rule-sets/rule-set-metrics';

export const CONFIGURED_TERMS_RULE_ID = 'configured-banned-terms';
const CACHE_SIZE = 8;

/**
 * The rule set decisions are made with: the active stored version (MongoDB) plus the banned
 * terms of MODERATION_BANNED_TERMS as one extra rule. Reloaded at start-up, when an activation
 * event arrives (RuleSetActivationListener) and on a periodic check, so every replica follows
 * the active version without a restart.
 */
@Injectable()
export class ActiveRuleSet implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ActiveRuleSet.name);
  private current?: { version: number; activationSeq: number; definition: RuleSetDefinition; compiled: CompiledRuleSet };
  private readonly cache = new Map<number, CompiledRuleSet>();
  private timer?: NodeJS.Timeout;
  private refreshing?: Promise<void>;

  constructor(
    private readonly config: ModerationWorkerConfig,
    private readonly store: RuleSetStore,
    private readonly localModel: LocalModel,
  ) {}

  async onModuleInit() {
    await this.store.ready();
    await this.refresh('startup');
    this.timer = setInterval(() => void this.refresh('poll').catch((err) => this.logger.warn({ err: (err as Error).message }, 'rule-set check failed')), this.config.MODERATION_RULESET_REFRESH_MS);
    this.timer.unref();
  }

  onApplicationShutdown() {
    if (this.timer) clearInterval(this.timer);
  }

  get definition(): RuleSetDefinition {
    return this.mustCurrent().definition;
  }

  get compiled(): CompiledRuleSet {
    return this.mustCurrent().compiled;
  }

  get version(): number {
    return this.mustCurrent().version;
  }

  private mustCurrent() {
    if (!this.current) throw new Error('the active rule set is not loaded yet');
    return this.current;
  }

  /** Compiles a definition with this worker's local classifier. */
  compile(def: RuleSetDefinition): CompiledRuleSet {
    return this.localModel.compile(def, this.compileOptions);
  }

  /** Adds the configured banned terms (if any) as one more rule. */
  withConfiguredTerms(def: RuleSetDefinition): RuleSetDefinition {
    const terms = this.config.MODERATION_BANNED_TERMS;
    if (!terms.length) return def;
    const ids = new Set(def.rules.map((r) => r.id));
    let id = CONFIGURED_TERMS_RULE_ID;
    for (let i = 2; ids.has(id); i++) id = `${CONFIGURED_TERMS_RULE_ID}-${i}`;
    const rule: RuleDefinition = { id, type: 'banned-terms', category: 'profanity', terms };
    return { ...def, rules: [...def.rules, rule] };
  }

  /** Options every rule set of this worker is compiled with (the evaluation budget). */
  get compileOptions(): CompileOptions {
    return { evaluationBudgetMs: this.config.MODERATION_EVALUATION_BUDGET_MS };
  }

  /** A stored version compiled with the configured terms (cached), for dry runs and backtests. */
  async compiledVersion(version: number): Promise<CompiledRuleSet> {
    if (this.current?.version === version) return this.current.compiled;
    const hit = this.cache.get(version);
    if (hit) return hit;
    const { definition } = await this.store.mustGet(version);
    const compiled = this.localModel.compile(this.withConfiguredTerms({ ...definition, version }), this.compileOptions);
    this.cache.set(version, compiled);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as number);
    return compiled;
  }

  /** Re-reads the active version from MongoDB and switches to it when it changed. Calls are serialised. */
  refresh(source: 'startup' | 'event' | 'poll' | 'activation'): Promise<void> {
    const run = async () => {
      const state = await this.store.active();
      ruleSetMetrics.checks.inc({ source });
      if (this.current && this.current.version === state.version && this.current.activationSeq >= state.activationSeq) return;
      if (this.current && state.activationSeq < this.current.activationSeq) return; // never go back to an older activation
      const { definition } = await this.store.mustGet(state.version);
      const merged = this.withConfiguredTerms({ ...definition, version: state.version });
      const compiled = this.localModel.compile(merged, this.compileOptions);
      const previous = this.current?.version ?? null;
      this.current = { version: state.version, activationSeq: state.activationSeq, definition: merged, compiled };
      ruleSetMetrics.activeVersion.set(state.version);
      if (previous !== state.version) {
        ruleSetMetrics.switches.inc({ source });
        this.logger.log({ version: state.version, previousVersion: previous, activationSeq: state.activationSeq, source, rules: merged.rules.length, configuredBannedTerms: this.config.MODERATION_BANNED_TERMS.length }, 'rule set loaded');
      }
    };
    const next = (this.refreshing ?? Promise.resolve()).catch(() => undefined).then(run);
    this.refreshing = next;
    return next;
  }
}
