import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** The five moderation queues' sizes at one moment. */
export interface QueueSizes {
  pending: number;
  flagged: number;
  reported: number;
  notices: number;
  appeals: number;
}

/** One article's share of the queues (only articles with something queued are listed). */
export interface ArticleQueueSizes extends QueueSizes {
  articleId: string;
}

/**
 * The moderation queues as they were at `at`, in total and per article, recorded once per slot of
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
  /**
   * Per article with something queued, so any scope (a section, a site, a moderator's scope) is
   * the sum over its articles; null when more articles than MAX_SNAPSHOT_ARTICLES had items
   * queued (then only `total` is known). Appeals against account decisions have no article.
   */
  @Prop({ type: [Object], default: null }) articles!: ArticleQueueSizes[] | null;
  @Prop({ type: Date, required: true }) expiresAt!: Date;
}

export const BacklogSnapshotSchema = SchemaFactory.createForClass(BacklogSnapshot);
/** The latest snapshot before a bucket's end. */
BacklogSnapshotSchema.index({ at: 1 }, { name: 'backlog_at__scalar' });
