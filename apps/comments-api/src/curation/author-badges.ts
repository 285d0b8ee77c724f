import { Badge, BADGES } from '@parley/platform';

/**
 * The badges an admin gave authors (PUT /v1/admin/users/:userId/badges), as this replica last
 * loaded them (UserBadgesService keeps it current). Comment views read it synchronously, so a
 * badge shows wherever a comment is shown without another query per page.
 */
let adminBadges: ReadonlyMap<string, readonly Badge[]> = new Map();

export function setAdminBadges(byUser: ReadonlyMap<string, readonly Badge[]>): void {
  adminBadges = byUser;
}

export function adminBadgesOf(userId: string): readonly Badge[] {
  return adminBadges.get(userId) ?? [];
}

/**
 * An author's badges on a comment: the ones the token asserted when they wrote it, and the ones
 * an admin gave them (now); each once, in the order of BADGES.
 */
export function badgesOfAuthor(authorId: string, fromToken: readonly string[] | null | undefined): Badge[] {
  const admin = adminBadgesOf(authorId);
  if (!admin.length && !fromToken?.length) return [];
  return BADGES.filter((b) => admin.includes(b) || !!fromToken?.includes(b));
}
