import { DEFAULT_RULE_SET } from './default-rule-set';
import { BUDGET_RULE_ID, compileRuleSet, CompiledRuleSet, evaluate, TRUNCATION_RULE_ID } from './engine';
import type { RuleDefinition } from './types';

const rules = (...defs: RuleDefinition[]) => compileRuleSet({ version: 7, rules: defs });
const banned: RuleDefinition = { id: 'banned', type: 'banned-terms', terms: ['badword', 'rude phrase', 'stem*'] };
const suspect: RuleDefinition = { id: 'suspect', type: 'suspect-terms', terms: ['iffy'] };

describe('evaluate', () => {
  it('approves when nothing fires', () => {
    expect(evaluate(rules(banned, suspect), { body: 'A perfectly fine comment.' })).toEqual({
      decision: 'approved',
      score: 0,
      reasons: [],
      shadowReasons: [],
      ruleSetVersion: 7,
    });
  });

  it('the most severe action wins: reject > flag > approve', () => {
    expect(evaluate(rules(banned, suspect), { body: 'iffy' }).decision).toBe('flagged');
    expect(evaluate(rules(banned, suspect), { body: 'iffy badword' }).decision).toBe('rejected');
    expect(evaluate(rules(suspect, banned), { body: 'badword iffy' }).decision).toBe('rejected');
  });

  it('reports rule id, category, action, a message, and the excerpt with offsets in the ORIGINAL text', () => {
    const body = '𝐇𝐞𝐲 — you B\u200bA\u200bD\u200bW\u200bO\u200bR\u200bD, seriously';
    const d = evaluate(rules(banned), { body });
    expect(d.reasons).toHaveLength(1);
    const r = d.reasons[0];
    expect(r).toMatchObject({ ruleId: 'banned', category: 'profanity', action: 'reject' });
    expect(r.message).toMatch(/not published/);
    expect(r.excerpt).toBe('B\u200bA\u200bD\u200bW\u200bO\u200bR\u200bD');
    expect(body.slice(r.start, r.end)).toBe(r.excerpt);
  });

  it('reports stems as the whole word and phrases as written', () => {
    const d = evaluate(rules(banned), { body: 'Stemming aside, that was a rude   phrase.' });
    expect(d.reasons.map((r) => r.excerpt)).toEqual(['Stemming', 'rude   phrase']);
  });

  it('shadow rules record into shadowReasons without affecting the decision or the score', () => {
    const d = evaluate(rules({ ...banned, shadow: true }, suspect), { body: 'badword' });
    expect(d.decision).toBe('approved');
    expect(d.score).toBe(0);
    expect(d.reasons).toEqual([]);
    expect(d.shadowReasons).toEqual([expect.objectContaining({ ruleId: 'banned', action: 'reject', shadow: true, excerpt: 'badword' })]);
  });

  it('skips disabled rules', () => {
    const rs = rules({ ...banned, enabled: false }, suspect);
    expect(rs.rules.map((r) => r.id)).toEqual(['suspect']);
    expect(evaluate(rs, { body: 'badword' }).decision).toBe('approved');
  });

  it('scores as a noisy-OR of the rules that fired (reject 1, flag 0.5, or the rule weight)', () => {
    expect(evaluate(rules(suspect), { body: 'iffy iffy' }).score).toBe(0.5); // one contribution per rule
    expect(evaluate(rules(suspect, { id: 's2', type: 'suspect-terms', terms: ['odd'], weight: 0.2 }), { body: 'iffy odd' }).score).toBe(0.6);
    expect(evaluate(rules(banned, suspect), { body: 'badword iffy' }).score).toBe(1);
  });

  it('applies message and category overrides', () => {
    const rs = rules({ ...suspect, message: 'Please rephrase.', category: 'harassment' });
    expect(evaluate(rs, { body: 'iffy' }).reasons[0]).toMatchObject({ message: 'Please rephrase.', category: 'harassment' });
  });

  it('runs rules in phase order (gate → content → form → behaviour → signals), definition order within a phase', () => {
    const rs = rules(
      { id: 'reports', type: 'reports', threshold: 1 },
      { id: 'shout', type: 'shouting', minLetters: 3 },
      { id: 'second-terms', type: 'suspect-terms', terms: ['iffy'] },
      { id: 'first-terms', type: 'suspect-terms', terms: ['IFFY'] },
      { id: 'length', type: 'length', max: 3, action: 'flag' },
    );
    expect(rs.rules.map((r) => `${r.phase}:${r.id}`)).toEqual(['gate:length', 'content:second-terms', 'content:first-terms', 'form:shout', 'signals:reports']);
    const d = evaluate(rs, { body: 'IFFY!' }, { reportCount: 1 });
    expect(d.reasons.map((r) => r.ruleId)).toEqual(['length', 'second-terms', 'first-terms', 'shout', 'reports']);
  });

  it('shares one term automaton across term rules', () => {
    const rs = rules(banned, suspect, { id: 'more', type: 'suspect-terms', terms: ['extra'] });
    expect(rs.termCount).toBe(5);
    expect(evaluate(rs, { body: 'badword iffy extra' }).reasons.map((r) => r.ruleId)).toEqual(['banned', 'suspect', 'more']);
  });

  it('applies per-term and per-rule allow-lists to the whole word', () => {
    const rs = rules({ id: 't', type: 'banned-terms', terms: [{ term: 'shit*', allow: ['shiitake*'] }, 'twat*'], allow: ['twatt'] });
    expect(evaluate(rs, { body: 'Shiitake soup in Twatt' }).decision).toBe('approved');
    expect(evaluate(rs, { body: 'sh1itakes' }).decision).toBe('approved');
    expect(evaluate(rs, { body: 'shitty twat' }).reasons.map((r) => r.excerpt)).toEqual(['shitty', 'twat']);
  });

  it('caps the number of reasons per rule', () => {
    const d = evaluate(rules(banned), { body: 'badword '.repeat(100) });
    expect(d.reasons).toHaveLength(20);
  });

  it('bounds work on huge comments: evaluates the first 20,000 characters and flags the rest for review', () => {
    const body = 'fine words '.repeat(100_000) + ' badword'; // ~1.1 MB, the bad word is beyond the cap
    const d = evaluate(rules(banned), { body });
    expect(d.decision).toBe('flagged');
    expect(d.reasons).toEqual([expect.objectContaining({ ruleId: TRUNCATION_RULE_ID, category: 'system', action: 'flag', start: 20_000, end: body.length })]);
    expect(d.reasons[0].message).toContain('Only the first 20000 characters were checked');
  });

  it('honours maxEvaluatedChars and truncationAction compile options', () => {
    const rs = compileRuleSet({ rules: [banned] }, { maxEvaluatedChars: 10, truncationAction: 'reject' });
    expect(evaluate(rs, { body: 'short' }).decision).toBe('approved');
    expect(evaluate(rs, { body: 'this is longer than ten' }).decision).toBe('rejected');
    expect(() => compileRuleSet({ rules: [] }, { maxEvaluatedChars: 0 })).toThrow('maxEvaluatedChars');
  });

  it('does not split a surrogate pair when truncating', () => {
    const rs = compileRuleSet({ rules: [] }, { maxEvaluatedChars: 4 });
    const d = evaluate(rs, { body: 'abc𝐟def' });
    expect(d.reasons[0].start).toBe(3);
  });

  it('treats a missing or non-string body as empty', () => {
    const rs = rules({ id: 'len', type: 'length' });
    expect(evaluate(rs, { body: undefined as unknown as string }).reasons[0].message).toBe('Your comment is empty.');
  });

  it('is deterministic and keeps no state between calls', () => {
    const rs = rules(banned, suspect, { id: 'shout', type: 'shouting', minLetters: 3 });
    const a = evaluate(rs, { body: 'BADWORD and iffy' });
    evaluate(rs, { body: 'x'.repeat(50_000) });
    evaluate(rs, { body: 'fine' });
    expect(evaluate(rs, { body: 'BADWORD and iffy' })).toEqual(a);
  });

  it('refuses rule sets that were not compiled', () => {
    expect(() => evaluate({ rules: [] } as unknown as CompiledRuleSet, { body: 'x' })).toThrow('compileRuleSet');
  });

  it('allows a masked word one of whose readings is an allow-list entry, each mask one letter', () => {
    const rs = rules({ id: 't', type: 'banned-terms', terms: [{ term: 'shit*', allow: ['shit'] }] });
    const excerpts = (body: string) => evaluate(rs, { body }).reasons.map((r) => r.excerpt);
    expect(excerpts('sh*t')).toEqual([]);
    expect(excerpts('s*it')).toEqual([]);
    expect(excerpts('sh*thead')).toEqual(['sh*thead']);
    expect(excerpts('sh**t')).toEqual(['sh**t']); // two masks for one letter: not a reading of "shit"
  });

  it('keeps the compiled rule set independent from later changes to the definition', () => {
    const def = { rules: [{ id: 'b', type: 'banned-terms' as const, terms: ['badword'] }] };
    const rs = compileRuleSet(def);
    def.rules[0].terms.push('other');
    expect(evaluate(rs, { body: 'other' }).decision).toBe('approved');
  });
});

describe('numbers are not leetspeak', () => {
  const rs = compileRuleSet(DEFAULT_RULE_SET);
  it.each(['He owns three 45s and a jukebox', 'The B52s played the half-time show', 'The A55 was closed', 'Error 404 again', 'the 404s and 500s', 'The 1990s were different', 'M25 gridlock', 'Like watching a 6-0 thrashing', 'a 6 0 win at home', 'kick-off at 3:00, a 2/0 lead', 'who is buying these £600k new builds?'])(
    '%s is approved',
    (body) => {
      expect(evaluate(rs, { body }).reasons).toEqual([]);
    },
  );
  it.each(['kiss my a55', 'what a load of sh17', 'this is 5h1t', 'you 4ss', 'this is s h 1 t', 'f 4 g g 0 t'])('%s is still caught', (body) => {
    expect(evaluate(rs, { body }).decision).not.toBe('approved');
  });
  it.each(['the 4ss', 'my 4rse of a printer'])('reads "%s" as the word (an expletive aimed at no one: recorded, not held)', (body) => {
    expect(evaluate(rs, { body }).shadowReasons.map((r) => r.ruleId)).toEqual(['expletives']);
  });
});

describe('evaluation budget', () => {
  const patterns = (n: number): RuleDefinition[] =>
    Array.from({ length: n }, (_, i) => ({ id: `p${i}`, type: 'pattern' as const, pattern: `(x+x+)+y${i}`, action: 'flag' as const }));

  it('skips the remaining rules once the budget is spent and holds the comment for a human with a reason', () => {
    let t = 0;
    const clock = () => (t += 30); // every look at the clock: 30 ms later
    const rs = compileRuleSet({ rules: [banned, ...patterns(3)] }, { evaluationBudgetMs: 20, clock });
    const d = evaluate(rs, { body: 'A perfectly fine comment.' });
    expect(d.decision).toBe('flagged');
    expect(d.reasons).toEqual([expect.objectContaining({ ruleId: BUDGET_RULE_ID, category: 'system', action: 'flag' })]);
    expect(d.budgetExceeded).toEqual({ elapsedMs: expect.any(Number), lastRuleId: 'banned', skippedRules: 3 });
  });

  it('keeps a rejection found before the budget ran out', () => {
    let t = 0;
    const rs = compileRuleSet({ rules: [banned, ...patterns(2)] }, { evaluationBudgetMs: 20, clock: () => (t += 30) });
    const d = evaluate(rs, { body: 'a badword here' });
    expect(d.decision).toBe('rejected');
    expect(d.reasons.map((r) => r.ruleId)).toEqual(['banned', BUDGET_RULE_ID]);
  });

  it('with the real clock: 300 patterns over 20,000 characters do not fit in 1 ms, so the comment is held', () => {
    const rs = compileRuleSet({ rules: patterns(300) }, { evaluationBudgetMs: 1 });
    const d = evaluate(rs, { body: 'x'.repeat(20_000) });
    expect(d.decision).toBe('flagged');
    expect(d.reasons.map((r) => r.ruleId)).toEqual([BUDGET_RULE_ID]);
    expect(d.budgetExceeded!.skippedRules).toBeGreaterThan(0);
  });

  it('does not hold a comment whose overrun the confirming clock (CPU time) does not see: the machine was busy, not the rules', () => {
    let wall = 0;
    let cpu = 0;
    const rs = compileRuleSet({ rules: [banned, ...patterns(3)] }, { evaluationBudgetMs: 20, clock: () => (wall += 30), confirmClock: () => (cpu += 1) });
    const d = evaluate(rs, { body: 'A perfectly fine comment.' });
    expect(d).toMatchObject({ decision: 'approved', reasons: [] });
    expect(d.budgetExceeded).toBeUndefined();
    expect(cpu).toBeGreaterThan(0); // the second evaluation was timed by the confirming clock
  });

  it('holds the comment when the confirming clock sees the overrun too, with the confirming clock\'s figures', () => {
    let wall = 0;
    let cpu = 0;
    const rs = compileRuleSet({ rules: [banned, ...patterns(3)] }, { evaluationBudgetMs: 20, clock: () => (wall += 30), confirmClock: () => (cpu += 25) });
    const d = evaluate(rs, { body: 'A perfectly fine comment.' });
    expect(d.decision).toBe('flagged');
    expect(d.budgetExceeded).toEqual({ elapsedMs: 25, lastRuleId: 'banned', skippedRules: 3 });
  });

  it('leaves a decision within budget untouched, and refuses a non-positive budget', () => {
    const d = evaluate(compileRuleSet({ rules: patterns(3) }), { body: 'x'.repeat(20_000) });
    expect(d).toMatchObject({ decision: 'approved', reasons: [] });
    expect(d.budgetExceeded).toBeUndefined();
    expect(() => compileRuleSet({ rules: [] }, { evaluationBudgetMs: 0 })).toThrow(/evaluationBudgetMs/);
  });
});
