import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { CommentModeratedV1, commentModeratedV1Schema } from './comment-moderated.event';
import { CommentSubmittedV1, commentSubmittedV1Schema } from './comment-submitted.event';
import { EventType, EventTypes } from './event-types';
import { CommentPublishedV1, commentPublishedV1Schema } from './comment-published.event';
import { CommentFeaturedV1, commentFeaturedV1Schema } from './comment-featured.event';
import { CommentRemovedV1, commentRemovedV1Schema } from './comment-removed.event';
import { AppealDecidedV1, appealDecidedV1Schema } from './appeal-decided.event';
import { AppealDecidedV2, appealDecidedV2Schema } from './appeal-decided-v2.event';
import { NoticeDecidedV1, noticeDecidedV1Schema } from './notice-decided.event';
import { NoticeReceivedV1, noticeReceivedV1Schema } from './notice-received.event';
import { UserSanctionedV1, userSanctionedV1Schema } from './user-sanctioned.event';
import { QueueItemAddedV1, queueItemAddedV1Schema } from './queue-item-added.event';
import { CommentEditedV1, commentEditedV1Schema } from './comment-edited.event';
import { CommentReportedV1, commentReportedV1Schema } from './comment-reported.event';
import { CommentDeletedV1, commentDeletedV1Schema } from './comment-deleted.event';
import { RuleSetActivatedV1, ruleSetActivatedV1Schema } from './ruleset-activated.event';
import { StatementIssuedV1, statementIssuedV1Schema } from './statement-issued.event';
import { UserErasedV1, userErasedV1Schema } from './user-erased.event';
import { CommentPinnedV1, commentPinnedV1Schema } from './comment-pinned.event';
import { CommentUnpinnedV1, commentUnpinnedV1Schema } from './comment-unpinned.event';
import { UserBadgesChangedV1, userBadgesChangedV1Schema } from './user-badges-changed.event';

/** Maps each event type to its data shape: the single definition of the public contract. */
export interface EventDataByType {
  [EventTypes.CommentSubmitted]: CommentSubmittedV1;
  [EventTypes.CommentModerated]: CommentModeratedV1;
  [EventTypes.CommentPublished]: CommentPublishedV1;
  [EventTypes.CommentFeatured]: CommentFeaturedV1;
  [EventTypes.CommentRemoved]: CommentRemovedV1;
  [EventTypes.AppealDecided]: AppealDecidedV1;
  [EventTypes.AppealDecidedV2]: AppealDecidedV2;
  [EventTypes.NoticeDecided]: NoticeDecidedV1;
  [EventTypes.NoticeReceived]: NoticeReceivedV1;
  [EventTypes.UserSanctioned]: UserSanctionedV1;
  [EventTypes.QueueItemAdded]: QueueItemAddedV1;
  [EventTypes.CommentEdited]: CommentEditedV1;
  [EventTypes.CommentReported]: CommentReportedV1;
  [EventTypes.CommentDeleted]: CommentDeletedV1;
  [EventTypes.RuleSetActivated]: RuleSetActivatedV1;
  [EventTypes.StatementIssued]: StatementIssuedV1;
  [EventTypes.UserErased]: UserErasedV1;
  [EventTypes.CommentPinned]: CommentPinnedV1;
  [EventTypes.CommentUnpinned]: CommentUnpinnedV1;
  [EventTypes.UserBadgesChanged]: UserBadgesChangedV1;
}

export const eventSchemas = {
  [EventTypes.CommentSubmitted]: commentSubmittedV1Schema,
  [EventTypes.CommentModerated]: commentModeratedV1Schema,
  [EventTypes.CommentPublished]: commentPublishedV1Schema,
  [EventTypes.CommentFeatured]: commentFeaturedV1Schema,
  [EventTypes.CommentRemoved]: commentRemovedV1Schema,
  [EventTypes.AppealDecided]: appealDecidedV1Schema,
  [EventTypes.AppealDecidedV2]: appealDecidedV2Schema,
  [EventTypes.NoticeDecided]: noticeDecidedV1Schema,
  [EventTypes.NoticeReceived]: noticeReceivedV1Schema,
  [EventTypes.UserSanctioned]: userSanctionedV1Schema,
  [EventTypes.QueueItemAdded]: queueItemAddedV1Schema,
  [EventTypes.CommentEdited]: commentEditedV1Schema,
  [EventTypes.CommentReported]: commentReportedV1Schema,
  [EventTypes.CommentDeleted]: commentDeletedV1Schema,
  [EventTypes.RuleSetActivated]: ruleSetActivatedV1Schema,
  [EventTypes.StatementIssued]: statementIssuedV1Schema,
  [EventTypes.UserErased]: userErasedV1Schema,
  [EventTypes.CommentPinned]: commentPinnedV1Schema,
  [EventTypes.CommentUnpinned]: commentUnpinnedV1Schema,
  [EventTypes.UserBadgesChanged]: userBadgesChangedV1Schema,
} as const;

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/**
 * The validator of one event type, compiled on its first use: an app validates the few types it
 * consumes, and compiling every schema took about a fifth of a second of each app's start.
 * (libs/contracts/src/events/registry.spec.ts compiles them all.)
 */
function validatorFor(type: string): ValidateFunction | undefined {
  if (!isKnownEventType(type)) return undefined;
  let validate = validators.get(type);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
      addFormats(ajv);
    }
    validate = ajv.compile(eventSchemas[type]);
    validators.set(type, validate);
  }
  return validate;
}

export function isKnownEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(eventSchemas, type);
}

/** Validates event data against its schema; returns a list of human-readable problems (empty when valid). */
export function validateEventData(type: string, data: unknown): string[] {
  const validate = validatorFor(type);
  if (!validate) return [`unknown event type "${type}"`];
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
