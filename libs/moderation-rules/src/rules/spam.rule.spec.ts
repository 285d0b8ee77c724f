import { compileRuleSet, evaluate } from '../engine';
import { fingerprint } from '../fingerprint';
import type { EvaluationContext, SpamRule } from '../types';

const run = (rule: Omit<SpamRule, 'id' | 'type'>, body: string, ctx: EvaluationContext) =>
  evaluate(compileRuleSet({ rules: [{ id: 'spam', type: 'spam', ...rule }] }), { body }, ctx);

const now = '2025-03-01T12:00:00Z';
const ago = (seconds: number) => new Date(Date.parse(now) - seconds * 1000).toISOString();
const body = 'Visit my profile for amazing deals on watches';

describe('spam rule', () => {
  it('flags the same text repeated by the author within the window (by body or fingerprint)', () => {
    expect(run({}, body, { now, recentByAuthor: [{ body: 'VISIT my profile for amazing deals on watches!!', createdAt: ago(600) }] }).reasons).toEqual([
      expect.objectContaining({ ruleId: 'spam', category: 'spam', action: 'flag', message: expect.stringContaining('same text') }),
    ]);
    expect(run({}, body, { now, recentByAuthor: [{ fingerprint: fingerprint(body), createdAt: ago(600) }] }).decision).toBe('flagged');
  });

  it('ignores repeats outside the window, different texts and short texts', () => {
    expect(run({}, body, { now, recentByAuthor: [{ body, createdAt: ago(7200) }] }).decision).toBe('approved');
    expect(run({}, body, { now, recentByAuthor: [{ body: 'something else entirely', createdAt: ago(60) }] }).decision).toBe('approved');
    expect(run({}, 'Agreed!', { now, recentByAuthor: [{ body: 'Agreed!', createdAt: ago(60) }] }).decision).toBe('approved');
  });

  it('supports minRepeats, windowSeconds and action', () => {
    const recent = [{ body, createdAt: ago(60) }];
    expect(run({ repeat: { minRepeats: 2 } }, body, { now, recentByAuthor: recent }).decision).toBe('approved');
    expect(run({ repeat: { windowSeconds: 30 } }, body, { now, recentByAuthor: recent }).decision).toBe('approved');
    expect(run({ repeat: { action: 'reject' } }, body, { now, recentByAuthor: recent }).decision).toBe('rejected');
    expect(run({ repeat: false }, body, { now, recentByAuthor: recent }).decision).toBe('approved');
  });

  it('flags the same text from many authors', () => {
    expect(run({}, body, { sameTextAuthors: 3 }).reasons[0].message).toMatch(/several accounts/);
    expect(run({}, body, { sameTextAuthors: 2 }).decision).toBe('approved');
    expect(run({ crossAuthor: { minAuthors: 10, action: 'reject' } }, body, { sameTextAuthors: 10 }).decision).toBe('rejected');
  });

  it('flags flooding: more than maxComments within the window, this one included', () => {
    const recent = (n: number, spacing: number) => Array.from({ length: n }, (_, i) => ({ body: `comment ${i}`, createdAt: ago(5 + i * spacing) }));
    expect(run({}, 'yet another comment', { now, recentByAuthor: recent(5, 10) }).reasons[0].message).toMatch(/6 comments within 60 seconds/);
    expect(run({}, 'yet another comment', { now, recentByAuthor: recent(4, 10) }).decision).toBe('approved');
    expect(run({}, 'yet another comment', { now, recentByAuthor: recent(5, 30) }).decision).toBe('approved');
    expect(run({ flood: { maxComments: 2, windowSeconds: 600 } }, 'x', { now, recentByAuthor: recent(2, 100) }).decision).toBe('flagged');
  });

  it('uses comment.createdAt when context.now is absent', () => {
    const rs = compileRuleSet({ rules: [{ id: 'spam', type: 'spam' }] });
    const d = evaluate(rs, { body, createdAt: now }, { recentByAuthor: [{ body, createdAt: ago(60) }] });
    expect(d.decision).toBe('flagged');
  });

  it('does nothing without context', () => {
    expect(run({}, body, {}).decision).toBe('approved');
  });
});
