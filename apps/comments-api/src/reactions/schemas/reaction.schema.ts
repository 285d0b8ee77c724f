import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** One reader's reaction to one comment. `_id` is `<commentId>:<userId>`, so there is at most one. */
@Schema({ collection: 'reactions', versionKey: false, timestamps: { createdAt: true, updatedAt: false } })
export class Reaction {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) commentId!: string;
  @Prop({ required: true }) userId!: string;
  createdAt!: Date;
}

export const ReactionSchema = SchemaFactory.createForClass(Reaction);
/** A reader's reactions (their data export and account erasure). */
ReactionSchema.index({ userId: 1 }, { name: 'reactions_user__scalar' });
export const reactionId = (commentId: string, userId: string) => `${commentId}:${userId}`;
