export type Role = 'commenter' | 'moderator' | 'admin';
export const ROLES: readonly Role[] = ['commenter', 'moderator', 'admin'];

/** Badges shown next to an author's name: from the host site's token, or set by an admin. */
export type Badge = 'staff' | 'subscriber' | 'expert';
export const BADGES: readonly Badge[] = ['staff', 'subscriber', 'expert'];

/** The caller, as asserted by the host site's JWT. Never read from a request body. */
export interface AuthenticatedUser {
  /** The token's `sub` on the default site; `<site>/<sub>` on any other site. */
  id: string;
  /** The site whose issuer signed the token (`default` for AUTH_JWT_SECRET's). */
  site: string;
  name: string;
  roles: Role[];
  /**
   * Domain of the optional `email` claim (lower case, IDN as punycode), for email-domain rules;
   * absent when the token carries no usable email. The address itself is never kept.
   */
  emailDomain?: string;
  /**
   * Badges the host site asserts in the token: a `badges` array claim and/or boolean `staff`,
   * `subscriber`, `expert` claims (unknown names are ignored). Absent when there are none.
   */
  badges?: Badge[];
  /**
   * Sections a moderator is limited to, from the token's `parley_scopes: { sections: [...] }`
   * claim: their queues, counts, analytics and actions cover only comments on articles of these
   * sections. Absent: the whole site.
   */
  sections?: string[];
}
