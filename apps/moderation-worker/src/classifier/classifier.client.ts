import { Injectable, Logger } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { Counter, Histogram } from 'prom-client';
import type { ClassifierResult } from '@parley/moderation-rules';
import { ModerationWorkerConfig } from '../config/moderation-worker.config';

export const classifierMetrics = {
  requests: new Counter({
    name: 'parley_classifier_requests_total',
    help: 'Calls to the external classifier by outcome (ok, timeout, error, invalid); anything but ok falls back',
    labelNames: ['outcome'] as const,
  }),
  duration: new Histogram({ name: 'parley_classifier_duration_seconds', help: 'External classifier latency', buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5] }),
};

const MAX_LABELS = 50;

/** The request signature: HMAC-SHA256 over `<timestamp>.<raw body>` with MODERATION_CLASSIFIER_SECRET. */
export function classifierSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Checks the classifier's answer: `{ score: 0..1, labels?: string[] }`; anything else is null. */
export function parseClassifierAnswer(value: unknown): ClassifierResult | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { score, labels } = value as { score?: unknown; labels?: unknown };
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 1) return null;
  if (labels === undefined || labels === null) return { score };
  if (!Array.isArray(labels) || labels.length > MAX_LABELS || !labels.every((l) => typeof l === 'string' && l.length > 0 && l.length <= 100)) return null;
  return { score, labels: labels as string[] };
}

/**
 * Optional external classifier (MODERATION_CLASSIFIER_URL). Returns `undefined` when none is
 * configured (the classifier rule is not consulted) and `null` when it failed, timed out or
 * answered nonsense (the rule's `fallback` applies).
 */
@Injectable()
export class ClassifierClient {
  private readonly logger = new Logger(ClassifierClient.name);

  constructor(private readonly config: ModerationWorkerConfig) {}

  get enabled(): boolean {
    return !!this.config.MODERATION_CLASSIFIER_URL;
  }

  async classify(input: { id: string; body: string; articleId: string }): Promise<ClassifierResult | null | undefined> {
    if (!this.enabled) return undefined;
    const body = JSON.stringify({ id: input.id, body: input.body, articleId: input.articleId });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const stop = classifierMetrics.duration.startTimer();
    let outcome: 'ok' | 'timeout' | 'error' | 'invalid' = 'error';
    try {
      const res = await fetch(this.config.MODERATION_CLASSIFIER_URL, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-parley-timestamp': timestamp,
          'x-parley-signature': classifierSignature(this.config.MODERATION_CLASSIFIER_SECRET, timestamp, body),
        },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(this.config.MODERATION_CLASSIFIER_TIMEOUT_MS),
      });
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        this.logger.warn({ status: res.status, commentId: input.id }, 'classifier answered an error; fallback applies');
        return null;
      }
      const text = await res.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      const parsed = parseClassifierAnswer(json);
      outcome = parsed ? 'ok' : 'invalid';
      if (!parsed) this.logger.warn({ commentId: input.id }, 'classifier answer is not { score: 0..1, labels? }; fallback applies');
      return parsed;
    } catch (err) {
      const e = err as Error;
      outcome = e.name === 'TimeoutError' || e.name === 'AbortError' ? 'timeout' : 'error';
      this.logger.warn({ commentId: input.id, outcome, err: e.message }, 'classifier unavailable; fallback applies');
      return null;
    } finally {
      stop();
      classifierMetrics.requests.inc({ outcome });
    }
  }
}
