import { Topics } from '../topics';
import { EventType, EventTypes } from './event-types';

/** The apps that produce and consume events. */
export type AppName = 'comments-api' | 'moderation-worker' | 'notifications';

/**
 * Where each event type travels, who produces and consumes it: the source of the AsyncAPI
 * document and of the topics each app creates and subscribes to. `consumers` is checked against
 * the `@EventPattern` handlers the apps really register (catalog-drift test).
 */
export interface EventCatalogEntry {
  topic: string;
  /** What the Kafka message key is. */
  key: string;
  /** The apps that publish it (each checked when it publishes: KafkaEventClient, the comments-api outbox). */
  producers: AppName[];
  consumers: AppName[];
  summary: string;
}

/** Every event type must have an entry (the type checker enforces it). */
export const eventCatalog: Record<EventType, EventCatalogEntry> = {
  [EventTypes.CommentSubmitted]: {
    topic: Topics.CommentEvents,
    key: 'commentId',
    producers: ['comments-api'],
    consumers: ['moderation-worker', 'comments-api', 'notifications'],
    summary: 'A comment was posted and awaits moderation.',
  },
  [EventTypes.CommentModerated]: {
    topic: Topics.ModerationDecisions,
    key: 'commentId',
    // The worker's automated decisions; comments-api's human ones (queues, bans sweeping comments).
    producers: ['moderation-worker', 'comments-api'],
    consumers: ['comments-api', 'notifications'],
    summary: 'A moderation decision (automated or human) on one revision of a comment.',
  },
  [EventTypes.CommentEdited]: {
    topic: Topics.CommentEvents,
    key: 'commentId',
    producers: ['comments-api'],
    consumers: ['moderation-worker', 'comments-api'],
    summary: 'The author edited a comment: a new revision to moderate like a submitted one (same data plus previousRevision).',
  },
  [EventTypes.CommentReported]: {
    topic: Topics.CommentEvents,
    key: 'commentId',
    producers: ['comments-api'],
    consumers: ['moderation-worker', 'comments-api'],
    summary: 'A reader reported a comment (reason, optional DSA Art. 16 notice) with the running report count.',
  },
  [EventTypes.CommentDeleted]: {
    topic: Topics.CommentEvents,
    key: 'commentId',
    producers: ['comments-api'],
    consumers: ['moderation-worker', 'comments-api'],
    summary: 'The author deleted their comment (soft delete); the worker erases its copy of the body.',
  },
  [EventTypes.CommentPublished]: {
    topic: Topics.CommentEvents,
    key: 'commentId',
    producers: ['comments-api'],
    consumers: ['notifications', 'comments-api'],
    summary: 'A comment became visible to readers; carries the parent comment\'s author so replies can be notified.',
  },
  [EventTypes.CommentFeatured]: {
    topic: Topics.CommentEvents,
    key: 'commentId',
    producers: ['comments-api'],
    consumers: ['notifications'],
    summary: 'A moderator featured a comment.',
  },
  [EventTypes.CommentRemoved]: {
    topic: Topics.CommentEvents,
    key: 'commentId',
    producers: ['comments-api'],
    consumers: ['notifications', 'comments-api'],
    summary: 'A published comment was taken down, with the statement of reasons and whether it can be appealed.',
  },
  [EventTypes.AppealDecided]: {
    topic: Topics.ModerationCases,
    key: 'appealId',
    producers: ['comments-api'],
    consumers: ['notifications'],
    summary: 'Superseded by parley.appeal.decided.v2 (no longer produced; still consumed for events already in the topic): an appeal against a comment decision was decided.',
  },
  [EventTypes.AppealDecidedV2]: {
    topic: Topics.ModerationCases,
    key: 'appealId',
    producers: ['comments-api'],
    consumers: ['notifications'],
    summary: 'A complaint (DSA Art. 20) was decided: an author against a content or account decision, or a notifier against "no action" on a notice; upheld or overturned, with reasons and the Art. 21 redress information.',
  },
  [EventTypes.NoticeDecided]: {
    topic: Topics.ModerationCases,
    key: 'noticeId',
    producers: ['comments-api'],
    consumers: ['notifications'],
    summary: 'A report or legal notice about a comment was decided; the reporter is told, with the legal ground and the redress open to them.',
  },
  [EventTypes.NoticeReceived]: {
    topic: Topics.ModerationCases,
    key: 'noticeId',
    producers: ['comments-api'],
    consumers: ['notifications'],
    summary: 'A notice of illegal content (DSA Art. 16) was received; the notifier is sent a confirmation of receipt.',
  },
  [EventTypes.UserSanctioned]: {
    topic: Topics.Users,
    key: 'userId',
    producers: ['comments-api'],
    consumers: ['notifications', 'moderation-worker', 'comments-api'],
    summary: 'A user was banned, suspended, warned or placed under premoderation (with the Art. 17 statement of reasons), or a sanction was lifted.',
  },
  [EventTypes.QueueItemAdded]: {
    topic: Topics.ModerationCases,
    key: 'commentId',
    producers: ['comments-api'],
    consumers: ['notifications'],
    summary: 'A comment entered a moderation queue; moderators following the queue are notified.',
  },
  [EventTypes.RuleSetActivated]: {
    topic: Topics.RuleSets,
    key: 'rule set ("active")',
    producers: ['moderation-worker'],
    consumers: ['moderation-worker'],
    summary: 'An administrator activated a stored rule-set version (or rolled back to an older one); every worker replica switches to it without a restart.',
  },
  [EventTypes.StatementIssued]: {
    topic: Topics.ModerationDecisions,
    key: 'commentId (content) or userId (account)',
    producers: ['comments-api'],
    consumers: ['comments-api'],
    summary: 'A statement of reasons (DSA Art. 17) was issued for one decision (content or account restriction, or its reversal); kept append-only and submitted to the DSA Transparency Database.',
  },
  [EventTypes.UserErased]: {
    topic: Topics.Users,
    key: 'userId',
    producers: ['comments-api'],
    consumers: ['comments-api', 'moderation-worker', 'notifications'],
    summary: 'A user\'s account erasure (GDPR Art. 17) fell due after its grace period: every app removes or pseudonymises what it holds about the user (ids only, no content).',
  },
  [EventTypes.CommentPinned]: {
    topic: Topics.CommentEvents,
    key: 'commentId',
    producers: ['comments-api'],
    consumers: ['notifications'],
    summary: 'A moderator pinned an approved comment above its article\'s thread (replacing the one pinned before, if any).',
  },
  [EventTypes.CommentUnpinned]: {
    topic: Topics.CommentEvents,
    key: 'commentId',
    producers: ['comments-api'],
    // For downstream services (a front page showing the pinned comment); no app consumes it.
    consumers: [],
    summary: 'A moderator unpinned the comment pinned above its article\'s thread; the article has no pinned comment now.',
  },
  [EventTypes.UserBadgesChanged]: {
    topic: Topics.Users,
    key: 'userId',
    producers: ['comments-api'],
    consumers: ['notifications'],
    summary: 'An administrator changed the badges given to a user (staff, subscriber, expert): the list now, and which were added and removed.',
  },
};
