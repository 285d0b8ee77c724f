import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { CompileOptions, CompiledRuleSet, compileRuleSet, LocalClassifier, loadLocalClassifier, RuleSetDefinition, SHIPPED_MODEL_DIR } from '@parley/moderation-rules';
import { ModerationWorkerConfig } from '../config/moderation-worker.config';

/**
 * The in-process classifier of this worker (MODERATION_LOCAL_MODEL_DIR; the shipped model by
 * default, `off` for none), loaded once at start-up: no network, no GPU. Rule sets are compiled
 * with it, so `classifier` rules with `source: 'local'` score every comment in-process.
 */
@Injectable()
export class LocalModel {
  private readonly logger = new Logger(LocalModel.name);
  readonly classifier?: LocalClassifier;

  constructor(config: ModerationWorkerConfig) {
    const setting = config.MODERATION_LOCAL_MODEL_DIR;
    if (setting === 'off') return;
    const dir = resolve(setting || SHIPPED_MODEL_DIR);
    if (!setting && !existsSync(join(dir, 'local-classifier.json'))) {
      this.logger.warn({ dir }, 'shipped local classifier not found; local classifier rules do nothing');
      return;
    }
    try {
      this.classifier = loadLocalClassifier(dir);
    } catch (e) {
      // an explicitly configured model that cannot be read stops the process, naming the variable
      throw new Error(`MODERATION_LOCAL_MODEL_DIR: ${(e as Error).message}`);
    }
    this.logger.log({ dir, categories: this.classifier.categories, trainedOn: this.classifier.trainedOn }, 'local classifier loaded');
  }

  compile(def: RuleSetDefinition, options: CompileOptions = {}): CompiledRuleSet {
    return compileRuleSet(def, { ...options, localClassifier: this.classifier });
  }
}
