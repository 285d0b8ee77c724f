export * from './topics';
export * from './events/event-types';
export * from './events/cloud-event';
export * from './events/comment-submitted.event';
export * from './events/comment-moderated.event';
export * from './events/registry';
