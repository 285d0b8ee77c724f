import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { OutboxEntry } from '@parley/messaging';

/** One immutable rule-set version. `_id` is the version number; the definition is stored as JSON text. */
@Schema({ collection: 'rule_sets', versionKey: false })
export class StoredRuleSet {
  @Prop({ type: Number, required: true }) _id!: number;
  @Prop({ type: String, default: null }) name!: string | null;
  @Prop({ type: String, default: null }) note!: string | null;
  /** The validated RuleSetDefinition as JSON (immutable; JSON text keeps any key the definition holds). */
  @Prop({ type: String, required: true }) definition!: string;
  @Prop({ required: true }) ruleCount!: number;
  @Prop({ required: true }) createdBy!: string;
  @Prop({ required: true }) createdAt!: Date;
}
export const StoredRuleSetSchema = SchemaFactory.createForClass(StoredRuleSet);

/**
 * Which version is active: one document, `_id: "active"`. Each activation is a compare-and-set
 * on `activationSeq` that appends the activation event to the document's outbox.
 */
@Schema({ collection: 'rule_set_state', versionKey: false })
export class RuleSetState {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) version!: number;
  @Prop({ type: Number, default: null }) previousVersion!: number | null;
  @Prop({ required: true }) activationSeq!: number;
  @Prop({ required: true }) activatedBy!: string;
  @Prop({ required: true }) activatedAt!: Date;
  @Prop({ type: [Object], default: [] }) outbox!: OutboxEntry[];
  @Prop({ default: false }) outboxPending!: boolean;
  @Prop({ default: 0 }) outboxSeq!: number;
}
export const RuleSetStateSchema = SchemaFactory.createForClass(RuleSetState);
RuleSetStateSchema.index({ outboxPending: 1 }, { name: 'outbox_pending__scalar' });

/** Append-only history of activations (`_id` = activationSeq). */
@Schema({ collection: 'rule_set_activations', versionKey: false })
export class RuleSetActivation {
  @Prop({ type: Number, required: true }) _id!: number;
  @Prop({ required: true }) version!: number;
  @Prop({ type: Number, default: null }) previousVersion!: number | null;
  @Prop({ required: true }) rollback!: boolean;
  @Prop({ required: true }) activatedBy!: string;
  @Prop({ required: true }) activatedAt!: Date;
}
export const RuleSetActivationSchema = SchemaFactory.createForClass(RuleSetActivation);
