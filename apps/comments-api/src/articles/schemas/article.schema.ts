import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { OutboxEntry } from '@parley/messaging';

/**
 * An article page that carries comments. `_id` is its key within its site (articleKey): the
 * host site's article id on the default site, `<site>/<id>` on the others.
 */
@Schema({ collection: 'articles', versionKey: false, timestamps: true })
export class Article {
  @Prop({ type: String, required: true }) _id!: string;
  /** The site (SITES); absent on the default site's articles. */
  @Prop({ type: String }) siteId?: string;
  @Prop({ type: String, default: null }) title!: string | null;
  @Prop({ type: String, default: null }) url!: string | null;
  @Prop({ type: String, default: null }) section!: string | null;
  /** Editors' switch; comments are accepted only while open and before closesAt. */
  @Prop({ required: true, default: true }) open!: boolean;
  @Prop({ type: Date, default: null }) closesAt!: Date | null;
  @Prop({ required: true, default: false }) premoderation!: boolean;
  /** Approved comments (top-level and replies), maintained on every status change. */
  @Prop({ required: true, default: 0 }) commentCount!: number;
  /** True once an admin registered the article with PUT; false when created by a first comment. */
  @Prop({ required: true, default: false }) registered!: boolean;
  /**
   * The article's one pinned comment (curation): a single field, so pinning another replaces it
   * in one atomic update. Shown only while that comment is approved.
   */
  @Prop({ type: String }) pinnedCommentId?: string | null;
  @Prop({ type: Date }) pinnedAt?: Date | null;
  @Prop({ type: String }) pinnedBy?: string | null;
  /** Events of the article's curation (parley.comment.pinned.v1), written with the pin; absent until the first. */
  @Prop({ type: [Object], default: undefined }) outbox?: OutboxEntry[];
  @Prop({ type: Boolean }) outboxPending?: boolean;
  @Prop({ type: Number }) outboxSeq?: number;
  createdAt!: Date;
  updatedAt!: Date;
}

export const ArticleSchema = SchemaFactory.createForClass(Article);
/** The outbox relay's scan for articles with unpublished events. */
ArticleSchema.index({ outboxPending: 1 }, { name: 'outbox_pending__scalar' });
/** A site's articles of some sections (moderators limited to sections, queues and analytics by section). */
ArticleSchema.index({ siteId: 1, section: 1 }, { name: 'articles_site_section__scalar' });
