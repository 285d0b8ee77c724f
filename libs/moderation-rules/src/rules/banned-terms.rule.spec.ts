import { compileRuleSet, evaluate } from '../engine';
import { validateRuleSet } from '../validate';
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

describe('banned-terms: innocent context and mentions', () => {
  const rs = compileRuleSet({
    rules: [{ id: 'b', type: 'banned-terms', terms: [{ term: 'bitch*', unlessNear: ['litter', 'puppies', 'breed*'] }, 'slurword'], mentions: true }],
  });
  const held = (body: string) => evaluate(rs, { body }).decision !== 'approved';

  it('passes a term whose sentence has one of its unlessNear words, in either order', () => {
    expect(held('The bitch had a litter of eight.')).toBe(false);
    expect(held('Our breeder says the bitch is fine.')).toBe(false);
    expect(held('The bitch had a litter. You are a bitch.')).toBe(true); // the other sentence has no context word
    expect(held('you stupid b1tch')).toBe(true);
  });

  it('passes a word talked about, not a word used', () => {
    expect(held('Using the word "slurword" cost him his job.')).toBe(false);
    expect(held('Words like slurword should never be printed.')).toBe(false);
    expect(held('He was banned for calling an opponent a "slurword" online.')).toBe(false);
    expect(held('The court heard he shouted "you slurword" at her.')).toBe(false);
    // the word alone in quotation marks inside a sentence about it
    expect(held('Dictionaries now mark "slurword" as offensive.')).toBe(false);
    expect(held('Calling the jury idiots or "slurword" helps no one.')).toBe(false);
  });

  it('holds a quoted word on its own, or one aimed at someone', () => {
    expect(held('"slurword"')).toBe(true);
    expect(held('"slurword" lol')).toBe(true);
    expect(held('Dictionaries should mark you as "slurword".')).toBe(true);
  });

  it('still holds the word aimed at the writer or the reader, or quoted without a reporting verb', () => {
    expect(held('You are calling me a liar, you slurword.')).toBe(true);
    expect(held('I am calling you a slurword.')).toBe(true);
    expect(held('What a "slurword" you are.')).toBe(true);
  });

  it('takes an emoji for an unlessNear word', () => {
    const rsEmoji = compileRuleSet({ rules: [{ id: 'b', type: 'banned-terms', terms: [{ term: 'numpty', unlessNear: ['😂', '❤'] }] }] });
    const heldEmoji = (body: string) => evaluate(rsEmoji, { body }).decision !== 'approved';
    expect(heldEmoji('you numpty 😂')).toBe(false);
    expect(heldEmoji('numpty ❤️ see you later')).toBe(false);
    expect(heldEmoji('you numpty 😡')).toBe(true);
    expect(heldEmoji('you numpty. 😂')).toBe(true); // the laugh is in the next sentence
  });

  it('refuses a malformed unlessNear list', () => {
    for (const word of ['(bad', '😂😂', '😂 lol']) {
      const result = validateRuleSet({ rules: [{ id: 'b', type: 'banned-terms', terms: [{ term: 'x', unlessNear: [word] }] }] });
      expect([word, result.ok]).toEqual([word, false]);
    }
  });
});
