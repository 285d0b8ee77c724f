import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { CompiledRuleSet, compileRuleSet, DEFAULT_RULE_SET, evaluate, LocalClassifier, loadLocalClassifier, SHIPPED_MODEL_DIR, WriterReason, writerWarning } from '@parley/moderation-rules';
import { ProblemException } from '@parley/platform';
import { GatewayConfig } from '../gateway/gateway.config';

/** How long a draft check waits for moderation-worker. */
const WORKER_TIMEOUT_MS = 5_000;

export type CheckReason = WriterReason;

export interface CheckResult {
  /** What the rule set would decide for this text on its own (no author or article history). */
  decision: 'approved' | 'flagged' | 'rejected';
  reasons: CheckReason[];
  /** The rule-set version that checked it: the worker's active version; null = the shipped default (no worker configured). */
  ruleSetVersion: number | null;
}

const unavailable = (detail: string) => new ProblemException(503, 'check-unavailable', 'Check unavailable', detail);

/**
 * "Warn the writer before posting": the text of a draft through the rule set the worker decides
 * with. With MODERATION_WORKER_URL set (any deployment with the worker), the worker's active
 * version (plus its MODERATION_BANNED_TERMS) checks it: comments-api forwards the writer's token
 * to moderation-worker's `POST /v1/moderation/draft-check`, so a rule set an admin activates
 * applies to drafts as soon as the worker applies it to comments. Without it (comments-api on its
 * own, for development), the shipped default set with the shipped local classifier checks it
 * in-process and `ruleSetVersion` is null. Stores nothing. Only what the text says is checked;
 * the author's history, the article's settings and reader reports are the worker's, so a draft
 * that passes here may still be held.
 */
@Injectable()
export class CommentCheckService {
  private readonly logger = new Logger(CommentCheckService.name);
  private fallback?: CompiledRuleSet;
  private readonly workerUrl: string;

  constructor(gateway: GatewayConfig) {
    this.workerUrl = gateway.MODERATION_WORKER_URL.replace(/\/+$/, '');
    if (!this.workerUrl) this.logger.warn('MODERATION_WORKER_URL is not set: drafts are checked with the shipped default rule set, not the active one');
  }

  /**
   * `caller.authorization` is the writer's own Authorization header and `caller.ip` their address,
   * both passed on to the worker (X-Forwarded-For, so the worker's per-address rate limit counts
   * each writer, not comments-api, when it trusts comments-api as a proxy: HTTP_TRUSTED_PROXIES).
   */
  async check(body: string, caller: { authorization?: string; ip?: string } = {}): Promise<CheckResult> {
    const { authorization, ip } = caller;
    if (!this.workerUrl) return { ...writerWarning(evaluate(this.shippedRules(), { body }, { now: new Date() })), ruleSetVersion: null };
    let res: Response;
    try {
      res = await fetch(`${this.workerUrl}/v1/moderation/draft-check`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...(authorization ? { authorization } : {}), ...(ip ? { 'x-forwarded-for': ip } : {}) },
        body: JSON.stringify({ body }),
        signal: AbortSignal.timeout(WORKER_TIMEOUT_MS),
      });
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'draft check: moderation-worker unreachable');
      throw unavailable('The guidelines check is not available right now; the comment can still be posted.');
    }
    if (!res.ok) {
      this.logger.warn({ status: res.status }, 'draft check: moderation-worker refused');
      throw unavailable('The guidelines check is not available right now; the comment can still be posted.');
    }
    const answer = (await res.json()) as CheckResult;
    return { decision: answer.decision, reasons: answer.reasons, ruleSetVersion: answer.ruleSetVersion };
  }

  private shippedRules(): CompiledRuleSet {
    if (this.fallback) return this.fallback;
    const dir = resolve(SHIPPED_MODEL_DIR);
    let localClassifier: LocalClassifier | undefined;
    if (existsSync(join(dir, 'local-classifier.json'))) {
      localClassifier = loadLocalClassifier(dir);
    } else this.logger.warn({ dir }, 'shipped local classifier not found; drafts are checked by the rules alone');
    this.fallback = compileRuleSet(DEFAULT_RULE_SET, { localClassifier });
    return this.fallback;
  }
}
