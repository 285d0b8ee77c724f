/** CloudEvents `type` values. The suffix is the major version of the data schema. */
export const EventTypes = {
  CommentSubmitted: 'parley.comment.submitted.v1',
  CommentModerated: 'parley.comment.moderated.v1',
} as const;
export type EventType = (typeof EventTypes)[keyof typeof EventTypes];

/** The CloudEvents `source` of each producing app. */
export const EventSources = {
  CommentsApi: '/parley/comments-api',
  ModerationWorker: '/parley/moderation-worker',
} as const;
