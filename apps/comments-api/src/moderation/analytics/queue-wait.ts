/** The parts of a comment's state that say since when it has waited for a moderator. */
export interface QueueWaitState {
  status: string;
  createdAt: Date | string;
  editedAt?: Date | string | null;
  decidedAt?: Date | string | null;
  modReportsOpen?: boolean | null;
  modLastReportedAt?: Date | string | null;
}

const at = (d: Date | string | null | undefined): Date | null => (d === null || d === undefined ? null : new Date(d));

/**
 * Since when the comment has been in a moderation queue, or null when it is in none (a moderator
 * acting on a published comment nobody reported, or on one already rejected):
 *
 * - `pending` (premoderated): since its current revision was submitted (edited, else created);
 * - `flagged`: since it was held (its last decision), else since submission;
 * - published with open reports: since the latest report.
 */
export function queueWaitStart(s: QueueWaitState): Date | null {
  if (s.status === 'pending') return at(s.editedAt) ?? at(s.createdAt);
  if (s.status === 'flagged') return at(s.decidedAt) ?? at(s.editedAt) ?? at(s.createdAt);
  if (s.status === 'approved' && s.modReportsOpen) return at(s.modLastReportedAt);
  return null;
}

/** Milliseconds the comment waited in a queue until `decidedAt` (never negative), or null when it was in none. */
export function queueWaitMs(s: QueueWaitState, decidedAt: Date): number | null {
  const start = queueWaitStart(s);
  return start ? Math.max(0, decidedAt.getTime() - start.getTime()) : null;
}
