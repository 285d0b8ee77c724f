import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { MisuseTrack } from '@parley/moderation-rules';

export const MISUSE_MARK_KINDS = ['manifestly-illegal-content', 'manifestly-unfounded-notice', 'manifestly-unfounded-complaint'] as const;
export type MisuseMarkKind = (typeof MISUSE_MARK_KINDS)[number];

/**
 * One moderator finding that counts towards misuse (DSA Art. 23). `_id` is the kind and the
 * decision it was made in (`<kind>:<ref>`), so a repeated request counts once. `subject` is
 * `user:<id>` or `email:<address>` (a notifier without an account).
 */
@Schema({ collection: 'moderation_misuse_marks', versionKey: false })
export class MisuseMark {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) subject!: string;
  @Prop({ type: String, required: true, enum: ['content', 'notices'] }) track!: MisuseTrack;
  @Prop({ type: String, required: true, enum: MISUSE_MARK_KINDS }) kind!: MisuseMarkKind;
  /** The comment revision, notice or complaint concerned. */
  @Prop({ required: true }) ref!: string;
  @Prop({ required: true }) markedBy!: string;
  @Prop({ type: Date, required: true }) at!: Date;
}
export const MisuseMarkSchema = SchemaFactory.createForClass(MisuseMark);
MisuseMarkSchema.index({ subject: 1, track: 1, at: -1 }, { name: 'misuse_marks_subject__scalar' });

/** What the policy has done on one track for one person (`_id` `<track>:<subject>`). */
@Schema({ collection: 'moderation_misuse_standing', versionKey: false })
export class MisuseStandingDoc {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) subject!: string;
  @Prop({ type: String, required: true, enum: ['content', 'notices'] }) track!: MisuseTrack;
  @Prop({ type: Date, default: null }) warnedAt!: Date | null;
  @Prop({ type: Date, default: null }) suspendedUntil!: Date | null;
  /** The user action of the current or last suspension. */
  @Prop({ type: String, default: null }) suspensionActionId!: string | null;
}
export const MisuseStandingSchema = SchemaFactory.createForClass(MisuseStandingDoc);
