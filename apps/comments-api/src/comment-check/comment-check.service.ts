import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { CompiledRuleSet, compileRuleSet, DEFAULT_RULE_SET, evaluate, LocalClassifier } from '@parley/moderation-rules';

/** The shipped local classifier, relative to the working directory (the repository root, or /app in the image). */
const SHIPPED_MODEL_DIR = 'libs/moderation-rules/models';

export interface CheckReason {
  category: string;
  action: 'flag' | 'reject';
  /** Fit to show the writer. */
  message: string;
  excerpt?: string;
  start?: number;
  end?: number;
}

export interface CheckResult {
  /** What the shipped guidelines would decide for this text on its own (no author or article history). */
  decision: 'approved' | 'flagged' | 'rejected';
  reasons: CheckReason[];
}

/**
 * "Warn the writer before posting": runs the text of a draft comment through the shipped
 * community guidelines (the default rule set with the shipped local classifier), in-process,
 * storing nothing. Only what the text says is checked; the author's history, the article's
 * settings and reader reports are the worker's, so a draft that passes here may still be held.
 */
@Injectable()
export class CommentCheckService {
  private readonly logger = new Logger(CommentCheckService.name);
  private readonly rules: CompiledRuleSet;

  constructor() {
    const dir = resolve(SHIPPED_MODEL_DIR);
    let localClassifier: LocalClassifier | undefined;
    if (existsSync(join(dir, 'local-classifier.json'))) {
      localClassifier = LocalClassifier.fromFiles(readFileSync(join(dir, 'local-classifier.json'), 'utf8'), readFileSync(join(dir, 'local-classifier.bin')));
    } else this.logger.warn({ dir }, 'shipped local classifier not found; drafts are checked by the rules alone');
    this.rules = compileRuleSet(DEFAULT_RULE_SET, { localClassifier });
  }

  check(body: string): CheckResult {
    const d = evaluate(this.rules, { body }, { now: new Date() });
    const reasons: CheckReason[] = [];
    const seen = new Set<string>();
    for (const r of d.reasons) {
      // one reason per message and excerpt: the writer needs to know what to change, not every rule
      const key = `${r.message}\u0000${r.excerpt ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const reason: CheckReason = { category: r.category, action: r.action, message: r.message };
      if (r.excerpt !== undefined) Object.assign(reason, { excerpt: r.excerpt, start: r.start, end: r.end });
      reasons.push(reason);
    }
    return { decision: d.decision, reasons };
  }
}
