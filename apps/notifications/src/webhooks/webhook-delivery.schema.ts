import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed' | 'cancelled';

@Schema({ _id: false })
export class DeliveryAttempt {
  @Prop({ required: true }) at!: Date;
  @Prop({ type: Number, default: null }) statusCode!: number | null;
  @Prop({ type: String, default: null }) error!: string | null;
  @Prop({ required: true }) durationMs!: number;
  /** Whether an admin asked for this round (manual redelivery). */
  @Prop({ type: Boolean, default: false }) manual!: boolean;
}

/**
 * One event to one subscription. `_id` is `<eventId>:<subscriptionId>` (the subscription id
 * is `endpointId`), so a redelivered Kafka message cannot create a second delivery. Every
 * attempt is kept in `attempts`.
 */
@Schema({ collection: 'webhook_deliveries', versionKey: false, timestamps: true })
export class WebhookDelivery {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) eventId!: string;
  @Prop({ required: true }) eventType!: string;
  @Prop({ required: true }) endpointId!: string;
  @Prop({ required: true }) url!: string;
  /** The exact JSON body that is signed and sent on every attempt. */
  @Prop({ required: true }) payload!: string;
  @Prop({ type: String, required: true, default: 'pending' }) status!: DeliveryStatus;
  /** Attempts in the current round (a manual redelivery starts a new round). */
  @Prop({ required: true, default: 0 }) attemptCount!: number;
  @Prop({ required: true }) nextAttemptAt!: Date;
  @Prop({ required: true, default: () => new Date(0) }) lockedUntil!: Date;
  @Prop({ type: String, default: null }) lockToken!: string | null;
  @Prop({ type: Boolean, default: false }) manual!: boolean;
  @Prop({ type: [DeliveryAttempt], default: [] }) attempts!: DeliveryAttempt[];
  createdAt!: Date;
  updatedAt!: Date;
}

export const WebhookDeliverySchema = SchemaFactory.createForClass(WebhookDelivery);
WebhookDeliverySchema.index({ status: 1, nextAttemptAt: 1 });
WebhookDeliverySchema.index({ endpointId: 1, createdAt: -1 });
WebhookDeliverySchema.index({ lockToken: 1 });
