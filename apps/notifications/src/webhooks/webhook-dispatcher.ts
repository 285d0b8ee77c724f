import { urlOrigin } from '@parley/platform';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Batcher } from '../common/batcher';
import { NotificationsConfig } from '../config/notifications.config';
import { isRetryable, nextRetryDelay, parseRetryAfter } from './retry-schedule';
import { WebhookDeliveryStore } from './webhook-delivery-store';
import { attemptId, AttemptOutcome, WebhookAttempt, WebhookDelivery, WebhookWork, WebhookWorkHeader, WorkItem } from './webhook-delivery.schema';
import { WebhookHttpClient } from './webhook-http';
import { signWebhookAll } from './webhook-signature';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';
import { workLeaseMs } from './work-lease';

/** Items per work group (one document). */
const GROUP_MAX = 50;
/** Work groups read per poll. */
const POLL_GROUPS = 64;
/** Fresh events recorded together (one subscriptions query, one insert of deliveries). */
const RECORD_BATCH = 512;
/**
 * Claimed items waiting for a slot, in all and per endpoint (about 10 s of the endpoint's
 * measured pace, at least its cap; a claimed group may exceed it by up to GROUP_MAX).
 */
const MAX_QUEUED = 2_048;
const QUEUE_SECONDS = 10;
/** Outcomes not written yet; above this, nothing new is taken (backpressure). */
const MAX_UNWRITTEN = 2_000;
const IDLE_POLL_MIN_MS = 250;
const IDLE_POLL_MAX_MS = 2_000;
const FLUSH_DELAY_MS = 5;
const WRITE_TRIES = 5;
const CLAIM_PURGE_EVERY_MS = 15 * 60_000;
const CLAIM_KEEP_MS = 86_400_000;
/** Items without a header this old are a crash's leftovers (a group's two writes are milliseconds apart). */
const ORPHAN_ITEMS_AFTER_MS = 3_600_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Item = WorkItem & { payload: string };
interface Job {
  item: Item;
  /** The work group (journal or claimed group) this attempt belongs to. */
  group: string;
  acceptedAt: number;
  /** Its outcome is queued for writing (it is settled). */
  settled?: boolean;
}
interface RecordRequest {
  eventId: string;
  eventType: string;
  data: unknown;
  timestamp: string;
}

/**
 * Groups work items per endpoint, at most GROUP_MAX per group. Items due at about the same time
 * share a group (within ~5 % of the first one's delay, at least a second: the retry jitter is
 * ±20 %), which is due when the last of them is (a Retry-After is a minimum).
 */
export function workGroups(items: Array<{ item: Item; due: number }>, now: Date, prefix: string): WebhookWork[] {
  const byEndpoint = new Map<string, Array<{ item: Item; due: number }>>();
  for (const x of items) {
    let list = byEndpoint.get(x.item.e);
    if (!list) byEndpoint.set(x.item.e, (list = []));
    list.push(x);
  }
  const docs: WebhookWork[] = [];
  const push = (part: Array<{ item: Item; due: number }>) =>
    docs.push({
      _id: `${prefix}:${randomUUID()}`,
      endpointId: part[0]!.item.e,
      due: new Date(Math.max(...part.map((x) => x.due))),
      lockedUntil: new Date(0),
      journal: false,
      items: part.map((x) => x.item),
      createdAt: now,
    });
  for (const list of byEndpoint.values()) {
    list.sort((a, b) => a.due - b.due);
    let part: Array<{ item: Item; due: number }> = [];
    let limit = 0;
    for (const x of list) {
      if (part.length && (part.length >= GROUP_MAX || x.due > limit)) {
        push(part);
        part = [];
      }
      if (!part.length) limit = x.due + Math.max(1000, (x.due - now.getTime()) * 0.05);
      part.push(x);
    }
    if (part.length) push(part);
  }
  return docs;
}

/**
 * Records deliveries and sends them: signed per Standard Webhooks, 10 s timeout, retries with
 * backoff and jitter, 410 disables the subscription.
 *
 * Writes are inserts in batches on the hot path (see WebhookDeliveryStore). Fresh events are
 * recorded together: one query for the subscriptions, then a journal of the fresh deliveries
 * (leased to this replica), the deliveries themselves (an insert: a redelivered Kafka message
 * records nothing) and, for the ones this replica has no room for, work groups per endpoint.
 * The journaled ones are sent from memory (fast path). Outcomes are appended to the attempt log
 * in batches; a group (journal or claimed work) is deleted once all its attempts are settled.
 * Everything else (overflow, retries, manual redelivery, groups left by a replica that died) is
 * polled from the small `webhook_work` collection and claimed per group by an insert, so
 * exactly one replica sends each attempt. At most WEBHOOK_CONCURRENCY in flight per replica and
 * WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT per subscription: a stalled endpoint holds only its own
 * slots, and memory is bounded.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private readonly inFlight = new Set<Promise<void>>();
  /** Attempts this replica is sending or holds waiting, by attempt id. */
  private readonly known = new Set<string>();
  private readonly perEndpoint = new Map<string, number>();
  private sending = 0;
  /** Jobs waiting for a slot of their endpoint. */
  private readonly queues = new Map<string, Job[]>();
  private queued = 0;
  /** Work groups this replica holds, with the number of their attempts not settled yet. */
  private readonly held = new Map<string, number>();
  /** Groups settled here whose deletion is not written yet (left out of polls). */
  private readonly deleting = new Set<string>();
  /** Groups another replica holds, until when (left out of polls). */
  private readonly heldElsewhere = new Map<string, number>();
  /** Finished sends per endpoint in the current and the previous QUEUE_SECONDS window (its pace). */
  private readonly pace = new Map<string, { window: number; current: number; previous: number }>();
  private lastPollMs = 0;
  private lastPollAt = 0;
  /** 0: the first pass after a start purges (what a crash left behind goes soon after the restart). */
  private lastPurge = 0;
  private readonly http: WebhookHttpClient;
  readonly leaseMs: number;
  /** Outcomes and work waiting for the next write. */
  private out = { attempts: [] as WebhookAttempt[], work: [] as Array<{ item: Item; due: number; prefix: string }>, deletes: [] as string[], waiters: [] as Array<() => void> };
  private unwritten = 0;
  private flushing = false;
  private flushTimer?: NodeJS.Timeout;
  private flushed?: Promise<void>;
  /** Fresh events, recorded together (see enqueue). */
  private readonly recorder = new Batcher<RecordRequest, number>((batch) => this.record(batch), RECORD_BATCH);
  /** Whether the last poll suggested more due work (then a finished send wakes the poller). */
  private backlog = true;
  /** The last poll was skipped for the replica-wide bounds (queued attempts, unwritten outcomes). */
  private blocked = false;
  private idleMs = IDLE_POLL_MIN_MS;
  private retryTimer?: { at: number; timer: NodeJS.Timeout };
  readonly stats = { sent: 0, succeeded: 0, failed: 0, retried: 0, fastPath: 0, polled: 0, requeued: 0 };

  constructor(
    private readonly store: WebhookDeliveryStore,
    private readonly subscriptions: WebhookSubscriptionsService,
    private readonly config: NotificationsConfig,
  ) {
    this.http = new WebhookHttpClient({ timeoutMs: config.NOTIFY_WEBHOOK_TIMEOUT_MS, maxSockets: config.WEBHOOK_CONCURRENCY, allowPrivate: config.WEBHOOK_ALLOW_PRIVATE_NETWORKS });
    this.leaseMs = workLeaseMs(config);
  }

  get httpClient(): WebhookHttpClient {
    return this.http;
  }

  /** How many attempts of this endpoint this replica may hold (sending + waiting). */
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
    return Math.min(this.endpointLimit(endpointId) - used, MAX_QUEUED - this.queued);
  }

  /** Takes an attempt: sends it now if a slot is free, else it waits (bounded). */
  private accept(item: Item, group: string) {
    const id = attemptId(item.d, item.r, item.n);
    if (this.known.has(id)) {
      this.settle(group); // this replica has it already (from another group)
      return;
    }
    this.known.add(id);
    let q = this.queues.get(item.e);
    if (!q) this.queues.set(item.e, (q = []));
    q.push({ item, group, acceptedAt: Date.now() });
    this.queued++;
    this.pump(item.e);
  }

  /** Starts waiting jobs while slots are free (overall and per endpoint); puts back those that waited too long. */
  private pump(only?: string) {
    if (!this.running) return; // shutting down: what waits is put back as work (onApplicationShutdown)
    const cap = this.config.WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT;
    for (const [endpointId, q] of only ? ([[only, this.queues.get(only) ?? []]] as const) : [...this.queues]) {
      while (q.length && this.sending < this.config.WEBHOOK_CONCURRENCY && (this.perEndpoint.get(endpointId) ?? 0) < cap) {
        const job = q.shift()!;
        this.queued--;
        if (Date.now() - job.acceptedAt > this.config.NOTIFY_WEBHOOK_QUEUE_WAIT_MS) {
          this.putBack(job);
          continue;
        }
        this.perEndpoint.set(endpointId, (this.perEndpoint.get(endpointId) ?? 0) + 1);
        this.sending++;
        this.start(job);
      }
      // Jobs that cannot start (a stalled endpoint) are put back once they waited too long.
      while (q.length && Date.now() - q[0]!.acceptedAt > this.config.NOTIFY_WEBHOOK_QUEUE_WAIT_MS) {
        this.queued--;
        this.putBack(q.shift()!);
      }
      if (!q.length) this.queues.delete(endpointId);
    }
  }

  /** Makes a waiting job new work (due now) that any replica can take, and settles it here. */
  private putBack(job: Job) {
    job.settled = true;
    this.known.delete(attemptId(job.item.d, job.item.r, job.item.n));
    this.stats.requeued++;
    this.out.work.push({ item: job.item, due: Date.now(), prefix: 'q' });
    this.settle(job.group);
    this.scheduleFlush();
  }

  /** One attempt of a group is settled (its outcome or its replacement queued for writing). */
  private settle(group: string) {
    const left = (this.held.get(group) ?? 1) - 1;
    if (left > 0) {
      this.held.set(group, left);
      return;
    }
    this.held.delete(group);
    this.deleting.add(group);
    this.out.deletes.push(group);
    this.scheduleFlush();
  }

  /**
   * Records one delivery per matching active subscription; existing ones (a redelivered event)
   * are left alone. Events arriving together are recorded together. Resolves once recorded
   * (the Kafka offset may then be committed): the new deliveries are sent from memory or are
   * work any replica takes.
   */
  enqueue(eventId: string, eventType: string, data: unknown, timestamp: string): Promise<number> {
    return this.recorder.add({ eventId, eventType, data, timestamp });
  }

  private async record(batch: RecordRequest[]): Promise<number[]> {
    const subs = await this.subscriptions.matchingAny([...new Set(batch.map((r) => r.eventType))]);
    const counts = batch.map(() => 0);
    if (!subs.length) return counts;
    const now = new Date();
    const docs: WebhookDelivery[] = [];
    const items: Array<{ item: Item; req: number }> = [];
    batch.forEach((r, req) => {
      const targets = subs.filter((s) => s.eventTypes.includes(r.eventType) || s.eventTypes.includes('*'));
      if (!targets.length) return;
      const payload = JSON.stringify({ type: r.eventType, timestamp: r.timestamp, data: r.data });
      for (const s of targets) {
        const _id = `${r.eventId}:${s._id}`;
        // round 1 and roundStartedAt (null) are the defaults: not written (fewer values, cheaper on FerretDB).
        docs.push({ _id, eventId: r.eventId, eventType: r.eventType, endpointId: s._id, url: s.url, payload, createdAt: now } as WebhookDelivery);
        items.push({ item: { d: _id, e: s._id, r: 1, n: 1, m: false, eventId: r.eventId, payload }, req });
      }
    });
    if (!docs.length) return counts;
    // The journal first: if this replica dies before the deliveries are sent or made work, a
    // takeover of the journal finds the ones that were recorded.
    const journal: WebhookWork = {
      _id: `j:${randomUUID()}`,
      endpointId: null,
      due: now,
      lockedUntil: new Date(now.getTime() + this.leaseMs),
      journal: true,
      items: items.map(({ item: { payload: _p, ...rest } }) => rest),
      createdAt: now,
    };
    await this.store.insertWork([journal]);
    const duplicates = await this.store.insertDeliveries(docs);
    const fast: Item[] = [];
    const overflow: Array<{ item: Item; due: number }> = [];
    const room = new Map<string, number>();
    let left = MAX_QUEUED - this.queued;
    items.forEach(({ item, req }, i) => {
      if (duplicates.has(i)) return;
      counts[req] = counts[req]! + 1;
      const r = room.get(item.e) ?? (this.running ? this.queueRoom(item.e) : 0);
      if (r > 0 && left > 0 && this.unwritten < MAX_UNWRITTEN) {
        room.set(item.e, r - 1);
        left--;
        fast.push(item);
      } else {
        room.set(item.e, r);
        overflow.push({ item, due: now.getTime() });
      }
    });
    if (overflow.length) {
      await this.store.insertWork(workGroups(overflow, now, 'o'));
      this.backlog = true;
      this.wake();
    }
    this.held.set(journal._id, fast.length + 1);
    for (const item of fast) {
      this.stats.fastPath++;
      this.accept(item, journal._id);
    }
    this.settle(journal._id); // the overflow is written: only the fast ones keep the journal
    return counts;
  }

  /** Sends a delivery again (any status): a new round of attempts starts now. */
  async redeliver(subscriptionId: string, deliveryId: string) {
    const d = await this.store.delivery(deliveryId);
    if (!d || d.endpointId !== subscriptionId) return null;
    const view = await this.store.view(subscriptionId, deliveryId);
    // Not attempted yet: its first attempt is due already.
    if (view && view.status === 'pending' && view.attempts.length === 0) return view;
    await this.store.startRound(d, new Date());
    this.backlog = true;
    this.wake();
    return this.store.view(subscriptionId, deliveryId);
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
    while (this.recorder.busy) await sleep(10);
    // What waits for a slot becomes work any replica can take at once (not after the lease).
    for (const q of this.queues.values()) for (const job of q) this.putBack(job);
    this.queues.clear();
    this.queued = 0;
    await Promise.allSettled([...this.inFlight]);
    await this.flushAll();
    this.http.close();
  }

  private async run() {
    try {
      const n = await this.store.migrateLegacyPending(new Date());
      if (n) this.logger.log({ deliveries: n }, 'pending webhook deliveries of the previous version made work');
    } catch (err) {
      this.logger.error({ err: (err as Error).message }, 'could not migrate pending webhook deliveries of the previous version (tried again at the next start)');
    }
    while (this.running) {
      let claimed = 0;
      try {
        claimed = await this.claimBatch();
        if (Date.now() - this.lastPurge > CLAIM_PURGE_EVERY_MS) {
          this.lastPurge = Date.now();
          await this.store.purgeClaims(new Date(Date.now() - CLAIM_KEEP_MS));
          await this.store.purgeOrphanItems(new Date(Date.now() - ORPHAN_ITEMS_AFTER_MS));
        }
      } catch (err) {
        this.logger.warn({ err: (err as Error).message }, 'could not claim webhook work');
        await sleep(1000);
        continue;
      }
      if (claimed > 0) {
        this.idleMs = IDLE_POLL_MIN_MS;
        continue;
      }
      // Nothing due: an idle poller backs off to IDLE_POLL_MAX_MS; new overflow, redeliveries
      // and this replica's own retries wake it on time.
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

  /** Claims due work groups for endpoints with room and starts (or queues) their attempts; returns how many. */
  private async claimBatch(): Promise<number> {
    if (MAX_QUEUED - this.queued < 64 || this.unwritten >= MAX_UNWRITTEN) {
      this.blocked = true; // woken when the queue or the writes have drained
      return 0;
    }
    this.blocked = false;
    // At most half of the time goes to polling (each poll reads the work collection on FerretDB).
    if (Date.now() - this.lastPollAt < this.lastPollMs) return 0;
    const endpoints = new Set([...this.perEndpoint.keys(), ...this.queues.keys()]);
    const full = [...endpoints].filter((id) => this.queueRoom(id) < this.endpointLimit(id) / 2);
    const now = new Date();
    for (const [id, until] of this.heldElsewhere) if (until <= now.getTime()) this.heldElsewhere.delete(id);
    this.lastPollAt = Date.now();
    const candidates = await this.store.pollWork(now, { excludeIds: [...this.held.keys(), ...this.deleting, ...this.heldElsewhere.keys()], excludeEndpoints: full, limit: POLL_GROUPS });
    this.lastPollMs = Date.now() - this.lastPollAt;
    this.backlog = candidates.length >= POLL_GROUPS || full.length > 0;
    const picked: WebhookWorkHeader[] = [];
    const roomOf = new Map<string, number>();
    let left = MAX_QUEUED - this.queued;
    for (const c of candidates) {
      const e = c.endpointId;
      const room = e ? (roomOf.get(e) ?? this.queueRoom(e)) : left;
      if (room <= 0 || left <= 0) {
        this.backlog = true;
        continue;
      }
      if (e) roomOf.set(e, room - c.size);
      left -= c.size;
      picked.push(c);
    }
    if (!picked.length) return 0;
    const { won, heldUntil } = await this.store.claim(picked, now, this.leaseMs);
    for (const [id, until] of heldUntil) this.heldElsewhere.set(id, until);
    if (this.heldElsewhere.size > 1_000) this.heldElsewhere.clear();
    let started = 0;
    for (const { doc, generation } of won) {
      // A journal or a group taken over may have attempts made already; a fresh group has none.
      const all = await this.store.itemsOf(doc._id);
      const items = doc.journal || generation > 1 ? await this.store.unsettled(all) : (all as Item[]);
      if (doc.journal || generation > 1) this.logger.warn({ group: doc._id, generation, items: all.length, unsettled: items.length }, 'took over webhook work left by another replica');
      this.held.set(doc._id, items.length + 1);
      for (const item of items) {
        this.stats.polled++;
        started++;
        this.accept(item, doc._id);
      }
      this.settle(doc._id);
    }
    return Math.max(started, won.length);
  }

  /** Sends a job whose slot is already reserved. */
  private start(job: Job) {
    const p: Promise<void> = this.send(job)
      .catch((err) => {
        this.logger.error({ err: (err as Error).message, deliveryId: job.item.d }, 'webhook attempt failed');
        // Not recorded: put back as work, so the attempt is made again.
        if (!job.settled) this.putBack(job);
      })
      .finally(() => {
        this.inFlight.delete(p);
        this.known.delete(attemptId(job.item.d, job.item.r, job.item.n));
        this.sending--;
        const n = (this.perEndpoint.get(job.item.e) ?? 1) - 1;
        if (n <= 0) this.perEndpoint.delete(job.item.e);
        else this.perEndpoint.set(job.item.e, n);
        this.countDone(job.item.e);
        this.pump(job.item.e);
        if (this.sending < this.config.WEBHOOK_CONCURRENCY && this.queues.size) this.pump();
        // More due work: poll again once this endpoint has room for a refill (not after every send:
        // each poll reads the work collection).
        if (this.backlog && this.queueRoom(job.item.e) >= this.endpointLimit(job.item.e) / 2) this.wake();
        else if (this.blocked && this.queued < MAX_QUEUED / 2 && this.unwritten < MAX_UNWRITTEN / 2) this.wake();
      });
    this.inFlight.add(p);
  }

  private async send(job: Job): Promise<void> {
    const { item } = job;
    const sub = await this.subscriptions.cached(item.e);
    const base = { _id: attemptId(item.d, item.r, item.n), deliveryId: item.d, endpointId: item.e, round: item.r, n: item.n, manual: item.m, nextAttemptAt: null };
    if (!sub || sub.status !== 'active') {
      this.write(job, { ...base, at: new Date(), statusCode: null, error: sub ? 'the subscription is disabled' : 'the subscription was deleted', durationMs: 0, outcome: 'cancelled', attempted: false });
      return;
    }
    // A retry of a round that a manual redelivery replaced is dropped (reads the delivery by _id; retries only).
    if (item.n > 1 && (await this.store.currentRound(item.d)) !== item.r) {
      job.settled = true;
      this.settle(job.group);
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
        'webhook-id': item.eventId,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhookAll(secrets, item.eventId, timestamp, item.payload),
      },
      item.payload,
      sub.source === 'env',
    );
    this.stats.sent++;
    const now = new Date();
    const attempt = { ...base, at: new Date(started), statusCode: res.statusCode, error: res.error, durationMs: now.getTime() - started, attempted: true };
    let outcome: AttemptOutcome;
    if (!res.error) {
      outcome = 'succeeded';
      this.stats.succeeded++;
      this.write(job, { ...attempt, outcome });
      await this.subscriptions.recordSuccess(sub);
    } else if (res.statusCode === 410) {
      outcome = 'failed';
      this.stats.failed++;
      // Written before the subscription shows as disabled.
      await this.write(job, { ...attempt, outcome }, { now: true });
      await this.subscriptions.disable(sub, 'the endpoint answered 410 Gone');
    } else {
      const delay = !res.forbidden && isRetryable(res.statusCode) ? nextRetryDelay(item.n, parseRetryAfter(res.retryAfter), Math.random, this.config.WEBHOOK_RETRY_DELAYS_MS) : null;
      const disableFor = await this.subscriptions.recordFailure(sub, now);
      if (disableFor) {
        outcome = delay === null ? 'failed' : 'cancelled';
        this.stats.failed++;
        await this.write(job, { ...attempt, outcome }, { now: true });
        await this.subscriptions.disable(sub, disableFor);
      } else if (delay === null) {
        outcome = 'failed';
        this.stats.failed++;
        this.write(job, { ...attempt, outcome });
      } else {
        outcome = 'retry';
        this.stats.retried++;
        const due = now.getTime() + delay;
        this.write(job, { ...attempt, outcome, nextAttemptAt: new Date(due) }, { retry: { item: { ...item, n: item.n + 1 }, due } });
        if (delay <= this.leaseMs) this.wakeAt(due);
      }
    }
    this.logger.debug({ deliveryId: item.d, statusCode: res.statusCode, error: res.error, attempt: item.n, outcome }, 'webhook attempt');
    if (outcome !== 'succeeded') this.logger.log({ deliveryId: item.d, subscriptionId: sub._id, origin: urlOrigin(sub.url), statusCode: res.statusCode, error: res.error?.split(sub.url).join(urlOrigin(sub.url)), attempt: item.n, outcome }, 'webhook attempt failed');
  }

  /**
   * Queues an attempt's outcome (and its retry, as new work) for the next batch write, and
   * settles it in its group. With `now`, resolves once written.
   */
  private write(job: Job, record: WebhookAttempt, opts: { retry?: { item: Item; due: number }; now?: boolean } = {}): Promise<void> {
    job.settled = true;
    this.out.attempts.push(record);
    this.unwritten++;
    if (opts.retry) this.out.work.push({ ...opts.retry, prefix: 'r' });
    this.settle(job.group);
    if (!opts.now) {
      this.scheduleFlush();
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      this.out.waiters.push(resolve);
      this.scheduleFlush(0);
    });
  }

  private scheduleFlush(delay = FLUSH_DELAY_MS) {
    if (this.flushing) return; // the running flush loop takes it
    if (this.flushTimer && delay > 0) return;
    clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      void this.flushLoop();
    }, delay);
  }

  private async flushAll() {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    await this.flushLoop();
  }

  /**
   * Writes what is queued, in order: new work (retries, put-back jobs), then outcomes, then the
   * deletion of settled groups — so a group is only deleted once everything that replaces it
   * is written. Each step is retried; a write that keeps failing leaves its groups in place (their
   * lease ends and they are taken over: attempts are made at least once).
   */
  private flushLoop(): Promise<void> {
    if (this.flushing) return this.flushed!;
    this.flushing = true;
    this.flushed = this.writeQueued();
    return this.flushed;
  }

  private async writeQueued(): Promise<void> {
    try {
      while (this.out.attempts.length || this.out.work.length || this.out.deletes.length || this.out.waiters.length) {
        const batch = this.out;
        this.out = { attempts: [], work: [], deletes: [], waiters: [] };
        const now = new Date();
        const work = [
          ...workGroups(batch.work.filter((w) => w.prefix === 'r'), now, 'r'),
          ...workGroups(batch.work.filter((w) => w.prefix !== 'r'), now, 'q'),
        ];
        let ok = !work.length || (await this.tryWrite('work', () => this.store.insertWork(work)));
        ok = ok && (!batch.attempts.length || (await this.tryWrite('attempts', () => this.store.insertAttempts(batch.attempts))));
        if (ok && batch.deletes.length) await this.tryWrite('finished work', () => this.store.deleteWork(batch.deletes));
        for (const id of batch.deletes) this.deleting.delete(id);
        if (work.length) {
          this.backlog = true;
          this.wake();
        }
        this.unwritten -= batch.attempts.length;
        for (const w of batch.waiters) w();
      }
    } finally {
      this.flushing = false;
    }
  }

  private async tryWrite(what: string, fn: () => Promise<unknown>): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await fn();
        return true;
      } catch (err) {
        this.logger.error({ err: (err as Error).message, what, attempt }, 'could not write webhook state; retrying');
        if (attempt >= WRITE_TRIES) return false; // left for a takeover once the lease ends
        await sleep(500 * attempt);
      }
    }
  }
}
