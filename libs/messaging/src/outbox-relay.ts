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

export interface OutboxRelayOptions {
  batchSize?: number;
  idleIntervalMs?: number;
  /** Unpublished events kept elsewhere than in the documents' outboxes, counted into the backlog. */
  extraBacklog?: () => Promise<number>;
}

/**
 * Publishes events written to document outboxes, then removes them. A crash between publish
 * and removal republishes on restart: delivery is at least once, and consumers deduplicate
 * by event id.
 */
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private kicked = false;
  private published = 0;
  private unregisterBacklog?: () => void;

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

  /** Ask the relay to look for new events now instead of at its next poll. */
  kick(): void {
    this.kicked = true;
    this.wake?.();
  }

  get publishedCount(): number {
    return this.published;
  }

  /** Number of documents with unpublished events (the count command: answered from the outboxPending index). */
  async backlog(): Promise<number> {
    const res = await this.model.db.db!.command({ count: this.model.collection.collectionName, query: { outboxPending: true } });
    return Number(res.n) + (this.opts.extraBacklog ? await this.opts.extraBacklog() : 0);
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        this.kicked = false;
        const n = await this.drainOnce();
        failures = 0;
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

  /** Publishes one batch; returns how many events went out. */
  async drainOnce(): Promise<number> {
    const docs = await this.model
      .find({ outboxPending: true }, { outbox: 1, outboxSeq: 1 })
      .limit(this.opts.batchSize ?? 500)
      .lean<Array<Pick<OutboxCarrier, '_id' | 'outbox' | 'outboxSeq'>>>()
      .exec();
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
    // Clear each outbox only if nothing was appended since it was read (outboxSeq unchanged);
    // otherwise the next pass publishes the newer events (and, at least once, these again).
    // An equality match on a counter works the same on MongoDB and FerretDB, whose $pull
    // does not evaluate query conditions.
    await this.model.bulkWrite(
      docs.map((d) => ({
        updateOne: { filter: { _id: d._id, outboxSeq: d.outboxSeq }, update: { $set: { outbox: [], outboxPending: false } } },
      })),
      { ordered: false },
    );
    this.published += events.length;
    messagingMetrics.outboxPublished.inc(events.length);
    return events.length;
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
