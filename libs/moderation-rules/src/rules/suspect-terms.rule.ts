import type { SuspectTermsRule } from '../types';
import { defineRule } from './rule';
import { compileTerms, refineTerms, TERM_FIELDS } from './terms';

/** `suspect-terms`: any match FLAGS the comment for review. Same matching as banned-terms. */
export const suspectTermsRule = defineRule<SuspectTermsRule>({
  type: 'suspect-terms',
  phase: 'content',
  defaultCategory: 'profanity',
  fields: TERM_FIELDS,
  refine: refineTerms,
  compile: (def, ctx) => compileTerms(def, ctx, 'flag'),
});
