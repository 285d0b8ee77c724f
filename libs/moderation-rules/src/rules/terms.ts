import { compileAllowEntry, parseTerm } from '../matcher/term-trie';
import type { BannedTermsRule, RuleAction, SuspectTermsRule } from '../types';
import { arrayOf, isPlainObject, Issues, join, opt, req, Shape, str } from '../validation/schema';
import type { CompileContext, RuleRunner } from './rule';

/**
 * Shared implementation of `banned-terms` (reject) and `suspect-terms` (flag).
 *
 * Terms: "word" matches the whole word; "stem*" matches words starting with the stem; "two words"
 * matches the phrase (the space also matches punctuation runs, or nothing: "killyourself").
 * Matching survives case, diacritics, confusables, invisible characters, leetspeak, stretched
 * letters, spaced-out letters and masks — see normalise/ and matcher/. An allow-list entry
 * ("shiitake", "scunthorpe*") suppresses matches inside that word, per rule or per term.
 */

export const MAX_TERMS = 100_000;
const MAX_ALLOW = 10_000;

const ALLOW_ENTRY = str({ min: 1, max: 200 });

export const TERM_FIELDS: Shape = {
  terms: req((value, path, issues) => {
    if (!Array.isArray(value)) return issues.add(path, 'must be an array of terms');
    if (value.length === 0) return issues.add(path, 'must contain at least one term');
    if (value.length > MAX_TERMS) return issues.add(path, `must contain at most ${MAX_TERMS} terms`);
    // entries are checked in refine() (they need parsing)
  }),
  allow: opt(arrayOf(ALLOW_ENTRY, { max: MAX_ALLOW })),
};

function checkAllowList(list: unknown, path: string, issues: Issues): void {
  if (!Array.isArray(list)) return;
  list.forEach((entry, i) => {
    if (typeof entry !== 'string') return;
    const compiled = compileAllowEntry(entry);
    if (typeof compiled === 'string') issues.add(join(path, i), compiled);
  });
}

export function refineTerms(def: Record<string, unknown>, path: string, issues: Issues): void {
  checkAllowList(def.allow, join(path, 'allow'), issues);
  const terms = def.terms;
  if (!Array.isArray(terms) || terms.length > MAX_TERMS) return;
  const seen = new Map<string, number>();
  terms.forEach((entry, i) => {
    const entryPath = join(join(path, 'terms'), i);
    let raw: unknown = entry;
    let termPath = entryPath;
    if (isPlainObject(entry)) {
      for (const key of Object.keys(entry)) {
        if (key !== 'term' && key !== 'allow') issues.add(join(entryPath, key), `unknown field '${key}' (allowed: term, allow)`);
      }
      raw = entry.term;
      termPath = join(entryPath, 'term');
      if (entry.allow !== undefined) {
        if (!Array.isArray(entry.allow)) issues.add(join(entryPath, 'allow'), 'must be an array of strings');
        else {
          entry.allow.forEach((a, k) => {
            if (typeof a !== 'string') issues.add(join(join(entryPath, 'allow'), k), 'must be a string');
          });
          checkAllowList(entry.allow, join(entryPath, 'allow'), issues);
        }
      }
    }
    if (typeof raw !== 'string') {
      issues.add(termPath, 'must be a string or { term, allow? }');
      return;
    }
    const parsed = parseTerm(raw);
    if (typeof parsed === 'string') {
      issues.add(termPath, `invalid term ${JSON.stringify(raw)}: ${parsed}`);
      return;
    }
    const key = parsed.symbols.join(',') + (parsed.stem ? '*' : '');
    const previous = seen.get(key);
    if (previous !== undefined) {
      issues.add(termPath, `duplicate term ${JSON.stringify(raw)} (same as terms[${previous}] after normalisation)`);
    } else seen.set(key, i);
  });
}

export function compileTerms(def: BannedTermsRule | SuspectTermsRule, ctx: CompileContext, action: RuleAction): RuleRunner {
  const slot = ctx.registerTerms(def.terms, def.allow ?? []);
  return (rt, emit) => {
    const matches = rt.termMatches(slot);
    for (let i = 0; i < matches.length; i++) {
      emit({ action, start: matches[i].start, end: matches[i].end });
    }
  };
}
