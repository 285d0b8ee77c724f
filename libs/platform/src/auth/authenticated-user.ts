export type Role = 'commenter' | 'moderator' | 'admin';
export const ROLES: readonly Role[] = ['commenter', 'moderator', 'admin'];

/** The caller, as asserted by the host site's JWT. Never read from a request body. */
export interface AuthenticatedUser {
  id: string;
  name: string;
  roles: Role[];
}
