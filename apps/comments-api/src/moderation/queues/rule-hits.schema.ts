import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { StoredReason as ModerationReason } from '../../comments/schemas/comment.schema';

/**
 * The rules engine's full reasons for one revision (with the matched `excerpt` and its
 * `start`/`end` offsets, which the comment itself does not keep). `_id` is `<commentId>:<revision>`.
 */
@Schema({ collection: 'moderation_rule_hits', versionKey: false })
export class RuleHits {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) commentId!: string;
  @Prop({ required: true }) revision!: number;
  @Prop({ required: true }) decision!: string;
  @Prop({ type: [Object], default: [] }) reasons!: ModerationReason[];
  @Prop({ type: Number, default: null }) ruleSetVersion!: number | null;
  @Prop({ type: Date, required: true }) decidedAt!: Date;
}
export const RuleHitsSchema = SchemaFactory.createForClass(RuleHits);
