import type { RedressInfoV1, RestrictionStatementV1 } from '@parley/contracts';

/** What a notification is about, with the values its templates need. */
export type NotificationParams =
  | { kind: 'comment.approved'; commentId: string; articleId: string }
  | { kind: 'comment.flagged'; commentId: string; articleId: string; statement?: RestrictionStatementV1 }
  | { kind: 'comment.rejected'; commentId: string; articleId: string; reasons: string[]; appealUrl: string; statement?: RestrictionStatementV1 }
  | { kind: 'comment.removed'; commentId: string; articleId: string; reasons: string[]; appealable: boolean; appealDeadline: string | null; appealUrl: string; statement?: RestrictionStatementV1 }
  | { kind: 'comment.reply'; commentId: string; parentId: string; articleId: string; replierName: string; excerpt: string }
  | { kind: 'comment.featured'; commentId: string; articleId: string }
  | { kind: 'comment.pinned'; commentId: string; articleId: string }
  | { kind: 'badges.awarded'; badges: Array<'staff' | 'subscriber' | 'expert'> }
  | { kind: 'appeal.decided'; appealId: string; commentId: string; outcome: 'upheld' | 'overturned'; reason: string }
  | {
      kind: 'complaint.decided';
      appealId: string;
      subject: 'comment' | 'account' | 'notice' | 'report';
      commentId: string | null;
      outcome: 'upheld' | 'overturned';
      reason: string;
      disputeBodies: Array<{ name: string; url: string }>;
      disputeInfoUrl: string;
    }
  | {
      kind: 'notice.decided';
      noticeId: string;
      commentId: string;
      noticeKind: 'report' | 'legal';
      outcome: 'action-taken' | 'no-action';
      reason: string;
      commentIds?: string[];
      legalGround?: { law: string; explanation: string; illegalContentType: string | null } | null;
      redress?: RedressInfoV1;
    }
  | { kind: 'notice.received'; noticeId: string; commentIds: string[]; illegalContentType: string; receivedAt: string }
  | { kind: 'user.sanctioned'; sanction: 'ban' | 'suspension' | 'warning' | 'premoderation' | 'lifted'; until: string | null; reason: string; statement?: RestrictionStatementV1 }
  | { kind: 'notices.restricted'; sanction: 'warning' | 'suspension' | 'lifted'; until: string | null; reason: string }
  | { kind: 'queue.item-added'; queue: string; commentId: string; articleId: string; reason: string }
  | { kind: 'webhook.disabled'; subscriptionId: string; url: string; reason: string };

export type NotificationKind = NotificationParams['kind'];
