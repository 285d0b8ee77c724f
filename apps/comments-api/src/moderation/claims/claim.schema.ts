import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** A moderator's lease on a comment. `_id` is the comment id: at most one claim per comment. */
@Schema({ collection: 'moderation_claims', versionKey: false })
export class Claim {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) moderatorId!: string;
  @Prop({ required: true }) moderatorName!: string;
  @Prop({ type: Date, required: true }) claimedAt!: Date;
  /** The claim lapses at this instant unless renewed; a lapsed claim is as good as none. */
  @Prop({ type: Date, required: true }) expiresAt!: Date;
}

export const ClaimSchema = SchemaFactory.createForClass(Claim);
ClaimSchema.index({ moderatorId: 1, expiresAt: 1 }, { name: 'claims_by_moderator__scalar' });
