import { compileRuleSet, evaluate } from '../engine';
import { validateRuleSet } from '../validate';
import type { RuleSetDefinition } from '../types';

const ruleSet = (rule: Record<string, unknown>): RuleSetDefinition => ({ rules: [{ id: 'p', type: 'phrases', ...rule } as never] });

describe('phrases rule', () => {
  const definition = ruleSet({
    patterns: [
      { pattern: '@first_person_intent @adverb* @violent_verb @second_person|#Name', label: 'intention to harm', action: 'reject' },
      { pattern: '@target_group @be @determiner? @adjective* @dehumanising_noun', label: 'dehumanising', category: 'hate' },
      { pattern: 'kill* the|a bill|motion', label: 'literal words' },
    ],
    exceptions: ['according to'],
  });
  const rs = compileRuleSet(definition);
  const check = (body: string) => evaluate(rs, { body });

  it('matches a template with slots from word classes and explains the hit', () => {
    const d = check('Honestly, I will personally shoot you.');
    expect(d.decision).toBe('rejected');
    expect(d.reasons).toHaveLength(1);
    const r = d.reasons[0];
    expect(r).toMatchObject({ ruleId: 'p', category: 'threat', excerpt: 'I will personally shoot you', start: 10 });
    // "I will personally" is itself a stated intention, so the adverb may be part of it
    expect(r.explanation).toMatch(/^intention to harm: "I will( personally)?" \(stated intention\) \+ .*"shoot" \(violent verb\) \+ "you" \(second person\)$/);
  });

  it('takes a house number with a letter and an amount for numbers (#Num)', () => {
    const rsNum = compileRuleSet(ruleSet({ patterns: ['lives at #Num', '#Num to whoever'] }));
    for (const body of ['she lives at 14B Sunflower Apartments', '£200 to whoever gets him', '$50 to whoever does it'])
      expect([body, evaluate(rsNum, { body }).decision]).toEqual([body, 'flagged']);
    for (const body of ['she lives at Bx Sunflower Apartments', '£ to whoever gets him'])
      expect([body, evaluate(rsNum, { body }).decision]).toEqual([body, 'approved']);
  });

  it('gives a laughing or loving emoji a token of its own (#Laugh), without moving the start of a sentence', () => {
    const rsLaugh = compileRuleSet(ruleSet({ patterns: ['you muppet #Laugh', '^kill them'] }));
    for (const body of ['you muppet 😂', 'you muppet🤣🤣 see you', 'you muppet ❤️', '😂 kill them all', 'ha. 😂 kill them'])
      expect([body, evaluate(rsLaugh, { body }).decision]).toEqual([body, 'flagged']);
    for (const body of ['you muppet', 'you muppet 😡', 'you muppet lol', 'we kill them'])
      expect([body, evaluate(rsLaugh, { body }).decision]).toEqual([body, 'approved']);
    expect(evaluate(rsLaugh, { body: 'oi you muppet 😂' }).reasons[0]).toMatchObject({
      excerpt: 'you muppet 😂',
      explanation: 'phrase: "you" + "muppet" + "😂" (laughter)',
    });
  });

  it('takes an @handle for a name', () => {
    expect(check('i will shoot @dave_k tonight').decision).toBe('rejected');
    expect(check('i will shoot @ tonight').decision).toBe('approved');
  });

  it('is robust to the obfuscations the term matcher handles', () => {
    for (const body of ["i'll k1ll u", 'I W I L L  sh00t you', 'I will k.i.l.l you', 'I wіll kіll you' /* Cyrillic і */, 'ｉ ｗｉｌｌ ｋｉｌｌ ｙｏｕ']) {
      expect([body, check(body).decision]).toEqual([body, 'rejected']);
    }
    expect(check('m u s l i m s are filthy r@ts').reasons[0]).toMatchObject({ category: 'hate' });
  });

  it('fills #Name with capitalised names but not with capitalised common words at a sentence start', () => {
    expect(check('I will shoot Smith').decision).toBe('rejected');
    expect(check('I will shoot Photos tomorrow').decision).toBe('rejected'); // a capitalised word mid-sentence reads as a name
    expect(check('I will shoot the breeze').decision).toBe('approved');
  });

  it('honours ?, + and * bounds and never crosses a sentence', () => {
    expect(check('Refugees are a plague').decision).toBe('flagged');
    expect(check('Refugees are filthy disgusting vile plague').decision).toBe('flagged'); // @adjective* up to 4
    expect(check('Refugees are. A plague on both houses').decision).toBe('approved');
    expect(check('I will. Shoot you the details later').decision).toBe('approved');
  });

  it("with scope 'comment', lets a match run on into the next sentence (its gaps still bound it)", () => {
    const across = compileRuleSet(ruleSet({ patterns: [{ pattern: '#Name _{0,6} long memories', scope: 'comment', label: 'veiled threat' }] }));
    const within = compileRuleSet(ruleSet({ patterns: [{ pattern: '#Name _{0,6} long memories', label: 'veiled threat' }] }));
    const body = 'Tell Dolan to drive carefully. The lads have long memories.';
    expect(evaluate(across, { body }).reasons.map((r) => r.excerpt)).toEqual(['Dolan to drive carefully. The lads have long memories']);
    expect(evaluate(within, { body }).reasons).toEqual([]);
    // the gaps still bound it: too far apart
    expect(
      evaluate(across, { body: 'Dolan spoke at the meeting on Tuesday about the budget. Everyone in the hall agreed then. The lads have long memories.' })
        .reasons,
    ).toEqual([]);
  });

  it("lets an exception in any sentence a 'comment' match runs into cancel it, if it starts before the match ends", () => {
    const across = compileRuleSet(
      ruleSet({
        patterns: [{ pattern: 'works _{0,6} _{0,6} know what to do', scope: 'comment', label: 'readers sent after someone' }],
        exceptions: ['know what to do if'],
      }),
    );
    expect(evaluate(across, { body: 'He works at the garage on Mill Road. You know what to do.' }).reasons).toHaveLength(1);
    expect(evaluate(across, { body: 'He works at the garage on Mill Road. You know what to do if your car breaks down.' }).reasons).toEqual([]);
    // an exception in a sentence after the match does not reach back
    expect(evaluate(across, { body: 'He works at the garage. You know what to do. Know what to do if it rains.' }).reasons).toHaveLength(1);
  });

  it("lets an exception with scope 'comment' run on into later sentences and cancel the hits of every sentence it spans", () => {
    const rule = { patterns: ['i ll find you', 'you owe me'], exceptions: [{ pattern: 'find you _{0,6} thanks|glasses', scope: 'comment' }] };
    const reveal = compileRuleSet(ruleSet(rule));
    expect(evaluate(reveal, { body: "I'll find you Ken. You left your reading glasses at the library." }).reasons).toEqual([]);
    // a hit in a sentence the exception runs into is cancelled too
    expect(evaluate(reveal, { body: "I'll find you. You owe me thanks for the lift" }).reasons).toEqual([]);
    // a sentence after the exception's last word is not touched
    expect(evaluate(reveal, { body: "I'll find you. Thanks. You owe me." }).reasons.map((r) => r.excerpt)).toEqual(['You owe me']);
    // too far, and the same exception with the default scope, stop at the sentence end
    expect(evaluate(reveal, { body: "I'll find you. You left a lot of things on the table, like glasses." }).reasons).toHaveLength(1);
    const sentenceOnly = compileRuleSet(ruleSet({ ...rule, exceptions: [{ pattern: 'find you _{0,6} thanks|glasses' }] }));
    expect(evaluate(sentenceOnly, { body: "I'll find you Ken. You left your reading glasses at the library." }).reasons).toHaveLength(1);
    expect(evaluate(sentenceOnly, { body: "I'll find you Ken to return your reading glasses." }).reasons).toEqual([]);
  });

  it('lets a negated element at the end of a sentence match there (nothing it excludes follows)', () => {
    const rs2 = compileRuleSet(ruleSet({ patterns: ['@target_group aren|isn t? people !who|that|like'] }));
    expect(evaluate(rs2, { body: "Roma aren't people. They never were." }).reasons.map((r) => r.excerpt)).toEqual(["Roma aren't people"]);
    expect(evaluate(rs2, { body: "Roma aren't people" }).reasons).toHaveLength(1);
    expect(evaluate(rs2, { body: "Roma aren't people who cause trouble." }).reasons).toEqual([]);
    // in the middle of a pattern it still needs its token
    const rs3 = compileRuleSet(ruleSet({ patterns: ['kill !the you'] }));
    expect(evaluate(rs3, { body: 'I will kill. You' }).reasons).toEqual([]);
    expect(evaluate(rs3, { body: 'I will kill them you' }).reasons).toHaveLength(1);
  });

  it('lets a look-behind (<!) refuse a word right before a point without taking a token', () => {
    const rs2 = compileRuleSet(ruleSet({ patterns: ['see it coming _{0,3} <!not|no surprise|party'] }));
    // right after the phrase, a word later, and at the start of the next sentence when the pattern may cross it
    expect(evaluate(rs2, { body: 'They will see it coming surprise' }).reasons).toHaveLength(1);
    expect(evaluate(rs2, { body: 'They will see it coming, a surprise' }).reasons).toHaveLength(1);
    expect(evaluate(rs2, { body: 'They will see it coming, no surprise' }).reasons).toEqual([]);
    expect(evaluate(rs2, { body: 'They will see it coming and no party' }).reasons).toEqual([]);
    // it looks at one token only
    expect(evaluate(rs2, { body: 'They will see it coming, not a party' }).reasons).toHaveLength(1);
    const across = compileRuleSet(ruleSet({ patterns: [{ pattern: 'see it coming _{0,3} <!not|no surprise', scope: 'comment' }] }));
    expect(evaluate(across, { body: "They'll never see it coming. Surprise 80th" }).reasons.map((r) => r.excerpt)).toEqual(["see it coming. Surprise"]);
    expect(evaluate(across, { body: "They'll never see it coming. No surprise" }).reasons).toEqual([]);
    // first in a pattern it looks before the match; at a sentence start there is nothing before
    const first = compileRuleSet(ruleSet({ patterns: ['<!not|never kill you'] }));
    expect(evaluate(first, { body: 'I will kill you' }).reasons).toHaveLength(1);
    expect(evaluate(first, { body: 'I would never kill you' }).reasons).toEqual([]);
    expect(evaluate(first, { body: 'Never. Kill you' }).reasons).toHaveLength(1);
  });

  it('refuses look-behinds that repeat, look for any token or are the whole pattern', () => {
    for (const [pattern, message] of [
      ['kill <!not? you', /look-behind cannot repeat/],
      ['kill <!_ you', /never matches/],
      ['<!not', /at least one required element/],
    ] as const) {
      expect(() => compileRuleSet(ruleSet({ patterns: [pattern] }))).toThrow(message);
    }
  });

  it('does not end a sentence at a time or a decimal ("6:40", "3.15")', () => {
    const rs2 = compileRuleSet(ruleSet({ patterns: ['every morning _{0,3} alone'] }));
    expect(evaluate(rs2, { body: 'She runs every morning around 6:40, alone' }).reasons.map((r) => r.excerpt)).toEqual(['every morning around 6:40, alone']);
    expect(evaluate(rs2, { body: 'She runs every morning at 3.15 alone' }).reasons).toHaveLength(1);
    expect(evaluate(rs2, { body: 'She runs every morning at six. Alone' }).reasons).toEqual([]);
    expect(evaluate(rs2, { body: 'She runs every morning: alone' }).reasons).toEqual([]);
  });

  it('lets an exception in the same sentence cancel the hit, but not one in another sentence', () => {
    expect(check('According to the indictment, I will shoot you was in his notes').decision).toBe('approved');
    expect(check('According to the forecast it rains. I will shoot you.').decision).toBe('rejected');
  });

  it('treats quoted words with a reporting verb nearby as a quotation', () => {
    expect(check('He shouted "I will shoot you" at the officer').decision).toBe('approved');
    expect(check('"I will shoot you," he told her.').decision).toBe('approved');
    expect(check('“Refugees are vermin.” That is what the councillor wrote.').decision).toBe('approved');
    expect(check('"I will shoot you" and I mean it').decision).toBe('rejected'); // quotes without attribution
    // single and curly single quotes, closed after the punctuation that ends the quoted words
    expect(check("'I will shoot you,' he told her.").decision).toBe('approved');
    expect(check('‘I will shoot you.’ That is what he wrote.').decision).toBe('approved');
    expect(check("'I will shoot you,' and I mean it").decision).toBe('rejected');
    expect(check("Don't think I won't: I will shoot you").decision).toBe('rejected'); // apostrophes are not quotes
    // a hit that is the whole quotation, inside a sentence of the writer's own, is a phrase named
    expect(check('Nobody should have to see "I will shoot you" on a bus shelter').decision).toBe('approved');
    expect(check('Nobody should have to see "I will shoot you, coward" on a bus shelter').decision).toBe('approved');
    expect(check('Nobody should have to see "I will shoot you and your whole family tonight" on a bus shelter').decision).toBe('rejected'); // a longer quotation
    const noQuotes = compileRuleSet(ruleSet({ patterns: ['@first_person_intent @violent_verb @second_person'], quotations: false }));
    expect(evaluate(noQuotes, { body: 'He shouted "I will shoot you"' }).decision).toBe('flagged');
  });

  it("keeps a single-quoted quotation open across an apostrophe inside a word ('we'll', 'don't')", () => {
    const rs2 = compileRuleSet(ruleSet({ patterns: ['put you in the ground'] }));
    expect(evaluate(rs2, { body: "The messages read out in court, 'we'll put you in the ground', are a crime." }).reasons).toEqual([]);
    expect(evaluate(rs2, { body: "We'll put you in the ground." }).reasons).toHaveLength(1);
  });

  it('matches literal words and stems', () => {
    expect(check('they want to kill the bill').reasons.map((r) => r.excerpt)).toEqual(['kill the bill']);
    expect(check('killing a motion').decision).toBe('flagged');
  });

  it('matches frequent words (looked for only on demand) alone, with rare words and across rules', () => {
    // "you", "are", "the" are frequent words (a deferred automaton); "vermin", "rats" are not
    const rs = compileRuleSet({
      rules: [
        { id: 'only-frequent', type: 'phrases', patterns: ['you are the'], action: 'flag', builtInClasses: false },
        { id: 'mixed', type: 'phrases', patterns: ['you are vermin|rats'], action: 'reject', builtInClasses: false },
      ],
    } as RuleSetDefinition);
    expect(evaluate(rs, { body: 'You are the best.' }).reasons.map((r) => [r.ruleId, r.excerpt])).toEqual([['only-frequent', 'You are the']]);
    expect(evaluate(rs, { body: 'you ARE rats' }).reasons.map((r) => [r.ruleId, r.excerpt])).toEqual([['mixed', 'you ARE rats']]);
    expect(evaluate(rs, { body: 'The rats are you' }).decision).toBe('approved');
    expect(evaluate(rs, { body: 'Vermin, you are.' }).decision).toBe('approved');
  });

  it('needs a digit for #Num and still matches it after other numbers', () => {
    const rs = compileRuleSet(ruleSet({ patterns: ['lives|living on #Num'], builtInClasses: false }));
    expect(evaluate(rs, { body: 'She lives on 12 Acacia Avenue' }).reasons.map((r) => r.excerpt)).toEqual(['lives on 12']);
    expect(evaluate(rs, { body: 'In 2019 she was living on 4 hours of sleep' }).reasons.map((r) => r.excerpt)).toEqual(['living on 4']);
    expect(evaluate(rs, { body: 'She lives on twelve dollars' }).decision).toBe('approved');
    expect(evaluate(rs, { body: 'Since 2019 she lives on air' }).decision).toBe('approved');
  });

  it('takes custom classes and can leave the shipped ones out', () => {
    const custom = compileRuleSet(
      ruleSet({ builtInClasses: false, classes: { fruit: ['apple*', 'pear'], colour: ['red', 'green'] }, patterns: ['@colour @fruit'] }),
    );
    expect(evaluate(custom, { body: 'a Red Apples pie' }).reasons[0]).toMatchObject({
      excerpt: 'Red Apples',
      explanation: 'phrase: "Red" (colour) + "Apples" (fruit)',
    });
    expect(validateRuleSet(ruleSet({ builtInClasses: false, patterns: ['@violent_verb'] }))).toMatchObject({
      ok: false,
      errors: [{ path: 'rules[0].patterns[0]', message: 'unknown word class "@violent_verb"' }],
    });
  });

  it('validates patterns, classes and pattern objects with paths', () => {
    const result = validateRuleSet(
      ruleSet({
        patterns: ['', '@nope', 'kill _{0,9}', '!_ you', { pattern: 'a b', extra: 1 }, { pattern: 'you', action: 'ban' }, { pattern: 'you', scope: 'page' }],
        exceptions: ['x??', { pattern: 'a b', scope: 'page' }, { pattern: 'a b', label: 'x' }, { pattern: '@nope' }],
        classes: { 'Bad Name': ['x'], ok: ['*'] },
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        'rules[0].patterns[0]',
        'rules[0].patterns[1]',
        'rules[0].patterns[2]',
        'rules[0].patterns[3]',
        'rules[0].patterns[4].extra',
        'rules[0].patterns[5].action',
        'rules[0].patterns[6].scope',
        'rules[0].exceptions[0]',
        'rules[0].exceptions[1].scope',
        'rules[0].exceptions[2].label',
        'rules[0].exceptions[3].pattern',
        'rules[0].classes.Bad Name',
        'rules[0].classes.ok[0]',
      ]),
    );
  });

  it('refuses a rule of more than 2,000 patterns or exceptions', () => {
    const many = Array.from({ length: 2001 }, (_, i) => `word${i}`);
    expect(validateRuleSet(ruleSet({ patterns: many }))).toMatchObject({
      ok: false,
      errors: [{ path: 'rules[0].patterns', message: 'must contain at most 2000 patterns' }],
    });
    expect(validateRuleSet(ruleSet({ patterns: many.slice(0, 2000) })).ok).toBe(true);
  });

  it('finds no template across a long text of near-misses (decided on the words, not on the time taken)', () => {
    // A stopped clock: on a loaded machine the evaluation budget would otherwise hold the text.
    const stopped = compileRuleSet(definition, { clock: () => 0 });
    const body = 'I will you shoot refugees are are a '.repeat(500);
    const d = evaluate(stopped, { body });
    expect(d.budgetExceeded).toBeUndefined();
    expect(d.decision).toBe('approved');
  });
});
