/**
 * Kafka topics. Every event about one comment is keyed by its comment id, so all of a
 * comment's events (submitted, edited, moderated, …) stay in order on one partition.
 */
export const Topics = {
  /** Facts about comments, published by comments-api through its outbox. */
  CommentEvents: 'parley.comments.v1',
  /** Moderation decisions (automated and human), published by moderation-worker. */
  ModerationDecisions: 'parley.moderation-decisions.v1',
  /** Facts about users (sanctions: ban, suspension, warning, lifted), keyed by user id. */
  Users: 'parley.users.v1',
  /**
   * Moderation cases: appeals and notices (keyed by appeal/notice id) and queue items (keyed
   * by comment id).
   */
  ModerationCases: 'parley.moderation-cases.v1',
  /** Rule-set activations (moderation-worker), keyed by the constant "active": one partition, in order. */
  RuleSets: 'parley.rulesets.v1',
} as const;
export type TopicName = (typeof Topics)[keyof typeof Topics];

/** Consumer groups: one per app, so each app sees every event once. */
export const ConsumerGroups = {
  CommentsApi: 'comments-api',
  ModerationWorker: 'moderation-worker',
  Notifications: 'notifications',
} as const;

/**
 * The dead-letter topic of a consumer group: malformed or undeliverable events with their
 * error. Derived from the (possibly prefixed) group id, so prefixes carry over.
 */
export function deadLetterTopic(group: string): string {
  return `${group}.dlq`;
}
