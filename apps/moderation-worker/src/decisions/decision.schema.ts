import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { ModerationReasonV1, ModerationOutcome } from '@parley/contracts';

/**
 * The append-only decision log: one document per (comment, revision), written once.
 * `_id` is `<commentId>:<revision>`, so a redelivered event finds the decision already made.
 */
@Schema({ collection: 'decisions', versionKey: false })
export class Decision {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) commentId!: string;
  @Prop({ required: true }) revision!: number;
  @Prop({ required: true }) articleId!: string;
  @Prop({ required: true }) authorId!: string;
  @Prop({ required: true }) fingerprint!: string;
  @Prop({ type: String, required: true }) decision!: ModerationOutcome;
  @Prop({ required: true }) score!: number;
  @Prop({ type: [Object], default: [] }) reasons!: ModerationReasonV1[];
  @Prop({ type: [Object], default: [] }) shadowReasons!: ModerationReasonV1[];
  @Prop({ type: Number, default: null }) ruleSetVersion!: number | null;
  @Prop({ required: true }) actor!: string;
  @Prop({ required: true }) automated!: boolean;
  /** Id of the event announcing this decision; reused when it is published again. */
  @Prop({ required: true }) eventId!: string;
  @Prop({ required: true }) sourceEventId!: string;
  @Prop({ required: true }) commentCreatedAt!: Date;
  @Prop({ required: true }) decidedAt!: Date;
}

export const DecisionSchema = SchemaFactory.createForClass(Decision);
DecisionSchema.index({ authorId: 1, decidedAt: -1 });
DecisionSchema.index({ fingerprint: 1, decidedAt: -1 });
