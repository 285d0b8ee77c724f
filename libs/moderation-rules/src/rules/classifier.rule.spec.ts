import { compileRuleSet, evaluate } from '../engine';
import type { ClassifierRule, EvaluationContext } from '../types';

const run = (rule: Omit<ClassifierRule, 'id' | 'type'>, ctx: EvaluationContext) =>
  evaluate(compileRuleSet({ rules: [{ id: 'clf', type: 'classifier', ...rule }] }), { body: 'text' }, ctx);

describe('classifier rule', () => {
  it('flags at flagThreshold and rejects at rejectThreshold, scoring with the classifier score', () => {
    expect(run({}, { classifier: { score: 0.79 } }).decision).toBe('approved');
    const flagged = run({}, { classifier: { score: 0.85 } });
    expect(flagged.decision).toBe('flagged');
    expect(flagged.score).toBe(0.85);
    expect(flagged.reasons[0]).toMatchObject({ category: 'toxicity', action: 'flag' });
    expect(run({ rejectThreshold: 0.95 }, { classifier: { score: 0.97 } }).decision).toBe('rejected');
    expect(run({ rejectThreshold: 0.95 }, { classifier: { score: 0.9 } }).decision).toBe('flagged');
  });

  it('applies the fallback when the service is down (null)', () => {
    expect(run({}, { classifier: null }).decision).toBe('approved');
    const d = run({ fallback: 'flag' }, { classifier: null });
    expect(d.decision).toBe('flagged');
    expect(d.reasons[0].message).toMatch(/temporarily unavailable/);
  });

  it('does nothing when the classifier was not consulted', () => {
    expect(run({ fallback: 'flag' }, {}).decision).toBe('approved');
  });

  it('only counts results with one of the configured labels', () => {
    expect(run({ labels: ['threat'] }, { classifier: { score: 0.99, labels: ['insult'] } }).decision).toBe('approved');
    expect(run({ labels: ['threat'] }, { classifier: { score: 0.99, labels: ['threat'] } }).decision).toBe('flagged');
  });
});
