import type { RuleAction } from './types';

/**
 * Default author-facing messages per category. They explain what happened and what comes next
 * without repeating the offending words. A rule's `message` option overrides them.
 */
const MESSAGES: Record<string, { reject: string; flag: string }> = {
  profanity: {
    reject: 'Your comment was not published because it contains profanity, which our community guidelines do not allow.',
    flag: 'Your comment may contain language our community guidelines do not allow. A moderator will review it before it is published.',
  },
  hate: {
    reject: 'Your comment was not published because it contains a slur or hateful language about a group of people.',
    flag: 'Your comment may contain hateful language about a group of people. A moderator will review it before it is published.',
  },
  threat: {
    reject: 'Your comment was not published because it contains language that threatens or encourages harm to someone.',
    flag: 'Your comment may contain violent language. A moderator will review it before it is published.',
  },
  harassment: {
    reject: 'Your comment was not published because it attacks another person. Please criticise ideas, not people.',
    flag: 'Your comment appears to attack another person rather than their argument. A moderator will review it before it is published.',
  },
  spam: {
    reject: 'Your comment was not published because it looks like spam or advertising.',
    flag: 'Your comment looks like it could be spam or advertising. A moderator will review it before it is published.',
  },
  links: {
    reject: 'Your comment was not published because it links to a site that is not allowed.',
    flag: 'Your comment contains links that a moderator needs to check before it is published.',
  },
  'personal-information': {
    reject: 'Your comment was not published because it contains personal contact details (an email address or phone number).',
    flag: 'Your comment seems to contain personal contact details (an email address or phone number). A moderator will review it before it is published.',
  },
  shouting: {
    reject: 'Your comment was not published because it is written mostly in capital letters. Please do not shout.',
    flag: 'Your comment is written mostly in capital letters. A moderator will review it before it is published.',
  },
  formatting: {
    reject: 'Your comment was not published because it contains long runs of repeated characters.',
    flag: 'Your comment contains long runs of repeated characters. A moderator will review it before it is published.',
  },
  length: {
    reject: 'Your comment was not published because of its length.',
    flag: 'Your comment is unusually long or short. A moderator will review it before it is published.',
  },
  author: {
    reject: 'Your account cannot post comments at the moment.',
    flag: 'Your comment will be published after a moderator has reviewed it.',
  },
  article: {
    reject: 'Comments are closed on this article.',
    flag: 'Comments on this article are reviewed by a moderator before they are published.',
  },
  reports: {
    reject: 'Your comment was removed after several reader reports.',
    flag: 'Readers have reported your comment. A moderator will review it.',
  },
  toxicity: {
    reject: 'Your comment was not published because our automated checks found it very likely to be abusive.',
    flag: 'Our automated checks could not confirm that your comment follows our guidelines. A moderator will review it before it is published.',
  },
  system: {
    reject: 'Your comment could not be checked automatically and was not published.',
    flag: 'Your comment is too long to be checked automatically. A moderator will review it before it is published.',
  },
  custom: {
    reject: 'Your comment was not published because it breaks our community guidelines.',
    flag: 'A moderator will review your comment before it is published.',
  },
};

export function defaultMessage(category: string, action: RuleAction): string {
  return (MESSAGES[category] ?? MESSAGES.custom)[action];
}

export const KNOWN_CATEGORIES = Object.keys(MESSAGES);
