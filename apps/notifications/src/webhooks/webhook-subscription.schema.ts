import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

@Schema({ _id: false })
export class SubscriptionSecret {
  @Prop({ required: true }) secret!: string;
  @Prop({ required: true }) createdAt!: Date;
  /** Set on the old secret when it is rotated: both sign until then. */
  @Prop({ type: Date, default: null }) expiresAt!: Date | null;
}

/**
 * A downstream endpoint and the event types it receives. `source: env` subscriptions come
 * from NOTIFY_WEBHOOK_URLS (managed by configuration, trusted); `api` ones are managed by
 * admins through the API and must point to public addresses.
 */
@Schema({ collection: 'webhook_subscriptions', versionKey: false, timestamps: true })
export class WebhookSubscription {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) url!: string;
  @Prop({ type: [String], required: true }) eventTypes!: string[];
  @Prop({ type: String, default: '' }) description!: string;
  @Prop({ type: String, required: true }) source!: 'api' | 'env';
  @Prop({ type: [SubscriptionSecret], required: true }) secrets!: SubscriptionSecret[];
  @Prop({ type: String, required: true, default: 'active' }) status!: 'active' | 'disabled';
  @Prop({ type: String, default: null }) disabledReason!: string | null;
  @Prop({ type: Date, default: null }) disabledAt!: Date | null;
  /** Start of the current run of failed attempts; null after a success. */
  @Prop({ type: Date, default: null }) failingSince!: Date | null;
  createdAt!: Date;
  updatedAt!: Date;
}

export const WebhookSubscriptionSchema = SchemaFactory.createForClass(WebhookSubscription);
WebhookSubscriptionSchema.index({ status: 1, eventTypes: 1 });
