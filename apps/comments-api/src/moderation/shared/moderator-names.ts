import type { AuthenticatedUser } from '@parley/platform';

export const A_MODERATOR = 'a moderator';

/**
 * Who acted, as a user may see it: readers and authors see "a moderator" (moderators are not
 * exposed to the people they moderate) unless the site opts to show names
 * (SHOW_MODERATOR_NAMES=true); moderators and admins always see the id.
 */
export function moderatorAsSeenBy(id: string | null | undefined, viewer: AuthenticatedUser | undefined, showNames: boolean): string | null {
  if (id === null || id === undefined) return null;
  if (showNames || viewer?.roles.some((r) => r === 'moderator' || r === 'admin')) return id;
  return A_MODERATOR;
}
