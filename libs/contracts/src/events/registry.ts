import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { CommentModeratedV1, commentModeratedV1Schema } from './comment-moderated.event';
import { CommentSubmittedV1, commentSubmittedV1Schema } from './comment-submitted.event';
import { EventType, EventTypes } from './event-types';

/** Maps each event type to its data shape: the single definition of the public contract. */
export interface EventDataByType {
  [EventTypes.CommentSubmitted]: CommentSubmittedV1;
  [EventTypes.CommentModerated]: CommentModeratedV1;
}

export const eventSchemas = {
  [EventTypes.CommentSubmitted]: commentSubmittedV1Schema,
  [EventTypes.CommentModerated]: commentModeratedV1Schema,
} as const;

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>(
  Object.entries(eventSchemas).map(([type, schema]) => [type, ajv.compile(schema)]),
);

export function isKnownEventType(type: string): type is EventType {
  return validators.has(type);
}

/** Validates event data against its schema; returns a list of human-readable problems (empty when valid). */
export function validateEventData(type: string, data: unknown): string[] {
  const validate = validators.get(type);
  if (!validate) return [`unknown event type "${type}"`];
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
