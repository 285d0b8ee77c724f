import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { OutboxEntry } from '@parley/messaging';

export const APPEAL_OUTCOMES = ['upheld', 'overturned'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** What a complaint contests: a content decision, an account decision, or "no action" on a notice. */
export const APPEAL_SUBJECTS = ['comment', 'account', 'notice', 'report'] as const;
export type AppealSubject = (typeof APPEAL_SUBJECTS)[number];
export type AppellantRole = 'author' | 'notifier';

/**
 * A complaint (DSA Art. 20) against a moderation decision, called an appeal in the API:
 *
 * - `comment`: the author against the rejection or removal of a comment; `_id` `<commentId>:<revision>`;
 * - `account`: the user against a ban, suspension or premoderation of their account; `_id` `account:<sanctionId>`;
 * - `notice`: the notifier against "no action" on their notice; `_id` `notice:<noticeId>`;
 * - `report`: a reader against "no action" on their report (not an Art. 16 notice); `_id` `report:<reportId>`, `noticeId` the report id.
 *
 * One complaint per decision. Accepted within six months of the day the person was informed of
 * the decision (`informedAt`); decided by a moderator other than the one who made the decision.
 * Documents written before complaints covered accounts and notices have no `subject` (comment).
 */
@Schema({ collection: 'moderation_appeals', versionKey: false })
export class Appeal {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, enum: APPEAL_SUBJECTS, default: 'comment' }) subject!: AppealSubject;
  @Prop({ type: String, enum: ['author', 'notifier'], default: 'author' }) appellantRole!: AppellantRole;
  @Prop({ type: String, default: null }) commentId!: string | null;
  @Prop({ type: Number, default: null }) revision!: number | null;
  @Prop({ type: String, default: null }) articleId!: string | null;
  /** Account decisions: the user action contested and its kind. */
  @Prop({ type: String, default: null }) sanctionId!: string | null;
  @Prop({ type: String, default: null }) sanctionKind!: string | null;
  /** Notice complaints: the notice decided "no action". */
  @Prop({ type: String, default: null }) noticeId!: string | null;
  @Prop({ required: true }) appellantId!: string;
  /** A notifier without an account who complained with the link from the decision e-mail: where the outcome is sent. */
  @Prop({ type: String, default: null }) appellantEmail!: string | null;
  /** Complaints made without an account: the pseudonymous sender address (rate limit). */
  @Prop({ type: String, default: null }) senderKey!: string | null;
  @Prop({ required: true }) explanation!: string;
  /** The decision contested (a comment status, `ban`/`suspend`/`premoderate`, or `no-action`) and who made it (`system` for the rules engine). */
  @Prop({ required: true }) originalStatus!: string;
  @Prop({ required: true }) originalDecidedBy!: string;
  /** When the contested decision was made and when the appellant was informed of it (the window runs from the latter). */
  @Prop({ type: Date, default: null }) originalDecidedAt!: Date | null;
  @Prop({ type: Date, default: null }) informedAt!: Date | null;
  @Prop({ type: Date, required: true }) createdAt!: Date;
  @Prop({ type: String, required: true, enum: ['open', 'decided'] }) status!: 'open' | 'decided';
  @Prop({ type: String, default: null }) outcome!: AppealOutcome | null;
  @Prop({ type: String, default: null }) reason!: string | null;
  @Prop({ type: String, default: null }) decidedBy!: string | null;
  @Prop({ type: Date, default: null }) decidedAt!: Date | null;
  /** Time from receipt to decision, in milliseconds (Art. 24(1)(a) reporting). */
  @Prop({ type: Number, default: null }) timeToDecideMs!: number | null;
  /** Art. 23: the moderator found the complaint manifestly unfounded (counts towards misuse). */
  @Prop({ default: false }) manifestlyUnfounded!: boolean;
  @Prop({ type: [Object], default: [] }) outbox!: OutboxEntry[];
  @Prop({ default: false }) outboxPending!: boolean;
  @Prop({ default: 0 }) outboxSeq!: number;
}

export const AppealSchema = SchemaFactory.createForClass(Appeal);
AppealSchema.index({ status: 1, createdAt: 1 }, { name: 'appeals_status__scalar' });
AppealSchema.index({ appellantId: 1, createdAt: -1 }, { name: 'appeals_appellant__scalar' });
AppealSchema.index({ commentId: 1 }, { name: 'appeals_comment__scalar' });
AppealSchema.index({ senderKey: 1, createdAt: -1 }, { name: 'appeals_sender__scalar' });
AppealSchema.index({ outboxPending: 1 }, { name: 'outbox_pending__scalar' });
/**
 * One site's complaints (AppealsService.list with several sites: a prefix match on the article key,
 * or no slash on the default site), by status or all, in _id order: equality, sort, then the
 * article key checked inside the index.
 */
AppealSchema.index({ status: 1, _id: 1, articleId: 1 }, { name: 'appeals_site_status__scalar' });
AppealSchema.index({ _id: 1, articleId: 1 }, { name: 'appeals_site_all__scalar' });
/** Moderation analytics: appeals received and decided per period. */
AppealSchema.index({ createdAt: 1 }, { name: 'appeals_created__scalar' });
AppealSchema.index({ decidedAt: 1 }, { name: 'appeals_decided__scalar' });
