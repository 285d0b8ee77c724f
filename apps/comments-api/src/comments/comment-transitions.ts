import type { OutboxEntry } from '@parley/messaging';
import { ProblemException } from '@parley/platform';
import type { Comment, CommentStatus } from './schemas/comment.schema';

/**
 * The comment's state machine: small pure functions of the state read (and the request) that
 * say whether a change applies and to which status. CommentsRepository.change applies what they
 * return as one conditional single-document update (guarded by the state they were given).
 */

/** The fields the transitions read. */
export const STATE_FIELDS = {
  articleId: 1,
  authorId: 1,
  authorName: 1,
  parentId: 1,
  parentAuthorId: 1,
  depth: 1,
  body: 1,
  status: 1,
  revision: 1,
  reasons: 1,
  replyCount: 1,
  reportCount: 1,
  decisionEventId: 1,
  decidedAt: 1,
  createdAt: 1,
  editedAt: 1,
  featured: 1,
  modReportsOpen: 1,
  modLastReportedAt: 1,
  modHumanRevision: 1,
  modDecidedBy: 1,
  modReasonCode: 1,
  // Whether the outbox was empty and its sequence: an update that appends to an empty outbox
  // tells the relay the whole outbox, which then needs no read.
  outboxPending: 1,
  outboxSeq: 1,
} as const;
export type CommentState = Pick<Comment, '_id' | keyof typeof STATE_FIELDS>;

/** What a transition changes: the new status, fields to set or push, events to append to the outbox. */
export interface Change {
  status: CommentStatus;
  set?: Record<string, unknown>;
  push?: Record<string, unknown>;
  events?: OutboxEntry[];
}

export const commentNotFound = (id: string) => new ProblemException(404, 'comment-not-found', 'Comment not found', `No comment with id ${id}`);
export const staleRevision = (id: string, asked: number, current: number) =>
  new ProblemException(409, 'stale-revision', 'Comment changed since', `Comment ${id} is at revision ${current}; the decision was made on revision ${asked}. Review the new text and decide again.`, {
    currentRevision: current,
    errors: [{ field: 'revision', message: `is ${asked} but the comment is at revision ${current}` }],
  });
export const invalidTransition = (id: string, action: string, status: string) =>
  new ProblemException(409, 'invalid-transition', 'Not applicable to this comment', `Cannot ${action} comment ${id}: it is ${status}`, { currentStatus: status });

/** Shown in public listings: approved, or hidden with approved replies (a placeholder). */
export function isListed(c: Pick<Comment, 'status' | 'replyCount'>): boolean {
  return c.status === 'approved' || (c.replyCount ?? 0) > 0;
}

/** +1 when a change approves a comment, -1 when it takes an approved one down (article and reply counts follow). */
export function approvedDelta(from: CommentStatus, to: CommentStatus): number {
  return (to === 'approved' ? 1 : 0) - (from === 'approved' ? 1 : 0);
}

const DECIDABLE: CommentStatus[] = ['pending', 'flagged', 'approved', 'rejected'];

/**
 * Whether a moderation decision event applies: it is for the current revision, the comment is
 * decidable, it is not the decision already applied (redelivery) nor older than it, and an
 * automated one never overrides a moderator's decision of the same revision.
 */
export function decisionApplies(prev: CommentState, eventId: string, d: { revision: number; decidedAt: Date; automated: boolean }): boolean {
  if (prev.revision !== d.revision || !DECIDABLE.includes(prev.status) || prev.decisionEventId === eventId) return false;
  if (prev.decidedAt && new Date(prev.decidedAt) > d.decidedAt) return false;
  if (d.automated && prev.modHumanRevision === prev.revision) return false;
  return true;
}

/**
 * The author may edit a comment that is neither deleted nor removed (and within the window,
 * checked before), nor rejected by a moderator on its current revision: rewording does not undo
 * a moderator's rejection (the rules engine would judge the new revision alone and could publish
 * it); the author appeals the decision instead.
 */
export function assertEditable(prev: Pick<CommentState, 'status' | 'revision' | 'modHumanRevision'>): void {
  if (prev.status === 'deleted' || prev.status === 'removed') {
    throw new ProblemException(409, 'comment-not-editable', 'Comment cannot be edited', `A ${prev.status} comment cannot be edited`);
  }
  if (prev.status === 'rejected' && prev.modHumanRevision === prev.revision) {
    throw new ProblemException(409, 'comment-not-editable', 'Comment cannot be edited', 'A moderator rejected this comment; it cannot be edited, but you can appeal the decision', { appealable: true });
  }
}

/** An edit: a new revision, pending moderation again; the replaced text goes to the history. */
export function editChange(prev: CommentState, body: string, now: Date, event: OutboxEntry): Change {
  assertEditable(prev);
  return {
    status: 'pending',
    set: { body, revision: prev.revision + 1, editedAt: now, reasons: [], decisionEventId: null, decidedAt: null },
    push: { history: { revision: prev.revision, body: prev.body, at: prev.editedAt ?? prev.createdAt, status: prev.status } },
    events: [event],
  };
}

/** Whether the author's delete changes anything (null: already deleted); a removed comment cannot be deleted. */
export function deletionApplies(prev: Pick<CommentState, 'status'>): boolean {
  if (prev.status === 'deleted') return false;
  if (prev.status === 'removed') throw new ProblemException(409, 'comment-removed', 'Comment was removed', 'A comment removed by a moderator cannot be deleted');
  return true;
}

export type ModeratorAction = 'approve' | 'reject' | 'remove' | 'restore';

/** Which statuses each moderator action applies to, and the status it leads to. */
export const MODERATOR_TRANSITIONS: Record<ModeratorAction, { from: CommentStatus[]; to: CommentStatus }> = {
  approve: { from: ['pending', 'flagged', 'rejected', 'approved'], to: 'approved' },
  reject: { from: ['pending', 'flagged', 'approved'], to: 'rejected' },
  remove: { from: ['approved', 'flagged', 'pending'], to: 'removed' },
  restore: { from: ['removed', 'rejected'], to: 'approved' },
};

/**
 * A moderator's action on the state read: the action as applied (rejecting a published comment
 * takes it down, which is a removal) and the status it leads to; 409 when it does not apply.
 */
export function moderatorTransition(prev: Pick<CommentState, '_id' | 'status' | 'modReportsOpen'>, requested: ModeratorAction): { action: ModeratorAction; to: CommentStatus } {
  const id = String(prev._id);
  const action: ModeratorAction = requested === 'reject' && prev.status === 'approved' ? 'remove' : requested;
  const t = MODERATOR_TRANSITIONS[action];
  if (!t.from.includes(prev.status)) throw invalidTransition(id, requested, prev.status);
  if (action === 'approve' && prev.status === 'approved' && !prev.modReportsOpen) throw invalidTransition(id, 'approve', 'already approved');
  return { action, to: t.to };
}

/** Premoderation holds a new revision (pending, or approved by the rules already) unless a moderator decided it. */
export function premoderationHoldApplies(prev: Pick<CommentState, 'status' | 'modHumanRevision'>, revision: number): boolean {
  return (prev.status === 'pending' || prev.status === 'approved') && prev.modHumanRevision !== revision;
}
