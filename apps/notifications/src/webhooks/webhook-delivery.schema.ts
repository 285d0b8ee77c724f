import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

@Schema({ _id: false })
export class DeliveryAttempt {
  @Prop({ required: true }) at!: Date;
  @Prop({ type: Number, default: null }) statusCode!: number | null;
  @Prop({ type: String, default: null }) error!: string | null;
  @Prop({ required: true }) durationMs!: number;
}

/**
 * One event to one endpoint. `_id` is `<eventId>:<endpointId>`, so a redelivered Kafka
 * message cannot create a second delivery.
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
  @Prop({ required: true, default: 0 }) attemptCount!: number;
  @Prop({ required: true }) nextAttemptAt!: Date;
  @Prop({ required: true, default: () => new Date(0) }) lockedUntil!: Date;
  @Prop({ type: [DeliveryAttempt], default: [] }) attempts!: DeliveryAttempt[];
}

export const WebhookDeliverySchema = SchemaFactory.createForClass(WebhookDelivery);
WebhookDeliverySchema.index({ status: 1, nextAttemptAt: 1 });
WebhookDeliverySchema.index({ endpointId: 1, createdAt: -1 });
