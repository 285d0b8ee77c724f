import { DEFAULT_RULE_SET } from './default-rule-set';
import { compileRuleSet } from './engine';
import { RULE_TYPES } from './rules';
import { RuleSetValidationError, validateRuleSet } from './validate';

const errorsOf = (def: unknown): Array<{ path: string; message: string }> => {
  const result = validateRuleSet(def);
  if (result.ok) throw new Error('expected validation errors');
  return result.errors;
};

const one = (rule: Record<string, unknown>) => ({ rules: [rule] });

describe('validateRuleSet', () => {
  it('accepts the default rule set and returns a copy', () => {
    const result = validateRuleSet(DEFAULT_RULE_SET);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).toEqual(DEFAULT_RULE_SET);
      expect(result.value).not.toBe(DEFAULT_RULE_SET);
    }
  });

  it('accepts a minimal definition of every rule type', () => {
    const minimal: Record<string, Record<string, unknown>> = {
      'banned-terms': { terms: ['foo'] },
      'suspect-terms': { terms: ['foo'] },
      pattern: { pattern: 'foo', action: 'flag' },
      phrases: { patterns: ['@violent_verb @second_person'] },
    };
    for (const type of RULE_TYPES) {
      expect(validateRuleSet(one({ id: type, type, ...(minimal[type] ?? {}) }))).toMatchObject({ ok: true });
    }
  });

  it('refuses non-objects and missing rules', () => {
    expect(errorsOf(null)).toEqual([{ path: '(root)', message: 'must be an object, got null' }]);
    expect(errorsOf([])).toEqual([{ path: '(root)', message: 'must be an object, got an array' }]);
    expect(errorsOf({})).toEqual([{ path: 'rules', message: 'is required' }]);
    expect(errorsOf({ rules: {} })).toEqual([{ path: 'rules', message: 'must be an array, got an object' }]);
  });

  it('refuses unknown top-level fields and bad version/name', () => {
    expect(errorsOf({ rules: [], extra: 1, version: -1, name: '' })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'extra', message: expect.stringContaining("unknown field 'extra'") }),
        expect.objectContaining({ path: 'version', message: 'must be >= 0' }),
        expect.objectContaining({ path: 'name', message: 'must not be empty' }),
      ]),
    );
  });

  it('refuses unknown rule types', () => {
    expect(errorsOf(one({ id: 'x', type: 'regex-magic' }))).toEqual([
      { path: 'rules[0].type', message: expect.stringContaining('unknown rule type "regex-magic"') },
    ]);
    expect(errorsOf(one({ id: 'x' }))).toEqual([{ path: 'rules[0].type', message: 'is required' }]);
  });

  it('refuses unknown fields (strict), also in nested options', () => {
    expect(errorsOf(one({ id: 'x', type: 'shouting', maxRatio: 0.5, minletters: 3 }))).toEqual([
      { path: 'rules[0].minletters', message: expect.stringContaining("unknown field 'minletters'") },
    ]);
    expect(errorsOf(one({ id: 'x', type: 'spam', flood: { maxComments: 3, per: 60 } }))).toEqual([
      { path: 'rules[0].flood.per', message: expect.stringContaining("unknown field 'per'") },
    ]);
  });

  it('refuses bad options with precise paths', () => {
    const errors = errorsOf({
      rules: [
        { id: 'a', type: 'shouting', maxRatio: 2, action: 'delete' },
        { id: 'b', type: 'length', min: 10, max: 5 },
        { id: 'c', type: 'classifier', flagThreshold: 0.9, rejectThreshold: 0.5, fallback: 'reject' },
        { id: 'd', type: 'links', maxLinks: 1.5, allowDomains: ['https://example.com'], shorteners: 'yes' },
        { id: 'e', type: 'author-trust', newCommenter: true },
        { id: 'f', type: 'reports', threshold: 0 },
        { id: 'g', type: 'personal-information', minPhoneDigits: 3, enabled: 'yes' },
        { id: 'bad id!', type: 'reports', shadow: 1, weight: 3, category: 'Hate Speech' },
      ],
    });
    const paths = errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'rules[0].maxRatio',
        'rules[0].action',
        'rules[1].min',
        'rules[2].rejectThreshold',
        'rules[2].fallback',
        'rules[3].maxLinks',
        'rules[3].allowDomains[0]',
        'rules[3].shorteners',
        'rules[4].newCommenter',
        'rules[5].threshold',
        'rules[6].minPhoneDigits',
        'rules[6].enabled',
        'rules[7].id',
        'rules[7].shadow',
        'rules[7].weight',
        'rules[7].category',
      ]),
    );
    expect(errors.find((e) => e.path === 'rules[0].action')?.message).toBe("must be one of 'flag', 'reject', got string \"delete\"");
    expect(errors.find((e) => e.path === 'rules[1].min')?.message).toBe('must be <= max (5)');
  });

  it('refuses duplicate rule ids', () => {
    expect(
      errorsOf({
        rules: [
          { id: 'x', type: 'reports' },
          { id: 'y', type: 'shouting' },
          { id: 'x', type: 'shouting' },
        ],
      }),
    ).toEqual([{ path: 'rules[2].id', message: 'duplicate rule id "x" (also rules[0])' }]);
  });

  it('checks every term and names it by index', () => {
    const errors = errorsOf({
      rules: [
        { id: 'ok', type: 'reports' },
        { id: 'ok2', type: 'reports' },
        {
          id: 'words',
          type: 'banned-terms',
          terms: ['fine', 'also fine*', 'f*ck', 'x', 'Fine', { term: 'ok', allow: ['y'] }, 42, { term: 'ok2', extra: true }],
          allow: ['a*b'],
        },
      ],
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'rules[2].allow[0]', message: expect.stringContaining("'*'") },
        { path: 'rules[2].terms[2]', message: expect.stringContaining('invalid term "f*ck": \'*\' is only allowed at the end') },
        { path: 'rules[2].terms[3]', message: expect.stringContaining('at least 2 letters') },
        { path: 'rules[2].terms[4]', message: 'duplicate term "Fine" (same as terms[0] after normalisation)' },
        { path: 'rules[2].terms[5].allow[0]', message: expect.stringContaining('at least 2 letters') },
        { path: 'rules[2].terms[6]', message: 'must be a string or { term, allow? }' },
        { path: 'rules[2].terms[7].extra', message: expect.stringContaining("unknown field 'extra'") },
      ]),
    );
  });

  it('refuses empty or non-array term lists', () => {
    expect(errorsOf(one({ id: 'x', type: 'suspect-terms', terms: [] }))).toEqual([{ path: 'rules[0].terms', message: 'must contain at least one term' }]);
    expect(errorsOf(one({ id: 'x', type: 'suspect-terms' }))).toEqual([{ path: 'rules[0].terms', message: 'is required' }]);
  });

  it('refuses invalid custom patterns and features RE2 lacks, naming the feature and the rule', () => {
    expect(validateRuleSet(one({ id: 'x', type: 'pattern', pattern: '(a+)+$', action: 'reject' })).ok).toBe(true); // linear on RE2
    expect(errorsOf(one({ id: 'order-no', type: 'pattern', pattern: 'order(?= #)', action: 'reject' }))).toEqual([
      { path: 'rules[0].pattern', message: expect.stringMatching(/^rule "order-no": lookahead \(\?=…\) is not supported/) },
    ]);
    expect(errorsOf(one({ id: 'x', type: 'pattern', pattern: '([a-z]', action: 'reject' }))).toEqual([
      { path: 'rules[0].pattern', message: expect.stringContaining('invalid regular expression') },
    ]);
    expect(errorsOf(one({ id: 'x', type: 'pattern', pattern: 'a', flags: 'g', action: 'reject' }))).toEqual([
      { path: 'rules[0].flags', message: expect.stringContaining("flag 'g'") },
    ]);
    expect(errorsOf(one({ id: 'x', type: 'pattern', pattern: 'a' }))).toEqual([{ path: 'rules[0].action', message: 'is required' }]);
    expect(errorsOf(one({ id: 'shop', type: 'links', pattern: '(shop)\\.\\1' }))).toEqual([
      { path: 'rules[0].pattern', message: expect.stringContaining('rule "shop": back-reference \\1 is not supported') },
    ]);
    expect(errorsOf(one({ id: 'shop', type: 'links', pattern: 'a', patternFlags: 'y' }))).toEqual([{ path: 'rules[0].patternFlags', message: expect.stringContaining("flag 'y'") }]);
  });

  it('compileRuleSet throws RuleSetValidationError carrying the errors', () => {
    try {
      compileRuleSet({ rules: [{ id: 'x', type: 'nope' }] } as never);
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(RuleSetValidationError);
      expect((e as RuleSetValidationError).errors).toEqual([{ path: 'rules[0].type', message: expect.stringContaining('unknown rule type') }]);
      expect((e as Error).message).toContain('rules[0].type');
    }
  });
});

describe('validateRuleSet across realms', () => {
  it('accepts plain objects from another realm (vm contexts, structuredClone) and its own output', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const vm = require('node:vm') as typeof import('node:vm');
    const foreign = vm.runInNewContext('({ rules: [{ id: "x", type: "banned-terms", terms: ["zonk"] }] })');
    expect(validateRuleSet(foreign).ok).toBe(true);
    const first = validateRuleSet(DEFAULT_RULE_SET);
    if (!first.ok) throw new Error('default set invalid');
    expect(validateRuleSet(first.value).ok).toBe(true);
    expect(validateRuleSet({ rules: [new Date()] }).ok).toBe(false);
  });
});
