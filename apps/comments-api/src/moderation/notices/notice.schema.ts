import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { OutboxEntry } from '@parley/messaging';
import type { TrustedFlaggerMark } from '../trusted-flaggers/trusted-flagger.schema';

export const NOTICE_OUTCOMES = ['action-taken', 'no-action'] as const;
export type NoticeOutcome = (typeof NOTICE_OUTCOMES)[number];

export const NOTICE_STATUSES = ['open', 'decided'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** One step of a notice's life (received, note, decided), kept in order. */
export interface NoticeHistoryEntry {
  at: Date;
  status: NoticeStatus;
  event: 'received' | 'note' | 'decided';
  by: string | null;
  detail: string | null;
}

export interface NoticeNote {
  id: string;
  by: string;
  at: Date;
  text: string;
}

/**
 * A notice of illegal content (DSA Art. 16): from the public notice form (anyone, no account
 * needed; `_id` ntc_…) or from a signed-in reader's `illegal` report (`_id` is the report id).
 * It may name several comments. Its receipt and its decision are sent to the notifier
 * (parley.notice.received.v1, parley.notice.decided.v1, via this document's outbox).
 */
@Schema({ collection: 'moderation_notices', versionKey: false })
export class Notice {
  @Prop({ type: String, required: true }) _id!: string;
  /** The first comment named (kept for lookups by comment). */
  @Prop({ required: true }) commentId!: string;
  /** Every comment named, in the order given. */
  @Prop({ type: [String], default: undefined }) commentIds?: string[];
  @Prop({ type: [Object], default: undefined }) items?: Array<{ commentId: string; articleId: string; authorId: string; location: string }>;
  @Prop({ required: true }) articleId!: string;
  @Prop({ required: true }) authorId!: string;
  @Prop({ type: String, default: null }) reporterId!: string | null;
  @Prop({ type: String, default: null }) reporterEmail!: string | null;
  @Prop({ type: String, default: null }) reporterName?: string | null;
  /** `form`: the public notice form; `report`: a reader's report with reason `illegal`. */
  @Prop({ type: String, default: 'report' }) channel?: 'form' | 'report';
  @Prop({ type: String, default: null }) illegalContentType?: string | null;
  @Prop({ required: true }) explanation!: string;
  /** Keyed hash of the sender's address (rate limit per address); never the address itself. */
  @Prop({ type: String, default: null }) senderKey?: string | null;
  @Prop({ type: Date, required: true }) receivedAt!: Date;
  /** Set when the notifier is a registered trusted flagger (DSA Art. 22): the notice goes first in the queue. */
  @Prop({ type: Object, default: null }) trustedFlagger!: TrustedFlaggerMark | null;
  /** Queue order: 1 for trusted flaggers' notices, 0 otherwise (higher first, then oldest first). */
  @Prop({ default: 0 }) priority!: number;
  @Prop({ type: String, required: true, enum: NOTICE_STATUSES }) status!: NoticeStatus;
  @Prop({ type: String, default: null }) outcome!: NoticeOutcome | null;
  @Prop({ type: String, default: null }) reason!: string | null;
  @Prop({ type: Object, default: null }) legalGround?: { law: string; explanation: string; illegalContentType: string } | null;
  @Prop({ type: String, default: null }) decidedBy!: string | null;
  @Prop({ type: Date, default: null }) decidedAt!: Date | null;
  @Prop({ type: [Object], default: [] }) history?: NoticeHistoryEntry[];
  @Prop({ type: [Object], default: [] }) notes?: NoticeNote[];
  @Prop({ type: [Object], default: [] }) outbox!: OutboxEntry[];
  @Prop({ default: false }) outboxPending!: boolean;
  @Prop({ default: 0 }) outboxSeq!: number;
}

export const NoticeSchema = SchemaFactory.createForClass(Notice);
NoticeSchema.index({ status: 1, _id: 1 }, { name: 'notices_status__scalar' });
NoticeSchema.index({ status: 1, priority: -1, _id: 1 }, { name: 'notices_queue__scalar' });
NoticeSchema.index({ commentId: 1, status: 1 }, { name: 'notices_comment__scalar' });
NoticeSchema.index({ outboxPending: 1 }, { name: 'outbox_pending__scalar' });
/**
 * One site's notices (NoticesService.list with several sites: a prefix match on the article key, or
 * no slash on the default site) in _id order, the article key checked inside the index. By status,
 * notices_status__scalar serves (a status narrows the notices enough).
 */
NoticeSchema.index({ _id: 1, articleId: 1 }, { name: 'notices_site_all__scalar' });
/** Rate limits of the public form: notices per sender address and per e-mail in the last hour. */
NoticeSchema.index({ senderKey: 1, receivedAt: 1 }, { name: 'notices_sender__scalar' });
NoticeSchema.index({ reporterEmail: 1, receivedAt: 1 }, { name: 'notices_email__scalar' });
/** Moderation analytics: notices received per period. */
NoticeSchema.index({ receivedAt: 1 }, { name: 'notices_received__scalar' });

/** The fields of comments-api's `reports` documents moderation reads (the notifier's e-mail). */
@Schema({ collection: 'reports', versionKey: false, strict: false, autoIndex: false })
export class ReportRef {
  @Prop({ type: String }) _id!: string;
  @Prop() commentId!: string;
  @Prop() reporterId!: string;
  @Prop() reason!: string;
  @Prop({ type: Object }) notice!: { explanation: string; email: string } | null;
  @Prop({ type: Date }) createdAt!: Date;
  @Prop() articleId!: string;
  /** A moderator's decision on a reader's report (set once): "no action" is told to the reporter, who may complain (DSA Art. 20). */
  @Prop({ type: Object, default: undefined }) decision?: ReportDecision | null;
  /** The message to the reporter, sent by the reports collection's outbox relay. */
  @Prop({ type: [Object], default: undefined }) outbox!: OutboxEntry[];
  @Prop({ default: undefined }) outboxPending!: boolean;
  @Prop({ default: undefined }) outboxSeq!: number;
}

export interface ReportDecision {
  outcome: 'no-action';
  reason: string;
  decidedBy: string;
  decidedAt: Date;
  /** When the reporter was told (the same write as the decision); the six-month complaint window runs from it. */
  informedAt: Date;
}
export const ReportRefSchema = SchemaFactory.createForClass(ReportRef);
