import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One reader muting one author. `_id` is `<userId>\u0000<publicAuthorId>`, so a reader mutes an
 * author at most once (the primary key is the unique index per reader and author). The author
 * is stored only by the opaque public id the reader was shown, never by the host's raw `sub`.
 */
@Schema({ collection: 'muted_authors', versionKey: false })
export class MutedAuthor {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true, index: true }) userId!: string;
  @Prop({ required: true }) authorId!: string;
  /** The name the reader saw when muting, shown back to them only (in their list of muted authors). */
  @Prop({ type: String, default: null }) authorName!: string | null;
  @Prop({ type: Date, required: true }) mutedAt!: Date;
}

export const MutedAuthorSchema = SchemaFactory.createForClass(MutedAuthor);
export const mutedAuthorKey = (userId: string, authorId: string) => `${userId}\u0000${authorId}`;
