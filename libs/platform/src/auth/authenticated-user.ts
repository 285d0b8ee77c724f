export type Role = 'commenter' | 'moderator' | 'admin';
export const ROLES: readonly Role[] = ['commenter', 'moderator', 'admin'];

/** The caller, as asserted by the host site's JWT. Never read from a request body. */
export interface AuthenticatedUser {
  id: string;
  name: string;
  roles: Role[];
  /**
   * Domain of the optional `email` claim (lower case, IDN as punycode), for email-domain rules;
   * absent when the token carries no usable email. The address itself is never kept.
   */
  emailDomain?: string;
}
