/**
 * Enum values of the EU DSA Transparency Database API (statement of reasons, Art. 17 / 24(5) DSA),
 * as accepted by its API (`POST /api/v1/statement`, `POST /api/v1/statements`). Spellings checked
 * against the database's own source (digital-services-act/transparency-database, app/Models/Statement.php
 * and app/Http/Requests/StatementStoreRequest.php).
 */

export const DSA_DECISION_VISIBILITIES = [
  'DECISION_VISIBILITY_CONTENT_REMOVED',
  'DECISION_VISIBILITY_CONTENT_DISABLED',
  'DECISION_VISIBILITY_CONTENT_DEMOTED',
  'DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED',
  'DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED',
  'DECISION_VISIBILITY_CONTENT_LABELLED',
  'DECISION_VISIBILITY_OTHER',
] as const;
export type DsaDecisionVisibility = (typeof DSA_DECISION_VISIBILITIES)[number];

export const DSA_DECISION_GROUNDS = ['DECISION_GROUND_ILLEGAL_CONTENT', 'DECISION_GROUND_INCOMPATIBLE_CONTENT'] as const;
export type DsaDecisionGround = (typeof DSA_DECISION_GROUNDS)[number];

export const DSA_CATEGORIES = [
  'STATEMENT_CATEGORY_ANIMAL_WELFARE',
  'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
  'STATEMENT_CATEGORY_CYBER_VIOLENCE',
  'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN',
  'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS',
  'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
  'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS',
  'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE',
  'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
  'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
  'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
  'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
  'STATEMENT_CATEGORY_SELF_HARM',
  'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
  'STATEMENT_CATEGORY_VIOLENCE',
] as const;
export type DsaCategory = (typeof DSA_CATEGORIES)[number];

/** The category_specification keywords this library uses (a subset of the API's list). */
export const DSA_KEYWORDS = [
  'KEYWORD_CYBER_BULLYING_INTIMIDATION',
  'KEYWORD_CYBER_HARASSMENT',
  'KEYWORD_CYBER_INCITEMENT',
  'KEYWORD_DISCRIMINATION',
  'KEYWORD_HATE_SPEECH',
  'KEYWORD_HIDDEN_ADVERTISEMENT',
  'KEYWORD_PHISHING',
  'KEYWORD_INAUTHENTIC_ACCOUNTS',
  'KEYWORD_OTHER',
] as const;
export type DsaKeyword = (typeof DSA_KEYWORDS)[number];

export const DSA_CONTENT_TYPES = [
  'CONTENT_TYPE_APP',
  'CONTENT_TYPE_AUDIO',
  'CONTENT_TYPE_IMAGE',
  'CONTENT_TYPE_PRODUCT',
  'CONTENT_TYPE_SYNTHETIC_MEDIA',
  'CONTENT_TYPE_TEXT',
  'CONTENT_TYPE_VIDEO',
  'CONTENT_TYPE_OTHER',
] as const;
export type DsaContentType = (typeof DSA_CONTENT_TYPES)[number];

export const DSA_SOURCE_TYPES = ['SOURCE_ARTICLE_16', 'SOURCE_TRUSTED_FLAGGER', 'SOURCE_TYPE_OTHER_NOTIFICATION', 'SOURCE_VOLUNTARY'] as const;
export type DsaSourceType = (typeof DSA_SOURCE_TYPES)[number];

export const DSA_AUTOMATED_DECISIONS = ['AUTOMATED_DECISION_FULLY', 'AUTOMATED_DECISION_PARTIALLY', 'AUTOMATED_DECISION_NOT_AUTOMATED'] as const;
export type DsaAutomatedDecision = (typeof DSA_AUTOMATED_DECISIONS)[number];

export type DsaYesNo = 'Yes' | 'No';

/** Country codes accepted in territorial_scope: the EEA (EU 27 + Iceland, Liechtenstein, Norway). */
export const EEA_COUNTRY_CODES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'LI',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;
export type EeaCountryCode = (typeof EEA_COUNTRY_CODES)[number];

/** Maximum statements per request of the multiple-statements endpoint. */
export const DSA_MAX_BATCH = 100;

/** Restrictions of the account itself (decision_account). */
export const DSA_DECISION_ACCOUNTS = ['DECISION_ACCOUNT_SUSPENDED', 'DECISION_ACCOUNT_TERMINATED'] as const;
export type DsaDecisionAccount = (typeof DSA_DECISION_ACCOUNTS)[number];

/** Suspension or termination of the provision of the service (decision_provision). */
export const DSA_DECISION_PROVISIONS = [
  'DECISION_PROVISION_PARTIAL_SUSPENSION',
  'DECISION_PROVISION_TOTAL_SUSPENSION',
  'DECISION_PROVISION_PARTIAL_TERMINATION',
  'DECISION_PROVISION_TOTAL_TERMINATION',
] as const;
export type DsaDecisionProvision = (typeof DSA_DECISION_PROVISIONS)[number];

export const DSA_ACCOUNT_TYPES = ['ACCOUNT_TYPE_BUSINESS', 'ACCOUNT_TYPE_PRIVATE'] as const;
export type DsaAccountType = (typeof DSA_ACCOUNT_TYPES)[number];
