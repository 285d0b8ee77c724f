import { Injectable, Logger } from '@nestjs/common';
import { CompiledRuleSet, compileRuleSet, DEFAULT_RULE_SET, RuleSetDefinition } from '@parley/moderation-rules';
import { ModerationWorkerConfig } from '../config/moderation-worker.config';

/** The rule set decisions are made with: the shipped guidelines plus configured banned terms. */
@Injectable()
export class ActiveRuleSet {
  private readonly logger = new Logger(ActiveRuleSet.name);
  readonly definition: RuleSetDefinition;
  readonly compiled: CompiledRuleSet;

  constructor(config: ModerationWorkerConfig) {
    const extra = config.MODERATION_BANNED_TERMS;
    this.definition = extra.length
      ? {
          ...DEFAULT_RULE_SET,
          rules: [...DEFAULT_RULE_SET.rules, { id: 'configured-banned-terms', type: 'banned-terms', category: 'profanity', terms: extra } as RuleSetDefinition['rules'][number]],
        }
      : DEFAULT_RULE_SET;
    this.compiled = compileRuleSet(this.definition);
    this.logger.log({ rules: this.definition.rules.length, configuredBannedTerms: extra.length }, 'rule set compiled');
  }

  get version(): number | null {
    return this.definition.version ?? null;
  }
}
