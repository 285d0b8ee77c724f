import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** The five moderation queues' sizes at one moment. */
export interface QueueSizes {
  pending: number;
  flagged: number;
  reported: number;
  notices: number;
  appeals: number;
}

/** A section's share of the queues (articles without a section count only in `total`). */
export interface SectionQueueSizes extends QueueSizes {
  section: string;
}

/**
 * The moderation queues as they were at `at`, recorded once per slot of
 * ANALYTICS_BACKLOG_SNAPSHOT_MS (`_id` is the slot's start, so replicas racing for a slot keep one
 * document). Removed at `expiresAt` (TTL index, or a sweep where the server has none).
 */
@Schema({ collection: 'moderation_backlog_snapshots', versionKey: false })
export class BacklogSnapshot {
  /** The slot's start, ISO 8601. */
  @Prop({ type: String, required: true }) _id!: string;
  /** When the queues were counted. */
  @Prop({ type: Date, required: true }) at!: Date;
  @Prop({ type: Object, required: true }) total!: QueueSizes;
  @Prop({ type: [Object], default: [] }) sections!: SectionQueueSizes[];
  @Prop({ type: Date, required: true }) expiresAt!: Date;
}

export const BacklogSnapshotSchema = SchemaFactory.createForClass(BacklogSnapshot);
/** The latest snapshot before a bucket's end. */
BacklogSnapshotSchema.index({ at: 1 }, { name: 'backlog_at__scalar' });
