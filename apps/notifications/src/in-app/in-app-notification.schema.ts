import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** An item in a user's in-app feed. `_id` is derived from the event, so it is written once. */
@Schema({ collection: 'in_app_notifications', versionKey: false })
export class InAppNotification {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) userId!: string;
  @Prop({ required: true }) kind!: string;
  @Prop({ required: true }) title!: string;
  @Prop({ required: true }) body!: string;
  @Prop({ type: Object, default: {} }) data!: Record<string, unknown>;
  @Prop({ required: true }) eventId!: string;
  /** When it happened (the event's time): the feed's order. */
  @Prop({ required: true }) createdAt!: Date;
  /** When this replica stored it: the server-sent-events stream polls by it. */
  @Prop({ required: true, default: () => new Date() }) insertedAt!: Date;
  @Prop({ type: Date, default: null }) readAt!: Date | null;
}

export const InAppNotificationSchema = SchemaFactory.createForClass(InAppNotification);
// Scalar fields only: names ending in __scalar let our FerretDB build answer these from SQLite's index (README, Benchmarks).
InAppNotificationSchema.index({ userId: 1, createdAt: -1 }, { name: 'user_created__scalar' });
InAppNotificationSchema.index({ insertedAt: 1 }, { name: 'inserted__scalar' });
