import { AuthenticatedUser, ProblemException } from '@parley/platform';

/**
 * Separation of duties: nobody moderates their own case. A moderator (or admin) cannot decide,
 * restore, feature, dismiss or lift anything that concerns their own comments or their own
 * account; another moderator has to. Checked before any transition, so nothing is written.
 */
export function assertNotOwnComment(authorId: string | null | undefined, actor: AuthenticatedUser, what: string): void {
  if (authorId && authorId === actor.id) {
    throw new ProblemException(403, 'own-comment', 'Your own comment', `You cannot ${what} your own comment; another moderator has to`);
  }
}

export function assertNotOwnAccount(userId: string, actor: AuthenticatedUser, what: string): void {
  if (userId === actor.id) {
    throw new ProblemException(403, 'own-account', 'Your own account', `You cannot ${what} your own account; another moderator has to`);
  }
}
