import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';
import type { RestrictionStatementV1 } from '@parley/contracts';
import type { OutboxEntry } from '@parley/messaging';

export const COMMENT_STATUSES = ['pending', 'approved', 'flagged', 'rejected', 'removed', 'deleted'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** A reason a comment was held, rejected or removed (offsets from the rules engine when present). */
export interface StoredReason {
  ruleId: string;
  category: string;
  message: string;
  action?: 'flag' | 'reject';
  excerpt?: string;
  start?: number;
  end?: number;
}

/** An earlier revision of an edited comment. */
@Schema({ _id: false })
export class StoredRevision {
  @Prop({ required: true }) revision!: number;
  @Prop({ required: true }) body!: string;
  /** When this revision was written. */
  @Prop({ type: Date, required: true }) at!: Date;
  /** The moderation status it had when it was replaced. */
  @Prop({ type: String, required: true }) status!: string;
}

/**
 * The one model of the `comments` collection (written only through CommentsRepository): the
 * comment, its counters, its moderation state (`mod*`, `featured*`) and its outbox (pending
 * events, published and cleared by the outbox relay).
 */
@Schema({ collection: 'comments', versionKey: false, timestamps: true })
export class Comment {
  _id!: Types.ObjectId;
  /** The site (SITES); absent on the default site's comments. */
  @Prop({ type: String }) siteId?: string;
  /** The article's key within its site (articleKey): the host's id, `<site>/<id>` on a non-default site. */
  @Prop({ required: true }) articleId!: string;
  @Prop({ required: true }) authorId!: string;
  @Prop({ required: true }) authorName!: string;
  @Prop({ type: String, default: null }) parentId!: string | null;
  /** The parent's author (for the published event of a reply); absent on comments stored before it existed. */
  @Prop({ type: String, default: null }) parentAuthorId?: string | null;
  /** 0 for a top-level comment, parent's depth + 1 for a reply. */
  @Prop({ required: true, default: 0 }) depth!: number;
  @Prop({ required: true }) body!: string;
  @Prop({ type: String, required: true, enum: COMMENT_STATUSES, default: 'pending' }) status!: CommentStatus;
  @Prop({ required: true, default: 1 }) revision!: number;
  @Prop({ type: [SchemaFactory.createForClass(StoredRevision)], default: [] }) history!: StoredRevision[];
  @Prop({ type: Date, default: null }) editedAt!: Date | null;
  @Prop({ type: Date, default: null }) deletedAt!: Date | null;
  /** Set when the author's account was erased (GDPR Art. 17): text, revisions and name gone, author id pseudonymised. */
  @Prop({ type: Date }) erasedAt?: Date | null;
  @Prop({ type: [Object], default: [] }) reasons!: StoredReason[];
  /** Approved direct replies. */
  @Prop({ required: true, default: 0 }) replyCount!: number;
  @Prop({ required: true, default: 0 }) reactionCount!: number;
  @Prop({ required: true, default: 0 }) reportCount!: number;
  /**
   * Shown in public listings: approved, or hidden but with approved replies (then it is a
   * placeholder without its body). Kept equal to `status === 'approved' || replyCount > 0`.
   */
  @Prop({ required: true, default: false }) listed!: boolean;
  /** Id of the last decision event applied, so a redelivery changes nothing. */
  @Prop({ type: String, default: null }) decisionEventId!: string | null;
  /** Set by each batched update (a fresh id), so the repository can tell which updates of a bulk write applied. */
  @Prop({ type: String }) writeId?: string;
  @Prop({ type: Date, default: null }) decidedAt!: Date | null;
  @Prop({ type: [Object], default: [] }) outbox!: OutboxEntry[];
  @Prop({ required: true, default: false }) outboxPending!: boolean;
  /** Incremented with every event appended to the outbox (see OutboxRelay). */
  @Prop({ required: true, default: 0 }) outboxSeq!: number;
  /** Reader reports not yet reviewed by a moderator (set from parley.comment.reported.v1). */
  @Prop({ type: Boolean }) modReportsOpen?: boolean;
  @Prop({ type: Date }) modLastReportedAt?: Date | null;
  /** Revision a moderator decided; an automated decision for that revision never overrides it. */
  @Prop({ type: Number }) modHumanRevision?: number | null;
  @Prop({ type: String }) modDecidedBy?: string | null;
  /** Reason code of the last human rejection/removal and its DSA statement of reasons. */
  @Prop({ type: String }) modReasonCode?: string | null;
  @Prop({ type: Object }) modStatement?: Record<string, unknown> | null;
  /** The legal ground of the last illegal-content decision (law, explanation, type). */
  @Prop({ type: Object }) modLegalGround?: { law: string; explanation: string; illegalContentType: string } | null;
  /** The statement of reasons the author was given for the last restriction (Art. 17 DSA); null once restored. */
  @Prop({ type: Object }) authorStatement?: RestrictionStatementV1 | null;
  @Prop({ type: Boolean }) featured?: boolean;
  /** Set on comments imported from another system (npm run import): the export format and the comment's id there. */
  @Prop({ type: Object }) importedFrom?: { format: string; id: string };
  /** Imported approved comments: false until the import added them to their parent's and article's counts. */
  @Prop({ type: Boolean }) importCounted?: boolean;
  @Prop({ type: Date }) featuredAt?: Date | null;
  @Prop({ type: String }) featuredBy?: string | null;
  /** Badges the author's token asserted when they wrote the comment (staff, subscriber, expert); absent when none. */
  @Prop({ type: [String], default: undefined }) authorBadges?: string[];
  createdAt!: Date;
  updatedAt!: Date;
}

export type CommentDocument = HydratedDocument<Comment>;
export const CommentSchema = SchemaFactory.createForClass(Comment);
// Every indexed field holds a scalar of one type (or null): the names end in __scalar, which lets
// our FerretDB build answer these queries from SQLite's index (README, "Indexes").
/** Thread listings (top level: parentId null; replies: parentId set), newest or oldest first. */
CommentSchema.index({ articleId: 1, parentId: 1, listed: 1, _id: -1 }, { name: 'thread_by_id__scalar' });
/** Thread listings sorted by reactions. */
CommentSchema.index({ articleId: 1, parentId: 1, listed: 1, reactionCount: -1, _id: -1 }, { name: 'thread_by_reactions__scalar' });
/** The featured tab: an article's featured comments, most recently featured first (curation). */
CommentSchema.index({ articleId: 1, featured: 1, status: 1, featuredAt: -1, _id: -1 }, { name: 'featured__scalar' });
/** The author's own comments, optionally on one article. */
CommentSchema.index({ authorId: 1, articleId: 1, _id: -1 }, { name: 'author_article__scalar' });
CommentSchema.index({ authorId: 1, _id: -1 }, { name: 'author__scalar' });
/** Outbox relay. */
CommentSchema.index({ outboxPending: 1 }, { name: 'outbox_pending__scalar' });
// Moderation queues: one status, oldest/newest first, optionally narrowed by article, author or
// rule; the "all" queue by _id alone (a compound index: FerretDB refuses a second index on _id
// alone, and its own _id index cannot order).
CommentSchema.index({ status: 1, _id: 1 }, { name: 'mod_status__scalar' });
CommentSchema.index({ status: 1, articleId: 1, _id: 1 }, { name: 'mod_status_article__scalar' });
CommentSchema.index({ status: 1, authorId: 1, _id: 1 }, { name: 'mod_status_author__scalar' });
CommentSchema.index({ modReportsOpen: 1, status: 1, _id: 1 }, { name: 'mod_reported__scalar' });
CommentSchema.index({ _id: 1, status: 1 }, { name: 'mod_all__scalar' });
// The same queues of one site (SiteScope.filter: `siteId`, null on the default site) when several
// sites share the deployment: the site and the queue's equality fields, then _id for the order and
// the date range. Narrowed by article or author, the queues above serve (both keys carry the site).
CommentSchema.index({ siteId: 1, status: 1, _id: 1 }, { name: 'mod_site_status__scalar' });
CommentSchema.index({ siteId: 1, modReportsOpen: 1, status: 1, _id: 1 }, { name: 'mod_site_reported__scalar' });
CommentSchema.index({ siteId: 1, _id: 1 }, { name: 'mod_site_all__scalar' });
