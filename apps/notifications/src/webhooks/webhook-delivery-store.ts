import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Collection, Model } from 'mongoose';
import { deliveryView, DeliveryView, LegacyDeliveryFields } from './delivery-view';
import { attemptId, DeliveryStatus, isJournalId, WebhookAttempt, WebhookDelivery, WebhookWork, WebhookWorkHeader, WebhookWorkItems, WorkItem } from './webhook-delivery.schema';

const DUPLICATE_KEY = 11000;
/**
 * Statements per delete command. FerretDB 1.24 keeps a pooled connection per statement of a
 * command until it is applied (100 per database): 32 at a time stays well clear of that.
 */
const DELETE_BATCH = 32;
/** Documents per insert command (one SQLite transaction on FerretDB). */
const INSERT_BATCH = 500;

/** Indexes of the documents an unordered insertMany did not insert because they exist already. */
function duplicateIndexes(err: unknown): Set<number> {
  const writeErrors = (err as { writeErrors?: Array<{ code?: number; index: number }> | { code?: number; index: number } }).writeErrors;
  const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
  if (!list.length || list.some((e) => e.code !== DUPLICATE_KEY)) throw err;
  return new Set(list.map((e) => e.index));
}

/** Deletes documents by `_id`, DELETE_BATCH statements per command. */
async function deleteByIds(coll: Collection, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += DELETE_BATCH) {
    await coll.bulkWrite(ids.slice(i, i + DELETE_BATCH).map((id) => ({ deleteOne: { filter: { _id: id as never } } })), { ordered: false });
  }
}

/** An attempt record without the fields that have their default value (null, false; `attempted` true). */
function compactAttempt(r: WebhookAttempt): Partial<WebhookAttempt> {
  const { error, manual, attempted, nextAttemptAt, ...always } = r;
  return { ...always, ...(error !== null ? { error } : {}), ...(manual ? { manual } : {}), ...(attempted === false ? { attempted } : {}), ...(nextAttemptAt ? { nextAttemptAt } : {}) };
}

/** An attempt record as read back (fields not stored take their defaults). */
function fullAttempt(r: WebhookAttempt): WebhookAttempt {
  return { ...r, error: r.error ?? null, manual: r.manual ?? false, attempted: r.attempted ?? true, nextAttemptAt: r.nextAttemptAt ?? null };
}

/**
 * The documents of work groups: items (written first) and the headers that polls read; a
 * journal's items are in its header (no payloads: cheap to read past in a poll).
 */
export function workRows(docs: WebhookWork[]): { items: WebhookWorkItems[]; headers: WebhookWorkHeader[] } {
  return {
    items: docs.filter((d) => !d.journal).map((d) => ({ _id: d._id, items: JSON.stringify(d.items), at: d.createdAt })),
    headers: docs.map(({ items, ...h }) => ({ ...h, size: items.length, ...(h.journal ? { items: JSON.stringify(items) } : {}) })),
  };
}

export interface Claimed {
  doc: WebhookWorkHeader;
  /** 1 for a first claim; more for a takeover of a claim whose holder went away. */
  generation: number;
}

/**
 * Persistence of webhook deliveries, written so that the hot path only inserts (FerretDB: one
 * statement per updated document, ≈ 0.4–1 ms each, serialised per database; a batch of inserts
 * is one statement) and only reads by `_id` or small collections:
 * - `webhook_deliveries`: one document per (event, subscription), inserted once;
 * - `webhook_attempts`: the attempt log, inserted in batches;
 * - `webhook_work` (+ `webhook_work_items`): live work only (groups of attempts to make, small
 *   headers that polls read, and their items read by `_id`), deleted when done;
 * - `webhook_work_claims`: one insert per work group taken (unique `_id`), so exactly one
 *   replica takes each group.
 */
@Injectable()
export class WebhookDeliveryStore {
  private readonly logger = new Logger(WebhookDeliveryStore.name);

  constructor(
    @InjectModel(WebhookDelivery.name) readonly deliveries: Model<WebhookDelivery>,
    @InjectModel(WebhookAttempt.name) readonly attempts: Model<WebhookAttempt>,
    @InjectModel(WebhookWorkHeader.name) readonly work: Model<WebhookWorkHeader>,
    @InjectModel(WebhookWorkItems.name) readonly workItems: Model<WebhookWorkItems>,
  ) {}

  private get claims() {
    return this.work.db.collection<{ _id: string; at: Date }>('webhook_work_claims');
  }

  /** Inserts deliveries; returns the indexes of those that existed already (a redelivered event). */
  async insertDeliveries(docs: WebhookDelivery[]): Promise<Set<number>> {
    const dup = new Set<number>();
    for (let i = 0; i < docs.length; i += INSERT_BATCH) {
      try {
        await this.deliveries.collection.insertMany(docs.slice(i, i + INSERT_BATCH) as never[], { ordered: false });
      } catch (err) {
        for (const j of duplicateIndexes(err)) dup.add(i + j);
      }
    }
    return dup;
  }

  /**
   * Inserts work groups: their items, then their headers (a polled header always has its
   * items). A group that exists already (the same write retried) is left as it is.
   */
  async insertWork(docs: WebhookWork[]): Promise<void> {
    for (let i = 0; i < docs.length; i += INSERT_BATCH) {
      const rows = workRows(docs.slice(i, i + INSERT_BATCH));
      for (const [coll, part] of [
        [this.workItems.collection, rows.items],
        [this.work.collection, rows.headers],
      ] as const) {
        if (!part.length) continue;
        try {
          await coll.insertMany(part as never[], { ordered: false });
        } catch (err) {
          duplicateIndexes(err);
        }
      }
    }
  }

  /** The items of a claimed group (empty if they are gone: the group was finished meanwhile). */
  async itemsOf(id: string): Promise<WorkItem[]> {
    const doc = isJournalId(id)
      ? await this.work.findById(id, { items: 1 }).lean<Pick<WebhookWorkHeader, '_id' | 'items'>>().exec()
      : await this.workItems.findById(id).lean<WebhookWorkItems>().exec();
    if (!doc?.items) return [];
    try {
      const items = JSON.parse(doc.items) as unknown;
      if (Array.isArray(items)) return items as WorkItem[];
    } catch {
      /* reported below */
    }
    // Not written by this code: dropped (with its group), so it cannot block the poller.
    this.logger.error({ group: id }, 'unreadable webhook work group dropped');
    return [];
  }

  /** Appends attempt outcomes; an outcome recorded already (same delivery, round and attempt) is kept. */
  async insertAttempts(records: WebhookAttempt[]): Promise<void> {
    const rows = records.map(compactAttempt);
    for (let i = 0; i < rows.length; i += INSERT_BATCH) {
      try {
        await this.attempts.collection.insertMany(rows.slice(i, i + INSERT_BATCH) as never[], { ordered: false });
      } catch (err) {
        duplicateIndexes(err);
      }
    }
  }

  /** Deletes finished work groups (header, then items), by `_id` (the only filter FerretDB answers from an index). */
  async deleteWork(ids: string[]): Promise<void> {
    await deleteByIds(this.work.collection, ids);
    await deleteByIds(this.workItems.collection, ids.filter((id) => !isJournalId(id)));
  }

  /** Due work not leased, not held here, and (optionally) not for the given endpoints; unsorted. */
  pollWork(now: Date, opts: { excludeIds: string[]; excludeEndpoints: string[]; limit: number }): Promise<WebhookWorkHeader[]> {
    const filter: Record<string, unknown> = { due: { $lte: now }, lockedUntil: { $lte: now } };
    if (opts.excludeEndpoints.length) filter.endpointId = { $nin: opts.excludeEndpoints };
    if (opts.excludeIds.length) filter._id = { $nin: opts.excludeIds };
    // No sort: on FerretDB a sorted query reads and sorts the whole collection.
    return this.work.find(filter, { items: 0 }).limit(opts.limit).lean<WebhookWorkHeader[]>().exec();
  }

  /**
   * Claims work groups by inserting their ids into `webhook_work_claims` (atomic on MongoDB and
   * FerretDB: unique `_id`), in one batch. A claim older than `leaseMs` (its holder died) is taken
   * over by inserting the next generation (`…:g2`, `…:g3`), which is exclusive too. Returns the
   * groups won and, for the others, until when their holder has them.
   */
  async claim(docs: WebhookWorkHeader[], now: Date, leaseMs: number): Promise<{ won: Claimed[]; heldUntil: Map<string, number> }> {
    const won: Claimed[] = [];
    const heldUntil = new Map<string, number>();
    if (!docs.length) return { won, heldUntil };
    let lost = new Set<number>();
    try {
      await this.claims.insertMany(docs.map((d) => ({ _id: d._id, at: now })), { ordered: false });
    } catch (err) {
      lost = duplicateIndexes(err);
    }
    for (let i = 0; i < docs.length; i++) {
      if (!lost.has(i)) {
        won.push({ doc: docs[i]!, generation: 1 });
        continue;
      }
      const t = await this.takeOver(docs[i]!._id, now, leaseMs);
      if (typeof t === 'number') heldUntil.set(docs[i]!._id, t);
      else won.push({ doc: docs[i]!, generation: t.generation });
    }
    return { won, heldUntil };
  }

  private async takeOver(base: string, now: Date, leaseMs: number): Promise<number | { generation: number }> {
    let current = await this.claims.findOne({ _id: base });
    for (let gen = 2; gen <= 20; gen++) {
      if (!current) return now.getTime() + leaseMs; // being taken over right now; look again later
      if (current.at.getTime() > now.getTime() - leaseMs) return current.at.getTime() + leaseMs;
      try {
        await this.claims.insertOne({ _id: `${base}:g${gen}`, at: now });
        return { generation: gen };
      } catch (err) {
        if ((err as { code?: number }).code !== DUPLICATE_KEY) throw err;
        current = await this.claims.findOne({ _id: `${base}:g${gen}` });
      }
    }
    return now.getTime() + leaseMs;
  }

  /**
   * The items of a group taken over (or a journal) that still need their attempt: those without
   * a recorded outcome, with the payload read from the delivery where the group has none (a
   * delivery that was never recorded is dropped). Reads by `_id` only.
   */
  async unsettled(items: WorkItem[]): Promise<Array<WorkItem & { payload: string }>> {
    const out: Array<WorkItem & { payload: string }> = [];
    for (const it of items) {
      if (await this.attempts.exists({ _id: attemptId(it.d, it.r, it.n) }).exec()) continue;
      if (it.payload !== undefined) {
        out.push(it as WorkItem & { payload: string });
        continue;
      }
      const d = await this.deliveries.findById(it.d).lean<WebhookDelivery>().exec();
      if (d) out.push({ ...it, payload: d.payload });
    }
    return out;
  }

  /** The delivery's current round (null if there is no such delivery). */
  async currentRound(deliveryId: string): Promise<number | null> {
    const d = await this.deliveries.findById(deliveryId, { round: 1 }).lean<Pick<WebhookDelivery, 'round'>>().exec();
    return d ? (d.round ?? 1) : null;
  }

  delivery(id: string): Promise<WebhookDelivery | null> {
    return this.deliveries.findById(id).lean<WebhookDelivery>().exec();
  }

  /** The attempt log of these deliveries. */
  async logOf(deliveryIds: string[]): Promise<Map<string, WebhookAttempt[]>> {
    const byDelivery = new Map<string, WebhookAttempt[]>(deliveryIds.map((id) => [id, []]));
    if (!deliveryIds.length) return byDelivery;
    const records = await this.attempts.find({ deliveryId: { $in: deliveryIds } }).lean<WebhookAttempt[]>().exec();
    for (const r of records) byDelivery.get(r.deliveryId)?.push(fullAttempt(r));
    return byDelivery;
  }

  async view(subscriptionId: string, deliveryId: string): Promise<DeliveryView | null> {
    const d = await this.delivery(deliveryId);
    if (!d || d.endpointId !== subscriptionId) return null;
    return deliveryView(d, (await this.logOf([d._id])).get(d._id)!);
  }

  /**
   * A subscription's deliveries, newest first, after the cursor (`createdAt`, `_id`), with their
   * derived state; with `status`, pages through until `limit + 1` match (reads chunks of 200).
   */
  async list(subscriptionId: string, opts: { status?: DeliveryStatus; limit: number; after?: { createdAt: Date; id: string } }): Promise<{ items: DeliveryView[]; more: boolean }> {
    const out: DeliveryView[] = [];
    let after = opts.after;
    const chunk = opts.status ? 200 : opts.limit + 1;
    for (;;) {
      const filter: Record<string, unknown> = { endpointId: subscriptionId };
      if (after) filter.$or = [{ createdAt: { $lt: after.createdAt } }, { createdAt: after.createdAt, _id: { $lt: after.id } }];
      const docs = await this.deliveries.find(filter, { payload: 0 }).sort({ createdAt: -1, _id: -1 }).limit(chunk).lean<WebhookDelivery[]>().exec();
      const log = await this.logOf(docs.map((d) => d._id));
      for (const d of docs) {
        const v = deliveryView(d, log.get(d._id)!);
        if (!opts.status || v.status === opts.status) out.push(v);
        if (out.length > opts.limit) return { items: out.slice(0, opts.limit), more: true };
      }
      if (docs.length < chunk) return { items: out, more: false };
      const last = docs[docs.length - 1]!;
      after = { createdAt: new Date(last.createdAt), id: last._id };
    }
  }

  /**
   * Starts a new round of attempts now (manual redelivery): a work group for its first attempt
   * (the id makes two requests for the same round one), then the delivery's round is raised, so
   * scheduled retries of the previous round are dropped when they come due.
   */
  async startRound(d: WebhookDelivery, now: Date): Promise<number> {
    const round = (d.round ?? 1) + 1;
    await this.insertWork([
      { _id: `m:${d._id}:${round}`, endpointId: d.endpointId, due: now, lockedUntil: new Date(0), journal: false, createdAt: now, items: [{ d: d._id, e: d.endpointId, r: round, n: 1, m: true, eventId: d.eventId, payload: d.payload }] },
    ]);
    await this.deliveries.updateOne({ _id: d._id }, { $set: { round, roundStartedAt: now } }).exec();
    return round;
  }

  /**
   * Cancels a subscription's pending work that no replica holds (each group is claimed first,
   * so it is not also being sent): a `cancelled` outcome per attempt, then the group is deleted.
   * Groups held elsewhere are cancelled by their holder, which checks the subscription before
   * each attempt.
   */
  async cancelPending(endpointId: string, leaseMs: number, reason: string): Promise<number> {
    const docs = await this.work.find({ endpointId }, { items: 0 }).lean<WebhookWorkHeader[]>().exec();
    if (!docs.length) return 0;
    const now = new Date();
    const { won } = await this.claim(docs, now, leaseMs);
    const records: WebhookAttempt[] = [];
    for (const { doc } of won) {
      for (const it of await this.itemsOf(doc._id)) {
        records.push({ _id: attemptId(it.d, it.r, it.n), deliveryId: it.d, endpointId: it.e, round: it.r, n: it.n, at: now, statusCode: null, error: reason, durationMs: 0, manual: it.m, outcome: 'cancelled', attempted: false, nextAttemptAt: null });
      }
    }
    await this.insertAttempts(records);
    await this.deleteWork(won.map((w) => w.doc._id));
    return records.length;
  }

  /**
   * Makes work of the deliveries the previous version left pending (their state was on the
   * delivery; it had no work groups): once per database (a marker), idempotent (one group per
   * delivery with a fixed id, so replicas starting together write each once).
   */
  async migrateLegacyPending(now: Date): Promise<number> {
    const markers = this.work.db.collection<{ _id: string; at: Date }>('webhook_migrations');
    if (await markers.findOne({ _id: 'attempt-log-v1' })) return 0;
    const legacy = (await this.deliveries.collection.find({ status: 'pending' }).toArray()) as unknown as Array<WebhookDelivery & LegacyDeliveryFields & { manual?: boolean }>;
    const groups: WebhookWork[] = legacy.map((d) => {
      const n = (d.attemptCount ?? 0) + 1;
      const item: WorkItem = { d: d._id, e: d.endpointId, r: 1, n, m: d.manual === true, eventId: d.eventId, payload: d.payload };
      return { _id: `l:${d._id}:1:${n}`, endpointId: d.endpointId, due: new Date(Math.max(now.getTime(), d.nextAttemptAt ? new Date(d.nextAttemptAt).getTime() : 0)), lockedUntil: new Date(0), journal: false, createdAt: now, items: [item] };
    });
    await this.insertWork(groups);
    try {
      await markers.insertOne({ _id: 'attempt-log-v1', at: now });
    } catch (err) {
      if ((err as { code?: number }).code !== DUPLICATE_KEY) throw err;
    }
    return groups.length;
  }

  /**
   * Deletes the items of groups that have no header: a crash between writing a group's items and
   * its header, or between deleting its header and its items, leaves them behind, and nothing
   * else ever reads or removes them. Only items older than `before` are considered (a group being
   * written right now has its items a moment before its header), up to `limit` per call; items
   * written before `at` existed count as old. Returns how many were deleted.
   */
  async purgeOrphanItems(before: Date, limit = 500): Promise<number> {
    const old = await this.workItems
      .find({ $or: [{ at: { $lt: before } }, { at: { $exists: false } }] }, { _id: 1 })
      .limit(limit)
      .lean<Array<Pick<WebhookWorkItems, '_id'>>>()
      .exec();
    if (!old.length) return 0;
    const ids = old.map((d) => d._id);
    const live = new Set((await this.work.find({ _id: { $in: ids } }, { _id: 1 }).lean<Array<Pick<WebhookWorkHeader, '_id'>>>().exec()).map((d) => d._id));
    const orphans = ids.filter((id) => !live.has(id));
    await deleteByIds(this.workItems.collection, orphans);
    if (orphans.length) this.logger.warn({ groups: orphans.length }, 'deleted webhook work items left without a header (a replica stopped between two writes)');
    return orphans.length;
  }

  /** Removes claims of work long finished (claims are only ever read by `_id`). */
  async purgeClaims(before: Date): Promise<number> {
    const res = await this.claims.deleteMany({ at: { $lt: before } });
    return res.deletedCount;
  }
}
