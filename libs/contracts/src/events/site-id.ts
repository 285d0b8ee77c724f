/** JSON schema of the optional `siteId` of an event: a configured site's id (absent: the default site). */
export const SITE_ID_SCHEMA = {
  type: 'string',
  pattern: '^[a-z0-9][a-z0-9-]{0,39}$',
  description: 'The site of the comment, article or user (SITES); absent for the default site and in events written before sites existed.',
} as const;

/** The site of an event: its `siteId`, or the default site for events without one. */
export function siteOfEvent(data: { siteId?: string }): string {
  return data.siteId ?? 'default';
}
