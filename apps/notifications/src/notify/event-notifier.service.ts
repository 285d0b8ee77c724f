import { Injectable, Logger } from '@nestjs/common';
import {
  AppealDecidedV1,
  AppealDecidedV2,
  CommentFeaturedV1,
  CommentPinnedV1,
  CommentModeratedV1,
  CommentPublishedV1,
  CommentRemovedV1,
  EventTypes,
  NoticeDecidedV1,
  NoticeReceivedV1,
  QueueItemAddedV1,
  UserBadgesChangedV1,
  UserSanctionedV1,
  siteOfEvent,
} from '@parley/contracts';
import { JwtVerifier, siteField } from '@parley/platform';
import type { ConsumedEvent } from '@parley/messaging';
import { NotificationsConfig } from '../config/notifications.config';
import { NotificationSettingsService } from '../settings/notification-settings.service';
import { WebhookDispatcher } from '../webhooks/webhook-dispatcher';
import { Category } from './categories';
import { NotificationParams } from './notification-kinds';
import { DeliveryOutcome, Recipient, UserNotifier } from './user-notifier.service';

interface Intent {
  to: Recipient;
  category: Category;
  params: NotificationParams;
  inAppOnly?: boolean;
}

/** Turns each consumed event into notifications for the people concerned, and webhook deliveries. */
@Injectable()
export class EventNotifier {
  private readonly logger = new Logger(EventNotifier.name);

  constructor(
    private readonly users: UserNotifier,
    private readonly webhooks: WebhookDispatcher,
    private readonly settings: NotificationSettingsService,
    private readonly config: NotificationsConfig,
    private readonly verifier: JwtVerifier,
  ) {}

  private appealUrl(commentId: string): string {
    return this.config.NOTIFY_APPEAL_URL.replace('{commentId}', encodeURIComponent(commentId));
  }

  /** Who is told what about one event. */
  async intents(e: ConsumedEvent): Promise<Intent[]> {
    switch (e.type) {
      case EventTypes.CommentModerated: {
        const d = e.data as CommentModeratedV1;
        const base = { commentId: d.commentId, articleId: d.articleId };
        if (d.decision === 'approved') return [{ to: { userId: d.authorId }, category: 'commentStatus', params: { kind: 'comment.approved', ...base } }];
        if (d.decision === 'flagged') {
          // A hold pending review restricts the comment's visibility: its statement of reasons (Art. 17
          // DSA, saying it is provisional) goes on the mandatory legal category, in-app only (a hold is
          // short-lived; the decision after the review is e-mailed with its own statement).
          if (d.statement) return [{ to: { userId: d.authorId }, category: 'legal', params: { kind: 'comment.flagged', ...base, statement: d.statement }, inAppOnly: true }];
          return [{ to: { userId: d.authorId }, category: 'commentStatus', params: { kind: 'comment.flagged', ...base }, inAppOnly: true }];
        }
        // A published comment taken down: parley.comment.removed.v1 carries its statement; one message, not two.
        if (d.statement?.restriction === 'comment-removed') return [];
        // Every restriction's statement of reasons (Art. 17 DSA) goes on the mandatory legal channel.
        return [
          {
            to: { userId: d.authorId },
            category: 'legal',
            params: { kind: 'comment.rejected', ...base, reasons: d.reasons.map((r) => r.message), appealUrl: this.appealUrl(d.commentId), ...(d.statement ? { statement: d.statement } : {}) },
          },
        ];
      }
      case EventTypes.CommentPublished: {
        const d = e.data as CommentPublishedV1;
        if (!d.parentId || !d.parentAuthorId || d.parentAuthorId === d.authorId) return [];
        return [{ to: { userId: d.parentAuthorId }, category: 'replies', params: { kind: 'comment.reply', commentId: d.commentId, parentId: d.parentId, articleId: d.articleId, replierName: d.authorName || d.authorId, excerpt: d.excerpt } }];
      }
      case EventTypes.CommentFeatured: {
        const d = e.data as CommentFeaturedV1;
        return [{ to: { userId: d.authorId }, category: 'commentStatus', params: { kind: 'comment.featured', commentId: d.commentId, articleId: d.articleId } }];
      }
      case EventTypes.CommentPinned: {
        const d = e.data as CommentPinnedV1;
        return [{ to: { userId: d.authorId }, category: 'commentStatus', params: { kind: 'comment.pinned', commentId: d.commentId, articleId: d.articleId } }];
      }
      case EventTypes.UserBadgesChanged: {
        // only a badge given is news for the user; one taken away is not announced
        const d = e.data as UserBadgesChangedV1;
        if (!d.added.length) return [];
        return [{ to: { userId: d.userId }, category: 'commentStatus', params: { kind: 'badges.awarded', badges: d.added } }];
      }
      case EventTypes.CommentRemoved: {
        const d = e.data as CommentRemovedV1;
        // A removal restricts content: its statement of reasons (Art. 17 DSA) always goes on the
        // mandatory legal channel, whatever the reason (illegal content or the guidelines).
        return [
          {
            to: { userId: d.authorId },
            category: 'legal',
            params: {
              kind: 'comment.removed',
              commentId: d.commentId,
              articleId: d.articleId,
              reasons: d.reasons.map((r) => r.message),
              appealable: d.appealable,
              appealDeadline: d.appealDeadline,
              appealUrl: this.appealUrl(d.commentId),
              ...(d.statement ? { statement: d.statement } : {}),
            },
          },
        ];
      }
      case EventTypes.AppealDecided: {
        const d = e.data as AppealDecidedV1;
        return [{ to: { userId: d.appellantId }, category: 'appeals', params: { kind: 'appeal.decided', appealId: d.appealId, commentId: d.commentId, outcome: d.outcome, reason: d.reason } }];
      }
      case EventTypes.AppealDecidedV2: {
        // The outcome of a complaint (DSA Art. 20(4)-(5)) with the Art. 21 redress: always sent (legal).
        const d = e.data as AppealDecidedV2;
        const ood = d.redress.outOfCourtDisputeSettlement;
        // A notifier without an account complained with the link from the decision e-mail: the outcome goes to that address.
        const to: Recipient = d.appellantEmail ? { email: d.appellantEmail } : { userId: d.appellantId };
        return [
          {
            to,
            category: 'legal',
            params: { kind: 'complaint.decided', appealId: d.appealId, subject: d.subject, commentId: d.commentId, outcome: d.outcome, reason: d.reason, disputeBodies: ood.bodies, disputeInfoUrl: ood.informationUrl },
          },
        ];
      }
      case EventTypes.NoticeDecided: {
        const d = e.data as NoticeDecidedV1;
        const to: Recipient = d.reporterId ? { userId: d.reporterId } : d.reporterEmail ? { email: d.reporterEmail } : {};
        if (!to.userId && !to.email) return [];
        return [
          {
            to,
            // A decision that comes with redress (legal notices, and reader reports decided "no action",
            // which the reporter may contest) is always delivered: the complaint window runs from it.
            category: d.kind === 'legal' || d.redress ? 'legal' : 'reports',
            params: {
              kind: 'notice.decided',
              noticeId: d.noticeId,
              commentId: d.commentId,
              noticeKind: d.kind,
              outcome: d.outcome,
              reason: d.reason,
              ...(d.commentIds ? { commentIds: d.commentIds } : {}),
              ...(d.legalGround !== undefined ? { legalGround: d.legalGround } : {}),
              ...(d.redress ? { redress: d.redress } : {}),
            },
          },
        ];
      }
      case EventTypes.NoticeReceived: {
        const d = e.data as NoticeReceivedV1;
        // The confirmation of receipt (Art. 16(4) DSA) goes to the address given with the notice.
        const to: Recipient = d.reporterEmail ? { email: d.reporterEmail } : d.reporterId ? { userId: d.reporterId } : {};
        if (!to.userId && !to.email) return [];
        return [{ to, category: 'legal', params: { kind: 'notice.received', noticeId: d.noticeId, commentIds: d.commentIds, illegalContentType: d.illegalContentType, receivedAt: d.receivedAt } }];
      }
      case EventTypes.UserSanctioned: {
        const d = e.data as UserSanctionedV1;
        if (d.scope === 'notices' && (d.kind === 'warning' || d.kind === 'suspension' || d.kind === 'lifted')) {
          return [{ to: { userId: d.userId }, category: 'account', params: { kind: 'notices.restricted', sanction: d.kind, until: d.until, reason: d.reason } }];
        }
        // Restrictions of the account carry their statement of reasons: the legal channel.
        return [{ to: { userId: d.userId }, category: d.statement ? 'legal' : 'account', params: { kind: 'user.sanctioned', sanction: d.kind, until: d.until, reason: d.reason, ...(d.statement ? { statement: d.statement } : {}) } }];
      }
      case EventTypes.QueueItemAdded: {
        const d = e.data as QueueItemAddedV1;
        // Only the moderators of the item's site (user ids are site-scoped).
        const site = siteOfEvent(d);
        const followers = (await this.settings.followers(d.queue)).filter((f) => this.verifier.siteOfKey(f._id) === site);
        return followers.map((f) => ({ to: { userId: f._id }, category: 'moderationQueue' as const, params: { kind: 'queue.item-added' as const, queue: d.queue, commentId: d.commentId, articleId: d.articleId, reason: d.reason } }));
      }
      default:
        return [];
    }
  }

  async handle(e: ConsumedEvent): Promise<void> {
    const at = new Date(e.time);
    const intents = await this.intents(e);
    const outcomes: Array<{ recipient: string } & DeliveryOutcome> = [];
    for (const i of intents) {
      // The feed item keeps the event's site (none for the default site).
      const params = { ...i.params, ...siteField((e.data as { siteId?: string } | null)?.siteId) } as NotificationParams;
      const o = await this.users.notify(e.id, Number.isNaN(at.getTime()) ? new Date() : at, i.to, i.category, params, { inAppOnly: i.inAppOnly });
      outcomes.push({ recipient: i.to.userId ?? 'email', ...o });
    }
    const webhooks = await this.webhooks.enqueue(e.id, e.type, e.data, e.time);
    this.logger.log({ eventId: e.id, type: e.type, key: e.key, notified: outcomes, webhooks, traceparent: e.traceparent }, 'event notified');
  }
}
