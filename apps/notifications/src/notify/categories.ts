/** Email preference categories. In-app items are always written; preferences govern email. */
export const CATEGORIES = ['commentStatus', 'replies', 'appeals', 'reports', 'legal', 'account', 'moderationQueue', 'webhooks'] as const;
export type Category = (typeof CATEGORIES)[number];

export const MODES = ['immediately', 'hourly', 'daily', 'off'] as const;
export type Mode = (typeof MODES)[number];

/** Bans, suspensions, warnings and legal notices are always sent at once and cannot be turned off. */
export const MANDATORY: ReadonlySet<Category> = new Set<Category>(['account', 'legal']);

export const DEFAULT_MODES: Record<Category, Mode> = {
  commentStatus: 'immediately',
  replies: 'immediately',
  appeals: 'immediately',
  reports: 'immediately',
  legal: 'immediately',
  account: 'immediately',
  moderationQueue: 'hourly',
  webhooks: 'immediately',
};

export const LANGUAGES = ['en', 'de', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export function effectiveMode(category: Category, prefs: Partial<Record<Category, Mode>> | undefined): Mode {
  if (MANDATORY.has(category)) return 'immediately';
  return prefs?.[category] ?? DEFAULT_MODES[category];
}
