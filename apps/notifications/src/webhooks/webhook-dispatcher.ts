import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { createHash } from 'node:crypto';
import { NotificationsConfig } from '../config/notifications.config';
import { isRetryable, nextRetryDelay, parseRetryAfter } from './retry-schedule';
import { WebhookDelivery } from './webhook-delivery.schema';
import { signWebhook } from './webhook-signature';

const LEASE_MS = 30_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Webhook endpoints are identified by a hash of their URL. */
export function endpointId(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 16);
}

/**
 * Records deliveries and sends them: signed per Standard Webhooks, 10 s timeout, retries with
 * backoff and jitter. A delivery is claimed with a lease before sending, so two replicas never
 * send it at the same time.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly concurrency = 16;

  constructor(
    @InjectModel(WebhookDelivery.name) private readonly deliveries: Model<WebhookDelivery>,
    private readonly config: NotificationsConfig,
  ) {}

  /** Records one delivery per configured endpoint; existing ones (redelivered event) are left alone. */
  async enqueue(eventId: string, eventType: string, data: unknown, timestamp: string): Promise<number> {
    const urls = this.config.NOTIFY_WEBHOOK_URLS;
    if (!urls.length) return 0;
    const payload = JSON.stringify({ type: eventType, timestamp, data });
    const now = new Date();
    const res = await this.deliveries.bulkWrite(
      urls.map((url) => {
        const id = endpointId(url);
        return {
          updateOne: {
            filter: { _id: `${eventId}:${id}` },
            update: {
              $setOnInsert: { eventId, eventType, endpointId: id, url, payload, status: 'pending' as const, attemptCount: 0, nextAttemptAt: now, lockedUntil: new Date(0), attempts: [] },
            },
            upsert: true,
          },
        };
      }),
      { ordered: false },
    );
    this.wake?.();
    return res.upsertedCount;
  }

  onApplicationBootstrap() {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown() {
    this.running = false;
    this.wake?.();
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
  }

  private async run() {
    while (this.running) {
      let claimed: WebhookDelivery | null = null;
      try {
        if (this.inFlight.size < this.concurrency) claimed = await this.claim();
      } catch (err) {
        this.logger.warn({ err: (err as Error).message }, 'could not claim webhook deliveries');
        await sleep(1000);
        continue;
      }
      if (claimed) {
        const p = this.send(claimed).finally(() => {
          this.inFlight.delete(p);
          this.wake?.();
        });
        this.inFlight.add(p);
        continue;
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 500);
        this.wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  private claim(): Promise<WebhookDelivery | null> {
    const now = new Date();
    return this.deliveries
      .findOneAndUpdate(
        { status: 'pending', nextAttemptAt: { $lte: now }, lockedUntil: { $lte: now } },
        { $set: { lockedUntil: new Date(now.getTime() + LEASE_MS) } },
        { sort: { nextAttemptAt: 1 }, new: true },
      )
      .lean<WebhookDelivery>()
      .exec();
  }

  private async send(d: WebhookDelivery): Promise<void> {
    const started = Date.now();
    const timestamp = Math.floor(started / 1000);
    let statusCode: number | null = null;
    let error: string | null = null;
    let retryAfter: string | null = null;
    try {
      const res = await fetch(d.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.NOTIFY_WEBHOOK_TIMEOUT_MS),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Parley-Webhooks/1.0',
          'webhook-id': d.eventId,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook(this.config.NOTIFY_WEBHOOK_SECRET, d.eventId, timestamp, d.payload),
        },
        body: d.payload,
      });
      statusCode = res.status;
      retryAfter = res.headers.get('retry-after');
      await res.body?.cancel().catch(() => undefined);
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (err) {
      error = (err as Error).name === 'TimeoutError' ? `timed out after ${this.config.NOTIFY_WEBHOOK_TIMEOUT_MS} ms` : (err as Error).message;
    }
    const attemptCount = d.attemptCount + 1;
    const attempt = { at: new Date(started), statusCode, error, durationMs: Date.now() - started };
    let update: Record<string, unknown>;
    if (!error) {
      update = { status: 'succeeded', lockedUntil: new Date(0) };
    } else {
      const delay = isRetryable(statusCode) ? nextRetryDelay(attemptCount, parseRetryAfter(retryAfter)) : null;
      update = delay === null ? { status: 'failed', lockedUntil: new Date(0) } : { nextAttemptAt: new Date(Date.now() + delay), lockedUntil: new Date(0) };
    }
    try {
      await this.deliveries.updateOne({ _id: d._id }, { $set: { ...update, attemptCount }, $push: { attempts: attempt } }).exec();
    } catch (err) {
      this.logger.error({ err: (err as Error).message, deliveryId: d._id }, 'could not record webhook attempt');
    }
    this.logger.log({ deliveryId: d._id, url: d.url, statusCode, error, attempt: attemptCount, outcome: update.status ?? 'retry' }, 'webhook attempt');
  }
}
