/** CloudEvents `type` values. The suffix is the major version of the data schema. */
export const EventTypes = {
  CommentSubmitted: 'parley.comment.submitted.v1',
  CommentModerated: 'parley.comment.moderated.v1',
  CommentPublished: 'parley.comment.published.v1',
  CommentFeatured: 'parley.comment.featured.v1',
  CommentRemoved: 'parley.comment.removed.v1',
  AppealDecided: 'parley.appeal.decided.v1',
  AppealDecidedV2: 'parley.appeal.decided.v2',
  NoticeDecided: 'parley.notice.decided.v1',
  NoticeReceived: 'parley.notice.received.v1',
  UserSanctioned: 'parley.user.sanctioned.v1',
  QueueItemAdded: 'parley.queue.item-added.v1',
  CommentEdited: 'parley.comment.edited.v1',
  CommentReported: 'parley.comment.reported.v1',
  CommentDeleted: 'parley.comment.deleted.v1',
  RuleSetActivated: 'parley.ruleset.activated.v1',
  StatementIssued: 'parley.statement.issued.v1',
  UserErased: 'parley.user.erased.v1',
  CommentPinned: 'parley.comment.pinned.v1',
  CommentUnpinned: 'parley.comment.unpinned.v1',
  UserBadgesChanged: 'parley.user.badges-changed.v1',
} as const;
export type EventType = (typeof EventTypes)[keyof typeof EventTypes];

/** The CloudEvents `source` of each producing app. */
export const EventSources = {
  CommentsApi: '/parley/comments-api',
  ModerationWorker: '/parley/moderation-worker',
} as const;
