import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { CompileOptions, CompiledRuleSet, compileRuleSet, LocalClassifier, RuleSetDefinition } from '@parley/moderation-rules';
import { ModerationWorkerConfig } from '../config/moderation-worker.config';

/** Where the shipped model lives, relative to the working directory (the repository root, or /app in the image). */
export const SHIPPED_MODEL_DIR = 'libs/moderation-rules/models';

/**
 * Reads the local classifier (local-classifier.json + local-classifier.bin) from a directory.
 * Throws naming the files when they are missing or unreadable.
 */
export function loadLocalClassifier(dir: string): LocalClassifier {
  const json = join(dir, 'local-classifier.json');
  const bin = join(dir, 'local-classifier.bin');
  try {
    return LocalClassifier.fromFiles(readFileSync(json, 'utf8'), readFileSync(bin));
  } catch (e) {
    throw new Error(`cannot load the local classifier from ${json} and ${bin}: ${(e as Error).message}`);
  }
}

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
