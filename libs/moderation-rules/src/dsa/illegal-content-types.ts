import type { DsaCategory, DsaKeyword } from './dsa-enums';

/**
 * The types of illegal content a notifier or moderator picks from (Art. 16(2)(a), Art. 17(3)(d)),
 * each mapped onto the DSA Transparency Database's statement category (and a keyword where one
 * fits), so a decision on illegal content is filed under its own category instead of "other".
 */
export const ILLEGAL_CONTENT_TYPES = [
  'illegal-hate-speech',
  'incitement-to-violence',
  'threats',
  'harassment',
  'defamation',
  'privacy-violation',
  'child-sexual-abuse-material',
  'terrorist-content',
  'scams-and-fraud',
  'intellectual-property',
  'election-interference',
  'self-harm',
  'other',
] as const;
export type IllegalContentType = (typeof ILLEGAL_CONTENT_TYPES)[number];

export interface IllegalContentTypeInfo {
  label: string;
  category: DsaCategory;
  keyword?: DsaKeyword;
}

export const ILLEGAL_CONTENT_TYPE_INFO: Readonly<Record<IllegalContentType, IllegalContentTypeInfo>> = Object.freeze({
  'illegal-hate-speech': { label: 'Illegal hate speech', category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', keyword: 'KEYWORD_HATE_SPEECH' },
  'incitement-to-violence': { label: 'Incitement to violence', category: 'STATEMENT_CATEGORY_VIOLENCE' },
  threats: { label: 'Threats', category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keyword: 'KEYWORD_CYBER_BULLYING_INTIMIDATION' },
  harassment: { label: 'Harassment or stalking', category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keyword: 'KEYWORD_CYBER_HARASSMENT' },
  defamation: { label: 'Defamation', category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH' },
  'privacy-violation': { label: 'Unlawful disclosure of personal data', category: 'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS' },
  'child-sexual-abuse-material': { label: 'Child sexual abuse material', category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS' },
  'terrorist-content': { label: 'Terrorist content', category: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY' },
  'scams-and-fraud': { label: 'Scams and fraud', category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keyword: 'KEYWORD_PHISHING' },
  'intellectual-property': { label: 'Intellectual property infringement', category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS' },
  'election-interference': { label: 'Unlawful interference with elections or civic discourse', category: 'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS' },
  'self-harm': { label: 'Promotion of self-harm', category: 'STATEMENT_CATEGORY_SELF_HARM' },
  other: { label: 'Other illegal content', category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH' },
});

export function isIllegalContentType(v: unknown): v is IllegalContentType {
  return typeof v === 'string' && (ILLEGAL_CONTENT_TYPES as readonly string[]).includes(v);
}
