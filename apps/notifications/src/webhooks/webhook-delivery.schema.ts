import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed' | 'cancelled';
export type AttemptOutcome = 'succeeded' | 'failed' | 'retry' | 'cancelled';

/**
 * One event to one subscription, written once (by insert) when the event is consumed. `_id` is
 * `<eventId>:<subscriptionId>` (the subscription id is `endpointId`), so a redelivered Kafka
 * message cannot create a second delivery. Its state is not stored here: it is derived from the
 * attempt log (`webhook_attempts`, see delivery-view.ts), so a successful attempt costs an
 * insert, never an update.
 */
@Schema({ collection: 'webhook_deliveries', versionKey: false })
export class WebhookDelivery {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) eventId!: string;
  @Prop({ required: true }) eventType!: string;
  @Prop({ required: true }) endpointId!: string;
  @Prop({ required: true }) url!: string;
  /** The exact JSON body that is signed and sent on every attempt. */
  @Prop({ required: true }) payload!: string;
  @Prop({ required: true }) createdAt!: Date;
  /** Round of attempts: 1, then one more for each manual redelivery (the only update). */
  @Prop({ required: true, default: 1 }) round!: number;
  @Prop({ type: Date, default: null }) roundStartedAt!: Date | null;
}

export const WebhookDeliverySchema = SchemaFactory.createForClass(WebhookDelivery);
WebhookDeliverySchema.index({ endpointId: 1, createdAt: -1 }, { name: 'endpoint_created__scalar' });

/**
 * The outcome of one attempt (append-only, inserted in batches). `_id` is
 * `<deliveryId>:<round>:<n>` (attempt n of that round), so writing an outcome twice is a
 * duplicate, not a second record. `attempted: false` records a delivery cancelled before its
 * attempt n was made (subscription disabled or deleted); it is not listed as an attempt.
 * Optional fields are only written when set (`error`, `manual`, `attempted: false`,
 * `nextAttemptAt`): fewer fields, cheaper inserts on FerretDB.
 */
@Schema({ collection: 'webhook_attempts', versionKey: false })
export class WebhookAttempt {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) deliveryId!: string;
  @Prop({ required: true }) endpointId!: string;
  @Prop({ required: true }) round!: number;
  @Prop({ required: true }) n!: number;
  @Prop({ required: true }) at!: Date;
  @Prop({ type: Number, default: null }) statusCode!: number | null;
  @Prop({ type: String, default: null }) error!: string | null;
  @Prop({ required: true }) durationMs!: number;
  /** Whether an admin asked for this round (manual redelivery). */
  @Prop({ type: Boolean, default: false }) manual!: boolean;
  @Prop({ type: String, required: true }) outcome!: AttemptOutcome;
  @Prop({ type: Boolean, default: true }) attempted!: boolean;
  /** For `retry`: when attempt n + 1 is due. */
  @Prop({ type: Date, default: null }) nextAttemptAt!: Date | null;
}

export const WebhookAttemptSchema = SchemaFactory.createForClass(WebhookAttempt);
WebhookAttemptSchema.index({ deliveryId: 1 }, { name: 'delivery__scalar' });
WebhookAttemptSchema.index({ endpointId: 1, at: -1 }, { name: 'endpoint_at__scalar' });

/** One attempt to make: attempt `n` of round `r` of delivery `d` to subscription `e`. */
export interface WorkItem {
  d: string;
  e: string;
  r: number;
  n: number;
  /** A manual round. */
  m: boolean;
  eventId: string;
  /** The body to send; absent in a journal (read from the delivery on a takeover). */
  payload?: string;
}

/**
 * Work to do: a group of attempts, written once and deleted once all of them are settled (their
 * outcomes written, or moved to newer work). Live work only, so polls never read finished
 * deliveries. Groups, not one document per attempt, and only this small header is polled: on
 * FerretDB every document written or deleted is a statement, and a poll decodes every document
 * of the collection (about 50 µs per item of a group), so the items are kept apart, in
 * `webhook_work_items` under the same `_id`, and read by `_id` once the group is claimed.
 *
 * - A journal (`journal: true`, several subscriptions, no payloads) lists the fresh deliveries a
 *   replica recorded and sends from memory; it is leased (`lockedUntil`) to that replica and
 *   only taken over when the lease ends (the replica died).
 * - Every other group is for one subscription, carries its payloads and is due at `due`
 *   (overflow of fresh deliveries, retries, manual redeliveries); a replica claims it by
 *   inserting its id into `webhook_work_claims`.
 */
@Schema({ collection: 'webhook_work', versionKey: false })
export class WebhookWorkHeader {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, default: null }) endpointId!: string | null;
  @Prop({ required: true }) due!: Date;
  @Prop({ required: true }) lockedUntil!: Date;
  @Prop({ type: Boolean, default: false }) journal!: boolean;
  /** Number of items. */
  @Prop({ required: true }) size!: number;
  /**
   * A journal's items (JSON of WorkItem[], no payloads) kept in the header itself: one document
   * to write and delete per batch of fresh events. Groups with payloads keep their items apart.
   */
  @Prop({ type: String }) items?: string;
  @Prop({ required: true }) createdAt!: Date;
}

export const WebhookWorkHeaderSchema = SchemaFactory.createForClass(WebhookWorkHeader);
WebhookWorkHeaderSchema.index({ due: 1 }, { name: 'due__scalar' });
WebhookWorkHeaderSchema.index({ endpointId: 1 }, { name: 'endpoint__scalar' });

/**
 * The items of a work group (same `_id` as its header); written before it, deleted after it.
 * `items` is the JSON of the WorkItem array: one string value is decoded far faster by FerretDB
 * than hundreds of fields, and nothing ever queries inside it. `at` (the group's creation) lets
 * the sweep find items a crash left without a header (between the two inserts or deletes).
 */
@Schema({ collection: 'webhook_work_items', versionKey: false })
export class WebhookWorkItems {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) items!: string;
  /** Absent on items written before the sweep existed. */
  @Prop({ type: Date }) at?: Date;
}

export const WebhookWorkItemsSchema = SchemaFactory.createForClass(WebhookWorkItems);
WebhookWorkItemsSchema.index({ at: 1 }, { name: 'at__scalar' });

/** A work group as the dispatcher builds it: header and items. */
export type WebhookWork = Omit<WebhookWorkHeader, 'size' | 'items'> & { items: WorkItem[] };

/** Journal ids start with `j:` (their items are in the header). */
export const isJournalId = (id: string) => id.startsWith('j:');

export const attemptId = (deliveryId: string, round: number, n: number) => `${deliveryId}:${round}:${n}`;
