import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { AnyBulkWriteOperation, Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { NotificationsConfig } from '../config/notifications.config';
import { isRetryable, nextRetryDelay, parseRetryAfter } from './retry-schedule';
import { DeliveryAttempt, WebhookDelivery } from './webhook-delivery.schema';
import { WebhookHttpClient } from './webhook-http';
import { signWebhookAll } from './webhook-signature';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

const LEASE_MS = 60_000;
/** Candidates read per claim: the batch bound that keeps memory flat whatever the backlog. */
const CLAIM_BATCH = 200;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Records deliveries and sends them: signed per Standard Webhooks, 10 s timeout, retries with
 * backoff and jitter, 410 disables the subscription. Deliveries are claimed from the database
 * in bounded batches with a lease (so two replicas never send one at the same time), at most
 * WEBHOOK_CONCURRENCY in flight and at most WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT per
 * subscription: a slow or stalled endpoint holds only its own slots, never the others'.
 * Outcomes are written in batches (bulkWrite).
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly perEndpoint = new Map<string, number>();
  private readonly http: WebhookHttpClient;
  private pendingWrites: AnyBulkWriteOperation<WebhookDelivery>[] = [];
  private flushing?: Promise<void>;
  private flushTimer?: NodeJS.Timeout;
  readonly stats = { sent: 0, succeeded: 0, failed: 0, retried: 0 };

  constructor(
    @InjectModel(WebhookDelivery.name) private readonly deliveries: Model<WebhookDelivery>,
    private readonly subscriptions: WebhookSubscriptionsService,
    private readonly config: NotificationsConfig,
  ) {
    this.http = new WebhookHttpClient({ timeoutMs: config.NOTIFY_WEBHOOK_TIMEOUT_MS, maxSocketsPerHost: config.WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT, allowPrivate: config.WEBHOOK_ALLOW_PRIVATE_NETWORKS });
  }

  get httpClient(): WebhookHttpClient {
    return this.http;
  }

  /** Records one delivery per matching active subscription; existing ones (a redelivered event) are left alone. */
  async enqueue(eventId: string, eventType: string, data: unknown, timestamp: string): Promise<number> {
    const subs = await this.subscriptions.matching(eventType);
    if (!subs.length) return 0;
    const payload = JSON.stringify({ type: eventType, timestamp, data });
    const now = new Date();
    const res = await this.deliveries.bulkWrite(
      subs.map((s) => ({
        updateOne: {
          filter: { _id: `${eventId}:${s._id}` },
          update: {
            $setOnInsert: { eventId, eventType, endpointId: s._id, url: s.url, payload, status: 'pending' as const, attemptCount: 0, nextAttemptAt: now, lockedUntil: new Date(0), lockToken: null, manual: false, attempts: [] },
          },
          upsert: true,
        },
      })),
      { ordered: false },
    );
    this.wake();
    return res.upsertedCount;
  }

  /** Sends a delivery again (any status): a new round of attempts starts now. */
  async redeliver(subscriptionId: string, deliveryId: string): Promise<WebhookDelivery | null> {
    const d = await this.deliveries
      .findOneAndUpdate(
        { _id: deliveryId, endpointId: subscriptionId },
        { $set: { status: 'pending', attemptCount: 0, nextAttemptAt: new Date(), lockedUntil: new Date(0), manual: true } },
        { new: true },
      )
      .lean<WebhookDelivery>()
      .exec();
    this.wake();
    return d;
  }

  wake() {
    this.wakeUp?.();
  }

  onApplicationBootstrap() {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown() {
    this.running = false;
    this.wake();
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
    await this.flush();
    this.http.close();
  }

  private async run() {
    while (this.running) {
      let claimed = 0;
      try {
        if (this.inFlight.size < this.config.WEBHOOK_CONCURRENCY) claimed = await this.claimBatch();
      } catch (err) {
        this.logger.warn({ err: (err as Error).message }, 'could not claim webhook deliveries');
        await sleep(1000);
        continue;
      }
      if (claimed > 0) continue;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 500);
        this.wakeUp = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.wakeUp = undefined;
    }
  }

  /** Claims due deliveries for endpoints with free slots and starts sending them; returns how many. */
  /**
   * Claims one scheduled attempt of a delivery for this replica. A claim left by a replica that
   * died before sending is taken over once it is older than the lease.
   */
  private async claimAttempt(deliveryId: string, nextAttemptAt: Date, now: Date): Promise<boolean> {
    const claims = this.deliveries.db.collection<{ _id: string; at: Date }>('webhook_attempt_claims');
    const _id = `${deliveryId}:${new Date(nextAttemptAt).getTime()}`;
    for (let takeover = 0; takeover < 2; takeover++) {
      try {
        await claims.insertOne({ _id, at: now });
        return true;
      } catch (err) {
        if ((err as { code?: number }).code !== 11000) throw err;
        const existing = await claims.findOne({ _id });
        if (!existing || existing.at.getTime() > now.getTime() - LEASE_MS) return false;
        await claims.deleteOne({ _id, at: existing.at });
      }
    }
    return false;
  }

  private async claimBatch(): Promise<number> {
    const free = this.config.WEBHOOK_CONCURRENCY - this.inFlight.size;
    const cap = this.config.WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT;
    const saturated = [...this.perEndpoint].filter(([, n]) => n >= cap).map(([id]) => id);
    const now = new Date();
    const filter: Record<string, unknown> = { status: 'pending', nextAttemptAt: { $lte: now }, lockedUntil: { $lte: now } };
    if (saturated.length) filter.endpointId = { $nin: saturated };
    const candidates = await this.deliveries
      // No sort: on FerretDB a sorted query reads and sorts the whole collection, an unsorted
      // one stops after `limit` matches (measured: 4.7 s vs 72 ms with 20,000 deliveries).
      .find(filter, { _id: 1, endpointId: 1, nextAttemptAt: 1 })
      .limit(Math.min(CLAIM_BATCH, free * 2))
      .lean<Array<{ _id: string; endpointId: string; nextAttemptAt: Date }>>()
      .exec();
    const room = new Map<string, number>();
    const picked: string[] = [];
    for (const c of candidates) {
      if (picked.length >= free) break;
      const left = room.get(c.endpointId) ?? cap - (this.perEndpoint.get(c.endpointId) ?? 0);
      if (left <= 0) continue;
      room.set(c.endpointId, left - 1);
      picked.push(c._id);
    }
    if (!picked.length) return 0;
    // Each one is claimed by _id with a conditional update (a lease), so of two replicas only
    // one gets it; one updateMany with $in would cost FerretDB a collection scan per document.
    const token = randomUUID();
    const lease = { $set: { lockedUntil: new Date(now.getTime() + LEASE_MS), lockToken: token } };
    const mine: WebhookDelivery[] = [];
    const scheduled = new Map(candidates.map((c) => [c._id, c.nextAttemptAt] as const));
    for (let i = 0; i < picked.length; i += 16) {
      const got = await Promise.all(
        picked.slice(i, i + 16).map(async (id) => {
          // FerretDB runs an update as read-then-replace, so two replicas' conditional updates
          // can both "win". Inserting a claim keyed by the scheduled attempt is atomic on both
          // MongoDB and FerretDB (unique _id): exactly one replica sends each attempt.
          if (!(await this.claimAttempt(id, scheduled.get(id)!, now))) return null;
          return this.deliveries.findOneAndUpdate({ _id: id, status: 'pending' }, lease, { new: true }).lean<WebhookDelivery>().exec();
        }),
      );
      for (const d of got) if (d) mine.push(d);
    }
    for (const d of mine) {
      this.perEndpoint.set(d.endpointId, (this.perEndpoint.get(d.endpointId) ?? 0) + 1);
      const p = this.send(d)
        .catch((err) => this.logger.error({ err: (err as Error).message, deliveryId: d._id }, 'webhook send failed'))
        .finally(() => {
          this.inFlight.delete(p);
          const n = (this.perEndpoint.get(d.endpointId) ?? 1) - 1;
          if (n <= 0) this.perEndpoint.delete(d.endpointId);
          else this.perEndpoint.set(d.endpointId, n);
          this.wake();
        });
      this.inFlight.add(p);
    }
    return mine.length;
  }

  private async send(d: WebhookDelivery): Promise<void> {
    const sub = await this.subscriptions.cached(d.endpointId);
    if (!sub || sub.status !== 'active') {
      this.write(d._id, { status: 'cancelled' }, null);
      return;
    }
    const started = Date.now();
    const timestamp = Math.floor(started / 1000);
    const secrets = sub.secrets.filter((s) => !s.expiresAt || new Date(s.expiresAt).getTime() > started).map((s) => s.secret);
    const res = await this.http.post(
      sub.url,
      {
        'content-type': 'application/json',
        'user-agent': 'Parley-Webhooks/1.0',
        'webhook-id': d.eventId,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhookAll(secrets, d.eventId, timestamp, d.payload),
      },
      d.payload,
      sub.source === 'env',
    );
    this.stats.sent++;
    const attemptCount = d.attemptCount + 1;
    const attempt: DeliveryAttempt = { at: new Date(started), statusCode: res.statusCode, error: res.error, durationMs: Date.now() - started, manual: d.manual };
    const now = new Date();
    let set: Partial<WebhookDelivery>;
    let outcome: string;
    if (!res.error) {
      set = { status: 'succeeded' };
      outcome = 'succeeded';
      this.stats.succeeded++;
      await this.subscriptions.recordSuccess(sub);
    } else if (res.statusCode === 410) {
      set = { status: 'failed' };
      outcome = 'failed';
      this.stats.failed++;
      await this.subscriptions.disable(sub, 'the endpoint answered 410 Gone');
    } else {
      const delay = !res.forbidden && isRetryable(res.statusCode) ? nextRetryDelay(attemptCount, parseRetryAfter(res.retryAfter), Math.random, this.config.WEBHOOK_RETRY_DELAYS_MS) : null;
      if (delay === null) {
        set = { status: 'failed' };
        outcome = 'failed';
        this.stats.failed++;
      } else {
        set = { nextAttemptAt: new Date(now.getTime() + delay) };
        outcome = 'retry';
        this.stats.retried++;
      }
      await this.subscriptions.recordFailure(sub, now);
    }
    this.write(d._id, { ...set, attemptCount }, attempt);
    this.logger.debug({ deliveryId: d._id, statusCode: res.statusCode, error: res.error, attempt: attemptCount, outcome }, 'webhook attempt');
    if (outcome !== 'succeeded') this.logger.log({ deliveryId: d._id, url: sub.url, statusCode: res.statusCode, error: res.error, attempt: attemptCount, outcome }, 'webhook attempt failed');
  }

  /** Queues the outcome of an attempt; written with the next batch (at most ~20 ms later). */
  private write(id: string, set: Partial<WebhookDelivery>, attempt: DeliveryAttempt | null) {
    const update: Record<string, unknown> = { $set: { ...set, lockedUntil: new Date(0), lockToken: null } };
    if (attempt) update.$push = { attempts: attempt };
    this.pendingWrites.push({ updateOne: { filter: { _id: id }, update } });
    if (this.pendingWrites.length >= 200) void this.flush();
    else this.flushTimer ??= setTimeout(() => void this.flush(), 20);
  }

  private async flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.flushing) await this.flushing;
    if (!this.pendingWrites.length) return;
    const ops = this.pendingWrites;
    this.pendingWrites = [];
    this.flushing = (async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          await this.deliveries.bulkWrite(ops, { ordered: false });
          return;
        } catch (err) {
          this.logger.error({ err: (err as Error).message, ops: ops.length, attempt }, 'could not record webhook attempts; retrying');
          if (attempt >= 5) return; // the lease expires and the deliveries are sent again
          await sleep(500 * attempt);
        }
      }
    })();
    await this.flushing;
    this.flushing = undefined;
  }
}
