import { compileRuleSet, evaluate } from '../engine';
import type { BannedTermsRule, EvaluationContext } from '../types';

const run = (rule: Omit<BannedTermsRule, 'id' | 'type'>, body: string, ctx?: EvaluationContext) =>
  evaluate(compileRuleSet({ rules: [{ id: 'banned', type: 'banned-terms', ...rule }] }), { body }, ctx);

describe('banned-terms rule', () => {
  it('rejects on any match, one reason per occurrence with its excerpt', () => {
    const d = run({ terms: ['darn*', 'heck'] }, 'Darn it, heck, DARNED thing');
    expect(d.decision).toBe('rejected');
    expect(d.reasons.map((r) => [r.action, r.excerpt])).toEqual([
      ['reject', 'Darn'],
      ['reject', 'heck'],
      ['reject', 'DARNED'],
    ]);
  });

  it('defaults to the profanity category with an author-facing message', () => {
    const [r] = run({ terms: ['heck'] }, 'heck').reasons;
    expect(r.category).toBe('profanity');
    expect(r.message).toBe('Your comment was not published because it contains profanity, which our community guidelines do not allow.');
  });

  it('uses the configured category for its message', () => {
    expect(run({ terms: ['heck'], category: 'hate' }, 'heck').reasons[0].message).toMatch(/slur or hateful language/);
  });

  it('matches obfuscated spellings but not innocent words containing a term', () => {
    const terms = ['heck', 'darn*'];
    for (const body of ['h3ck', 'h.e.c.k', 'HEEECK', 'h*ck', 'һеck', 'ｈｅｃｋ', 'd@rn1t']) expect(run({ terms }, body).decision).toBe('rejected');
    for (const body of ['checked', 'shecky', 'the deck', 'adarn']) expect(run({ terms }, body).decision).toBe('approved');
  });

  it('honours rule and per-term allow-lists', () => {
    const rule = { terms: [{ term: 'darn*', allow: ['darnley'] }, 'heck*'], allow: ['heckle*'] };
    expect(run(rule, 'Lord Darnley heckled').decision).toBe('approved');
    expect(run(rule, 'darned hecking').decision).toBe('rejected');
  });
});
