import { Topics } from '../topics';
import { EventType, EventTypes } from './event-types';

/** Where each event type travels, who produces and consumes it: the source of the AsyncAPI document. */
export interface EventCatalogEntry {
  topic: string;
  /** What the Kafka message key is. */
  key: string;
  producer: 'comments-api' | 'moderation-worker' | 'notifications';
  consumers: Array<'comments-api' | 'moderation-worker' | 'notifications'>;
  summary: string;
}

/** Every event type must have an entry (the type checker enforces it). */
export const eventCatalog: Record<EventType, EventCatalogEntry> = {
  [EventTypes.CommentSubmitted]: {
    topic: Topics.CommentEvents,
    key: 'commentId',
    producer: 'comments-api',
    consumers: ['moderation-worker'],
    summary: 'A comment was posted and awaits moderation.',
  },
  [EventTypes.CommentModerated]: {
    topic: Topics.ModerationDecisions,
    key: 'commentId',
    producer: 'moderation-worker',
    consumers: ['comments-api', 'notifications'],
    summary: 'A moderation decision (automated or human) on one revision of a comment.',
  },
};
