import type { BannedTermsRule } from '../types';
import { defineRule } from './rule';
import { compileTerms, refineTerms, TERM_FIELDS } from './terms';

/** `banned-terms`: any match REJECTS the comment. One reason per occurrence (with its excerpt). */
export const bannedTermsRule = defineRule<BannedTermsRule>({
  type: 'banned-terms',
  phase: 'content',
  defaultCategory: 'profanity',
  fields: TERM_FIELDS,
  refine: refineTerms,
  compile: (def, ctx) => compileTerms(def, ctx, 'reject'),
});
