import { RULE_TYPES, ruleModule } from './rules';
import type { RuleSetDefinition, ValidationIssue, ValidationResult } from './types';
import { bool, checkObject, describe, Issues, int, join, num, opt, req, Shape, str } from './validation/schema';

/** Thrown by compileRuleSet for an invalid definition; `errors` name the offending paths. */
export class RuleSetValidationError extends Error {
  readonly errors: ValidationIssue[];
  constructor(errors: ValidationIssue[]) {
    const shown = errors.slice(0, 10).map((e) => `${e.path}: ${e.message}`);
    if (errors.length > shown.length) shown.push(`… and ${errors.length - shown.length} more`);
    super(`Invalid rule set:\n  ${shown.join('\n  ')}`);
    this.name = 'RuleSetValidationError';
    this.errors = errors;
  }
}

export const MAX_RULES = 500;

const RULE_ID = str({
  min: 1,
  max: 64,
  pattern: /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/,
  patternHint: 'must be 1–64 characters: letters, digits, _ . : - (starting with a letter or digit)',
});

const CATEGORY = str({
  min: 1,
  max: 64,
  pattern: /^[a-z0-9][a-z0-9-]*$/,
  patternHint: 'must be lower-case letters, digits and dashes (e.g. "hate", "personal-information")',
});

/** Fields every rule may have. */
const COMMON_FIELDS: Shape = {
  id: req(RULE_ID),
  type: req(() => undefined), // checked before the shape
  enabled: opt(bool),
  shadow: opt(bool),
  category: opt(CATEGORY),
  message: opt(str({ min: 1, max: 1000 })),
  weight: opt(num({ min: 0, max: 1 })),
};

const RULE_SET_FIELDS: Shape = {
  version: opt(int({ min: 0, max: Number.MAX_SAFE_INTEGER })),
  name: opt(str({ min: 1, max: 200 })),
  rules: req(() => undefined), // checked below
};

/**
 * Validates an untrusted rule-set definition (e.g. parsed JSON). Strict: unknown rule types and
 * unknown fields are refused, options are type- and range-checked, terms must be usable, custom
 * regular expressions must compile and pass the backtracking checker, rule ids must be unique.
 * Every error names its path, e.g. `rules[2].terms[5]`.
 */
export function validateRuleSet(def: unknown): ValidationResult {
  const issues = new Issues();
  if (!checkObject(def, '', issues, RULE_SET_FIELDS)) {
    return { ok: false, errors: issues.list.map((e) => ({ ...e, path: e.path || '(root)' })) };
  }
  const rules = def.rules;
  if (rules !== undefined) {
    if (!Array.isArray(rules)) issues.add('rules', `must be an array, got ${describe(rules)}`);
    else if (rules.length > MAX_RULES) issues.add('rules', `must contain at most ${MAX_RULES} rules`);
    else {
      const ids = new Map<string, number>();
      rules.forEach((rule, i) => {
        const path = join('rules', i);
        if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) {
          issues.add(path, `must be an object, got ${describe(rule)}`);
          return;
        }
        const type = (rule as Record<string, unknown>).type;
        const module = typeof type === 'string' ? ruleModule(type) : undefined;
        if (!module) {
          issues.add(join(path, 'type'), type === undefined ? 'is required' : `unknown rule type ${JSON.stringify(type)} (known: ${RULE_TYPES.join(', ')})`);
          return;
        }
        if (!checkObject(rule, path, issues, { ...COMMON_FIELDS, ...module.fields })) return;
        // deep checks (terms, patterns, cross-field) also run when the shape has problems
        module.refine?.(rule as Record<string, unknown>, path, issues);
        const id = (rule as Record<string, unknown>).id;
        if (typeof id === 'string') {
          const previous = ids.get(id);
          if (previous !== undefined) issues.add(join(path, 'id'), `duplicate rule id ${JSON.stringify(id)} (also rules[${previous}])`);
          else ids.set(id, i);
        }
      });
    }
  }
  if (issues.count > 0) return { ok: false, errors: issues.list };
  return { ok: true, value: structuredClone(def) as unknown as RuleSetDefinition };
}
