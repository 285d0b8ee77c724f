/** The fixed reason codes a moderator picks from when rejecting or removing a comment. */
export const REASON_CODES = [
  'offensive',
  'abusive',
  'spam',
  'hate_speech',
  'harassment',
  'personal_information',
  'advertising',
  'illegal_content',
  'misinformation',
  'off_topic',
  'other',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Author-facing explanation of each reason code (the statement of reasons' "facts"). */
export const REASON_MESSAGES: Record<ReasonCode, string> = {
  offensive: 'Your comment contains offensive language our community guidelines do not allow.',
  abusive: 'Your comment is abusive towards other people.',
  spam: 'Your comment was identified as spam.',
  hate_speech: 'Your comment contains hate speech.',
  harassment: 'Your comment harasses another person.',
  personal_information: 'Your comment discloses personal information about someone.',
  advertising: 'Your comment advertises a product or service.',
  illegal_content: 'Your comment was found to contain illegal content.',
  misinformation: 'Your comment spreads misinformation.',
  off_topic: 'Your comment is off topic for this article.',
  other: 'Your comment breaks our community guidelines.',
};

/** Appeals are accepted within six months of the decision (DSA Art. 20(1)). */
export const APPEAL_WINDOW_MONTHS = 6;

export function appealDeadline(decidedAt: Date): Date {
  const d = new Date(decidedAt);
  d.setUTCMonth(d.getUTCMonth() + APPEAL_WINDOW_MONTHS);
  return d;
}
