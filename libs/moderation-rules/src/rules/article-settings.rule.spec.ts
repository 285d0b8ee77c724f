import { compileRuleSet, evaluate } from '../engine';
import type { ArticleContext, ArticleSettingsRule } from '../types';

const now = '2025-03-01T12:00:00Z';
const run = (rule: Omit<ArticleSettingsRule, 'id' | 'type'>, article?: ArticleContext) =>
  evaluate(compileRuleSet({ rules: [{ id: 'article', type: 'article-settings', ...rule }] }), { body: 'hello' }, { now, article });

describe('article-settings rule', () => {
  it('rejects comments on closed articles', () => {
    expect(run({}, { open: false }).reasons).toEqual([
      expect.objectContaining({ action: 'reject', category: 'article', message: 'Comments are closed on this article.' }),
    ]);
    expect(run({}, { open: true, closesAt: '2025-03-01T11:59:59Z' }).decision).toBe('rejected');
    expect(run({}, { open: true, closesAt: '2025-03-01T12:00:01Z' }).decision).toBe('approved');
    expect(run({}, { closesAt: null }).decision).toBe('approved');
  });

  it('holds comments on premoderated articles', () => {
    expect(run({}, { premoderation: true }).decision).toBe('flagged');
    expect(run({ premoderation: false }, { premoderation: true }).decision).toBe('approved');
    expect(run({ closed: { action: 'flag' } }, { open: false }).decision).toBe('flagged');
  });

  it('does nothing without article context', () => {
    expect(run({}, undefined).decision).toBe('approved');
  });
});
