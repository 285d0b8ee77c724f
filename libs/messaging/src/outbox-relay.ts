import { Logger } from '@nestjs/common';
import type { Model } from 'mongoose';
import { EventPublisher, OutgoingEvent } from './event-publisher';
import { messagingMetrics, registerOutboxBacklogSource } from './messaging-metrics';

/** One pending event, stored inside the document whose change it announces. */
export interface OutboxEntry {
  eventId: string;
  topic: string;
  key: string;
  type: string;
  source: string;
  subject?: string;
  time: Date;
  traceparent?: string;
  data: Record<string, unknown>;
}

/**
 * A document with an embedded outbox. Writers append events with
 * `$push: { outbox: e }, $inc: { outboxSeq: 1 }, $set: { outboxPending: true }` in the same
 * update as the change itself. `outboxPending` is indexed so the relay finds work cheaply.
 */
export interface OutboxCarrier {
  _id: unknown;
  outbox: OutboxEntry[];
  outboxPending: boolean;
  outboxSeq: number;
}

/** `$push`/`$inc`/`$set` parts that append events to a document's outbox in the same update as the change. */
export function appendEvents(events: OutboxEntry[]): { push: Record<string, unknown>; inc: Record<string, number>; set: Record<string, unknown> } {
  if (!events.length) return { push: {}, inc: {}, set: {} };
  return { push: { outbox: { $each: events } }, inc: { outboxSeq: events.length }, set: { outboxPending: true } };
}

export interface OutboxRelayOptions {
  batchSize?: number;
  idleIntervalMs?: number;
  /**
   * Several replicas share the collection: each relay publishes the documents its own process
   * wrote (`kick(id)`) at once, and takes over another's pending documents only when their
   * first pending event is older than this (that replica stopped or lags), so two relays seldom
   * publish the same event. 0 (default): every pending document is taken at once.
   */
  takeOverAfterMs?: number;
  /** How often the relay scans for every pending document (documents of other replicas, left by a crash). Default: every pass. */
  scanEveryMs?: number;
}

type Pending = Pick<OutboxCarrier, '_id' | 'outbox' | 'outboxSeq'>;

/**
 * Publishes events written to document outboxes, then removes them by compare-and-set on
 * `outboxSeq`. A crash between publish and removal republishes on restart: delivery is at least
 * once, and consumers deduplicate by event id.
 *
 * A pass reads the documents this process marked (`kick(id)`, by `_id`) and, when a scan is due,
 * every document with `outboxPending: true` (indexed). Events of one document are published in
 * their order, in one batch. When events were appended after the relay read a document, only the
 * published ones (a prefix of its outbox) are removed and the newer ones wait for the next pass.
 */
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private kicked = false;
  private published = 0;
  private unregisterBacklog?: () => void;
  /** Documents this process appended events to and has not cleared yet. */
  private readonly mine = new Set<string>();
  /** Of those, the ones whose whole outbox this process knows (it wrote it): published without reading them back. */
  private readonly known = new Map<string, Pending>();
  private lastScan = 0;

  constructor(
    private readonly model: Model<OutboxCarrier>,
    private readonly publisher: EventPublisher,
    private readonly opts: OutboxRelayOptions = {},
  ) {}

  start(): void {
    if (this.running) return;
    this.unregisterBacklog = registerOutboxBacklogSource(() => this.backlog());
    this.running = true;
    this.loop = this.run();
  }

  /** Ask the relay to look for new events now; `ids`: documents this process just appended events to. */
  kick(...ids: unknown[]): void {
    for (const id of ids) this.mine.add(String(id));
    this.kicked = true;
    this.wake?.();
  }

  /**
   * Like `kick(id)`, for a document whose whole pending outbox the caller knows because it just
   * wrote it (a new document with its first events, or events appended to an empty outbox):
   * the next pass publishes them without reading the document back. Clearing stays a
   * compare-and-set on `outboxSeq`, so events appended meanwhile by anyone are kept.
   */
  kickWritten(id: unknown, outbox: OutboxEntry[], outboxSeq: number): void {
    this.known.set(String(id), { _id: id, outbox, outboxSeq });
    this.kick(id);
  }

  get publishedCount(): number {
    return this.published;
  }

  /** Number of documents with unpublished events (the count command: answered from the outboxPending index). */
  async backlog(): Promise<number> {
    const res = await this.model.db.db!.command({ count: this.model.collection.collectionName, query: { outboxPending: true } });
    return Number(res.n);
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        this.kicked = false;
        const n = await this.drainOnce();
        failures = 0;
        // Adaptive batching, no linger: a pass starts as soon as a write kicks the relay when it
        // is idle; the documents kicked while a pass is in flight are published together by the next.
        if (n > 0) continue;
      } catch (err) {
        failures++;
        if (failures === 1 || failures % 20 === 0) {
          this.logger.warn({ err: (err as Error).message, failures }, 'outbox relay could not publish; will retry');
        }
      }
      if (!this.running) break;
      const wait = failures ? Math.min(5000, 200 * 2 ** Math.min(failures, 5)) : (this.opts.idleIntervalMs ?? 500);
      if (this.kicked && !failures) continue;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, wait);
        this.wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  /** The documents to publish now: this process's own, and on a scan every other pending one old enough to take over. */
  private async due(limit: number): Promise<Pending[]> {
    const projection = { outbox: 1, outboxSeq: 1 };
    const byId = new Map<string, Pending>();
    for (const [id, doc] of this.known) {
      if (byId.size >= limit) break;
      byId.set(id, doc);
      this.known.delete(id);
    }
    const ids = byId.size < limit && this.mine.size > byId.size ? [...this.mine].filter((id) => !byId.has(id)).slice(0, limit - byId.size) : [];
    if (ids.length) {
      const docs = await this.model
        .find({ _id: { $in: ids }, outboxPending: true }, projection)
        .lean<Pending[]>()
        .exec();
      for (const d of docs) byId.set(String(d._id), d);
      for (const id of ids) if (!byId.has(id)) this.mine.delete(id);
    }
    if (byId.size < limit && Date.now() - this.lastScan >= (this.opts.scanEveryMs ?? 0)) {
      this.lastScan = Date.now();
      const takeOver = this.opts.takeOverAfterMs ?? 0;
      const docs = await this.model.find({ outboxPending: true }, projection).limit(limit).lean<Pending[]>().exec();
      for (const d of docs) {
        const id = String(d._id);
        if (byId.size >= limit || byId.has(id)) continue;
        const first = d.outbox?.[0];
        const age = first ? Date.now() - new Date(first.time).getTime() : Infinity;
        if (this.mine.has(id) || age >= takeOver) byId.set(id, d);
      }
    }
    return [...byId.values()];
  }

  /** Publishes one batch; returns how many events went out. */
  async drainOnce(): Promise<number> {
    const docs = await this.due(this.opts.batchSize ?? 500);
    if (!docs.length) return 0;
    const events: OutgoingEvent[] = [];
    for (const doc of docs) {
      for (const e of doc.outbox ?? []) {
        events.push({
          topic: e.topic,
          key: e.key,
          event: {
            specversion: '1.0',
            id: e.eventId,
            source: e.source,
            type: e.type,
            subject: e.subject,
            time: new Date(e.time).toISOString(),
            datacontenttype: 'application/json',
            traceparent: e.traceparent,
            data: e.data,
          },
        });
      }
    }
    await this.publisher.publish(events);
    // Clear each outbox only if nothing was appended since it was read (outboxSeq unchanged).
    // Publishing is not a change of the document: its `updatedAt` stays the change's.
    const res = await this.model.bulkWrite(
      docs.map((d) => ({
        updateOne: { filter: { _id: d._id, outboxSeq: d.outboxSeq }, update: { $set: { outbox: [], outboxPending: false } }, timestamps: false },
      })),
      { ordered: false, timestamps: false },
    );
    for (const d of docs) this.mine.delete(String(d._id));
    if (res.matchedCount < docs.length) await this.removePublishedPrefixes(docs);
    this.published += events.length;
    messagingMetrics.outboxPublished.inc(events.length);
    return events.length;
  }

  /**
   * Documents that got more events while these were published: removes just the published ones
   * (the first entries of the outbox, compare-and-set on outboxSeq) and marks the documents for
   * the next pass, instead of publishing the same events again.
   */
  private async removePublishedPrefixes(sent: Pending[]): Promise<void> {
    const sentById = new Map(sent.map((d) => [String(d._id), d]));
    const current = await this.model
      .find({ _id: { $in: sent.map((d) => d._id) }, outboxPending: true }, { outbox: 1, outboxSeq: 1 })
      .lean<Pending[]>()
      .exec();
    await Promise.all(
      current.map(async (c) => {
        const before = sentById.get(String(c._id));
        if (!before || c.outboxSeq === before.outboxSeq) return;
        const ids = (before.outbox ?? []).map((e) => e.eventId);
        if (!ids.every((eventId, i) => c.outbox?.[i]?.eventId === eventId)) return;
        const rest = c.outbox.slice(ids.length);
        await this.model.updateOne({ _id: c._id, outboxSeq: c.outboxSeq }, { $set: { outbox: rest, outboxPending: rest.length > 0 } }, { timestamps: false }).exec();
      }),
    );
    for (const c of current) this.kick(c._id);
  }
  async stop(): Promise<void> {
    this.running = false;
    this.unregisterBacklog?.();
    this.wake?.();
    await this.loop;
    // One last drain so events written just before shutdown go out now, not at next start.
    await this.drainOnce().catch((err) => this.logger.warn({ err: (err as Error).message }, 'final outbox drain failed'));
  }
}
