import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { AnyBulkWriteOperation, Model } from 'mongoose';
import { NotificationsConfig } from '../config/notifications.config';
import { isRetryable, nextRetryDelay, parseRetryAfter } from './retry-schedule';
import { DeliveryAttempt, WebhookDelivery } from './webhook-delivery.schema';
import { WebhookHttpClient } from './webhook-http';
import { signWebhookAll } from './webhook-signature';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

const LEASE_MS = 60_000;
/** Candidates read per poll: the batch bound that keeps memory flat whatever the backlog. */
const CLAIM_BATCH = 1_000;
/**
 * Updates per bulkWrite. FerretDB 1.24 (SQLite) keeps every statement's query open until the
 * whole `update` command ends and has 100 connections per database: 100 updates in flight at
 * once (one command, or several together) deadlock it for good (measured). One outcome batch
 * of at most 32 is written at a time per replica.
 */
const WRITE_BATCH = 32;
/** Completed outcomes waiting to be written; above this, no new claims (backpressure). */
const MAX_UNWRITTEN = 1_000;
/** How long an idle poller waits at most (it is woken sooner for known work). */
const IDLE_POLL_MAX_MS = 4_000;
const IDLE_POLL_MIN_MS = 500;
/**
 * Claimed deliveries waiting for a slot, in all and per endpoint (about 10 s of the endpoint's
 * measured pace, at least its cap): one poll (a collection read on FerretDB) then feeds a fast
 * endpoint for many rounds, while a stalled one holds few. A waiting delivery not started within
 * half the lease is dropped; its claim expires and any replica takes it over.
 */
const MAX_QUEUED = 2_048;
const QUEUE_SECONDS = 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Records deliveries and sends them: signed per Standard Webhooks, 10 s timeout, retries with
 * backoff and jitter, 410 disables the subscription.
 *
 * Fast path: the replica that records a fresh event's deliveries (an insert, so a redelivered
 * Kafka message records nothing) takes the ones it has free slots for at insert time — they are
 * written with a lease (`lockedUntil`), so no poller touches them — and sends them from memory.
 * Everything else (overflow, retries, manual redelivery, leases left by a crashed replica) is
 * claimed by the poller: an unsorted bounded query, then one insert per attempt into
 * `webhook_attempt_claims` (unique `_id` = delivery + scheduled time, inserted in batches), so
 * exactly one replica sends each attempt. Every other write is by `_id` only (on FerretDB any
 * other filter scans the collection). At most WEBHOOK_CONCURRENCY in flight per replica and
 * WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT per subscription: a stalled endpoint holds only its own
 * slots. Outcomes are written in batches (bulkWrite).
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private readonly inFlight = new Set<Promise<void>>();
  /** Deliveries this replica is sending (slots taken), by id. */
  private readonly busy = new Set<string>();
  private readonly perEndpoint = new Map<string, number>();
  /** Claimed deliveries waiting for a slot of their endpoint (bounded, see MAX_QUEUED). */
  private readonly queues = new Map<string, Array<{ d: WebhookDelivery; claimedAt: number }>>();
  private readonly queuedIds = new Set<string>();
  /** Finished sends per endpoint in the current and the previous QUEUE_SECONDS window (its pace). */
  private readonly pace = new Map<string, { window: number; current: number; previous: number }>();
  private lastPollMs = 0;
  private lastPollAt = 0;
  /** Deliveries whose outcome is queued but not written yet (a poll must not take them again). */
  private readonly unwritten = new Set<string>();
  private readonly http: WebhookHttpClient;
  private pendingWrites: Array<{ id: string; op: AnyBulkWriteOperation<WebhookDelivery> }> = [];
  private flushing?: Promise<void>;
  private flushTimer?: NodeJS.Timeout;
  /** Whether the last poll suggested more due work (then a finished send wakes the poller). */
  private backlog = true;
  private idleMs = IDLE_POLL_MIN_MS;
  private retryTimer?: { at: number; timer: NodeJS.Timeout };
  readonly stats = { sent: 0, succeeded: 0, failed: 0, retried: 0, fastPath: 0, polled: 0 };

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

  private get claims() {
    return this.deliveries.db.collection<{ _id: string; at: Date }>('webhook_attempt_claims');
  }

  /** How many deliveries of this endpoint this replica may hold (sending + waiting). */
  private endpointLimit(endpointId: string): number {
    const cap = this.config.WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT;
    const p = this.pace.get(endpointId);
    if (!p) return cap * 4;
    const window = Math.floor(Date.now() / 1000 / QUEUE_SECONDS);
    const done = window === p.window ? Math.max(p.current, p.previous) : window === p.window + 1 ? p.current : 0;
    return cap + Math.min(MAX_QUEUED, Math.max(cap, done));
  }

  /** Counts a finished send: the sends of the last QUEUE_SECONDS are the endpoint's pace. */
  private countDone(endpointId: string) {
    const window = Math.floor(Date.now() / 1000 / QUEUE_SECONDS);
    const p = this.pace.get(endpointId);
    if (!p) {
      if (this.pace.size > 10_000) this.pace.clear();
      this.pace.set(endpointId, { window, current: 1, previous: 0 });
    } else if (p.window === window) p.current++;
    else {
      p.previous = p.window === window - 1 ? p.current : 0;
      p.window = window;
      p.current = 1;
    }
  }

  private queueRoom(endpointId: string): number {
    const used = (this.perEndpoint.get(endpointId) ?? 0) + (this.queues.get(endpointId)?.length ?? 0);
    return Math.min(this.endpointLimit(endpointId) - used, MAX_QUEUED - this.queuedIds.size);
  }

  /** Whether this replica can take one more delivery for this endpoint now (a slot or room to wait). */
  private canAccept(id: string, endpointId: string): boolean {
    return !this.busy.has(id) && !this.queuedIds.has(id) && this.unwritten.size < MAX_UNWRITTEN && this.queueRoom(endpointId) > 0;
  }

  /** Takes a claimed delivery: sends it now if a slot is free, else it waits (bounded). */
  private accept(d: WebhookDelivery) {
    let q = this.queues.get(d.endpointId);
    if (!q) this.queues.set(d.endpointId, (q = []));
    q.push({ d, claimedAt: Date.now() });
    this.queuedIds.add(d._id);
    this.pump(d.endpointId);
  }

  /** Starts waiting deliveries while slots are free (overall and per endpoint). */
  private pump(only?: string) {
    if (!this.running) return; // shutting down: what waits keeps its lease and is taken over later
    const cap = this.config.WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT;
    for (const [endpointId, q] of only ? ([[only, this.queues.get(only) ?? []]] as const) : [...this.queues]) {
      while (q.length && this.busy.size < this.config.WEBHOOK_CONCURRENCY && (this.perEndpoint.get(endpointId) ?? 0) < cap) {
        const { d, claimedAt } = q.shift()!;
        this.queuedIds.delete(d._id);
        if (Date.now() - claimedAt > LEASE_MS / 2) {
          this.logger.warn({ deliveryId: d._id }, 'claimed webhook delivery waited too long for a slot; left for a takeover');
          continue;
        }
        this.perEndpoint.set(endpointId, (this.perEndpoint.get(endpointId) ?? 0) + 1);
        this.busy.add(d._id);
        this.start(d);
      }
      if (!q.length) this.queues.delete(endpointId);
    }
  }

  private release(id: string, endpointId: string) {
    if (!this.busy.delete(id)) return;
    const n = (this.perEndpoint.get(endpointId) ?? 1) - 1;
    if (n <= 0) this.perEndpoint.delete(endpointId);
    else this.perEndpoint.set(endpointId, n);
  }

  /**
   * Records one delivery per matching active subscription; existing ones (a redelivered event)
   * are left alone. The new ones this replica has slots for are sent from memory at once.
   */
  async enqueue(eventId: string, eventType: string, data: unknown, timestamp: string): Promise<number> {
    const subs = await this.subscriptions.matching(eventType);
    if (!subs.length) return 0;
    const payload = JSON.stringify({ type: eventType, timestamp, data });
    const now = new Date();
    const leased = new Date(now.getTime() + LEASE_MS);
    const docs = subs.map((s) => {
      const _id = `${eventId}:${s._id}`;
      const fast = this.running && this.canAccept(_id, s._id);
      const doc: WebhookDelivery = {
        _id, eventId, eventType, endpointId: s._id, url: s.url, payload, status: 'pending', attemptCount: 0, nextAttemptAt: now,
        lockedUntil: fast ? leased : new Date(0), lockToken: null, manual: false, attempts: [], createdAt: now, updatedAt: now,
      };
      return { doc, fast };
    });
    const duplicates = new Set<number>();
    try {
      // An insert, not an upsert: cheaper, and a duplicate _id says "already recorded".
      await this.deliveries.collection.insertMany(docs.map((d) => ({ ...d.doc })) as never[], { ordered: false });
    } catch (err) {
      const writeErrors = (err as { writeErrors?: Array<{ code?: number; index: number }> | { code?: number; index: number } }).writeErrors;
      const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
      if (!list.length || list.some((e) => e.code !== 11000)) throw err;
      for (const e of list) duplicates.add(e.index);
    }
    let inserted = 0;
    let overflow = false;
    docs.forEach((d, i) => {
      if (duplicates.has(i)) return;
      inserted++;
      if (d.fast) {
        this.stats.fastPath++;
        this.accept(d.doc);
      } else overflow = true;
    });
    if (overflow) {
      this.backlog = true;
      this.wake();
    }
    return inserted;
  }

  /** Sends a delivery again (any status): a new round of attempts starts now. */
  async redeliver(subscriptionId: string, deliveryId: string): Promise<WebhookDelivery | null> {
    const existing = await this.deliveries.findById(deliveryId).lean<WebhookDelivery>().exec();
    if (!existing || existing.endpointId !== subscriptionId) return null;
    const d = await this.deliveries
      .findOneAndUpdate({ _id: deliveryId }, { $set: { status: 'pending', attemptCount: 0, nextAttemptAt: new Date(), lockedUntil: new Date(0), manual: true } }, { new: true })
      .lean<WebhookDelivery>()
      .exec();
    this.backlog = true;
    this.wake();
    return d;
  }

  wake() {
    this.idleMs = IDLE_POLL_MIN_MS;
    this.wakeUp?.();
  }

  onApplicationBootstrap() {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown() {
    this.running = false;
    this.wake();
    if (this.retryTimer) clearTimeout(this.retryTimer.timer);
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
    await this.flush();
    this.http.close();
  }

  private async run() {
    while (this.running) {
      let claimed = 0;
      try {
        claimed = await this.claimBatch();
      } catch (err) {
        this.logger.warn({ err: (err as Error).message }, 'could not claim webhook deliveries');
        await sleep(1000);
        continue;
      }
      if (claimed > 0) {
        this.idleMs = IDLE_POLL_MIN_MS;
        continue;
      }
      // Nothing due: each poll reads the collection (FerretDB cannot use an index for it), so an
      // idle poller backs off to IDLE_POLL_MAX_MS; new overflow, redeliveries and this
      // replica's own retries wake it on time.
      const wait = this.idleMs;
      this.idleMs = Math.min(IDLE_POLL_MAX_MS, this.idleMs * 2);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, wait);
        this.wakeUp = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.wakeUp = undefined;
    }
  }

  /** Wakes the poller when a retry this replica scheduled is due (one timer, the earliest). */
  private wakeAt(at: number) {
    if (this.retryTimer && this.retryTimer.at <= at && this.retryTimer.at > Date.now()) return;
    if (this.retryTimer) clearTimeout(this.retryTimer.timer);
    const timer = setTimeout(() => {
      this.retryTimer = undefined;
      this.backlog = true;
      this.wake();
    }, Math.max(0, at - Date.now()) + 5);
    timer.unref();
    this.retryTimer = { at, timer };
  }

  /**
   * Claims attempts by inserting `<deliveryId>:<scheduled ms>` into `webhook_attempt_claims`
   * (atomic on MongoDB and FerretDB: unique _id), in one batch; returns the ids won. A claim
   * left by a replica that died before sending is taken over once older than the lease, by
   * inserting the next generation (`…:g2`, `…:g3`), so takeovers are exclusive too.
   */
  private async claimAttempts(candidates: WebhookDelivery[], now: Date): Promise<Set<string>> {
    const key = (d: WebhookDelivery) => `${d._id}:${new Date(d.nextAttemptAt).getTime()}`;
    const won = new Set(candidates.map((d) => d._id));
    const lost: WebhookDelivery[] = [];
    try {
      await this.claims.insertMany(candidates.map((d) => ({ _id: key(d), at: now })), { ordered: false });
    } catch (err) {
      const writeErrors = (err as { writeErrors?: Array<{ code?: number; index: number }> | { code?: number; index: number } }).writeErrors;
      const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
      if (!list.length || list.some((e) => e.code !== 11000)) throw err;
      for (const e of list) {
        won.delete(candidates[e.index]!._id);
        lost.push(candidates[e.index]!);
      }
    }
    for (const d of lost) {
      if (await this.takeOver(key(d), now)) won.add(d._id);
    }
    return won;
  }

  private async takeOver(base: string, now: Date): Promise<boolean> {
    let current = await this.claims.findOne({ _id: base });
    for (let gen = 2; gen <= 10; gen++) {
      if (!current || current.at.getTime() > now.getTime() - LEASE_MS) return false;
      try {
        await this.claims.insertOne({ _id: `${base}:g${gen}`, at: now });
        return true;
      } catch (err) {
        if ((err as { code?: number }).code !== 11000) throw err;
        current = await this.claims.findOne({ _id: `${base}:g${gen}` });
      }
    }
    return false;
  }

  /** Claims due deliveries for endpoints with room and starts (or queues) them; returns how many. */
  private async claimBatch(): Promise<number> {
    const room = MAX_QUEUED - this.queuedIds.size;
    if (room < Math.min(64, MAX_QUEUED / 4) || this.unwritten.size >= MAX_UNWRITTEN) return 0;
    // Each poll reads the collection on FerretDB: at most half of the time goes to polling, and
    // an endpoint is refilled only once half its room is free (not one delivery per poll).
    if (Date.now() - this.lastPollAt < this.lastPollMs) return 0;
    const full = [...new Set([...this.perEndpoint.keys(), ...this.queues.keys()])].filter((id) => this.queueRoom(id) < this.endpointLimit(id) / 2);
    const now = new Date();
    const filter: Record<string, unknown> = { status: 'pending', nextAttemptAt: { $lte: now }, lockedUntil: { $lte: now } };
    if (full.length) filter.endpointId = { $nin: full };
    // What this replica is sending, holds or has not recorded yet: not leased in the database.
    const mine = [...this.busy, ...this.queuedIds, ...this.unwritten];
    if (mine.length) filter._id = { $nin: mine };
    const limit = Math.min(CLAIM_BATCH, room);
    this.lastPollAt = Date.now();
    const candidates = await this.deliveries
      // No sort: on FerretDB a sorted query reads and sorts the whole collection, an unsorted
      // one stops after `limit` matches. Whole documents: no second read per delivery.
      .find(filter)
      .limit(limit)
      .lean<WebhookDelivery[]>()
      .exec();
    this.lastPollMs = Date.now() - this.lastPollAt;
    this.backlog = candidates.length >= limit || full.length > 0;
    const picked: WebhookDelivery[] = [];
    const roomOf = new Map<string, number>();
    for (const c of candidates) {
      const left = roomOf.get(c.endpointId) ?? this.queueRoom(c.endpointId);
      if (left <= 0 || this.busy.has(c._id) || this.queuedIds.has(c._id)) {
        this.backlog = true;
        continue;
      }
      roomOf.set(c.endpointId, left - 1);
      picked.push(c);
    }
    if (!picked.length) return 0;
    const won = await this.claimAttempts(picked, now);
    let started = 0;
    for (const d of picked) {
      if (!won.has(d._id)) continue;
      this.stats.polled++;
      started++;
      this.accept(d);
    }
    return started;
  }

  /** Sends a delivery whose slot is already reserved. */
  private start(d: WebhookDelivery) {
    const p: Promise<void> = this.send(d)
      .catch((err) => this.logger.error({ err: (err as Error).message, deliveryId: d._id }, 'webhook send failed'))
      .finally(() => {
        this.inFlight.delete(p);
        this.release(d._id, d.endpointId);
        this.countDone(d.endpointId);
        this.pump(d.endpointId);
        if (this.busy.size < this.config.WEBHOOK_CONCURRENCY && this.queues.size) this.pump();
        if (this.backlog) this.wake();
      });
    this.inFlight.add(p);
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
        if (delay <= LEASE_MS) this.wakeAt(now.getTime() + delay);
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
    const update: Record<string, unknown> = { $set: { ...set, lockedUntil: new Date(0), lockToken: null, updatedAt: new Date() } };
    if (attempt) update.$push = { attempts: attempt };
    this.unwritten.add(id);
    this.pendingWrites.push({ id, op: { updateOne: { filter: { _id: id }, update } } });
    if (this.pendingWrites.length >= WRITE_BATCH) void this.flush();
    else this.flushTimer ??= setTimeout(() => void this.flush(), 20);
  }

  /** Writes queued outcomes, WRITE_BATCH per bulkWrite, one bulkWrite at a time. */
  private async flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    while (this.flushing) await this.flushing;
    if (!this.pendingWrites.length) return;
    const batch = this.pendingWrites.splice(0, WRITE_BATCH);
    this.flushing = (async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          await this.deliveries.bulkWrite(batch.map((w) => w.op), { ordered: false, timestamps: false });
          return;
        } catch (err) {
          this.logger.error({ err: (err as Error).message, ops: batch.length, attempt }, 'could not record webhook attempts; retrying');
          if (attempt >= 5) return; // the claim's lease expires and the deliveries are sent again
          await sleep(500 * attempt);
        }
      }
    })();
    try {
      await this.flushing;
    } finally {
      this.flushing = undefined;
      for (const w of batch) this.unwritten.delete(w.id);
    }
    if (this.pendingWrites.length) {
      if (this.pendingWrites.length >= WRITE_BATCH) void this.flush();
      else this.flushTimer ??= setTimeout(() => void this.flush(), 20);
    }
  }
}
