import type { RuleDefinition, RuleType } from '../types';
import { articleSettingsRule } from './article-settings.rule';
import { authorTrustRule } from './author-trust.rule';
import { bannedTermsRule } from './banned-terms.rule';
import { classifierRule } from './classifier.rule';
import { lengthRule } from './length.rule';
import { linksRule } from './links.rule';
import { patternRule } from './pattern.rule';
import { personalInformationRule } from './personal-information.rule';
import { phrasesRule } from './phrases.rule';
import { repeatedCharactersRule } from './repeated-characters.rule';
import { reportsRule } from './reports.rule';
import type { RuleModule } from './rule';
import { shoutingRule } from './shouting.rule';
import { spamRule } from './spam.rule';
import { suspectTermsRule } from './suspect-terms.rule';

/** Every rule type, by its `type` name. */
export const RULE_MODULES: { readonly [T in RuleType]: RuleModule<Extract<RuleDefinition, { type: T }>> } = {
  length: lengthRule,
  'article-settings': articleSettingsRule,
  'author-trust': authorTrustRule,
  'banned-terms': bannedTermsRule,
  'suspect-terms': suspectTermsRule,
  pattern: patternRule,
  phrases: phrasesRule,
  links: linksRule,
  'personal-information': personalInformationRule,
  shouting: shoutingRule,
  'repeated-characters': repeatedCharactersRule,
  spam: spamRule,
  reports: reportsRule,
  classifier: classifierRule,
};

export const RULE_TYPES = Object.keys(RULE_MODULES) as RuleType[];

export function ruleModule(type: string): RuleModule | undefined {
  return Object.prototype.hasOwnProperty.call(RULE_MODULES, type) ? (RULE_MODULES[type as RuleType] as unknown as RuleModule) : undefined;
}

export * from './rule';
