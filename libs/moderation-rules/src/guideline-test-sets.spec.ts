import { join } from 'path';
import { DEFAULT_RULE_SET } from './default-rule-set';
import { loadLocalClassifier } from './classifier/load-local-classifier';
import { readTestSets, TestSetCase } from './test-sets.testing';
import { compileRuleSet, evaluate } from './engine';

/**
 * The project's own guideline test set (test-sets/guidelines.jsonl): breaches that must be held or
 * rejected (threats phrased many ways, incitement, dehumanisation, doxxing) and news talk that must
 * pass (reporting on violence, casualties, executions, quotes, sport, politics). The default rule
 * set (with the shipped local classifier) must hold at least 95% of the breaches and none of the
 * innocent comments.
 * (test-sets/held-back.jsonl is NOT asserted here: it is the held-back set, see docs/rules.md.)
 */
// the shipped model, as the worker loads it (read once for both suites)
const localClassifier = loadLocalClassifier(join(__dirname, '..', 'models'));

const cases = readTestSets((f) => f === 'guidelines.jsonl');

describe('guideline test set (default rule set)', () => {
  // as the worker runs it: with the shipped local classifier
  const rs = compileRuleSet(DEFAULT_RULE_SET, { localClassifier });
  const decide = (text: string) => evaluate(rs, { body: text }, { now: '2026-12-05T00:00:00Z' });
  const breaches = cases.filter((c) => c.expect === 'held');
  const innocents = cases.filter((c) => c.expect === 'pass');

  it('has at least 200 varied sentences in both directions', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(breaches.map((c) => c.kind))).toEqual(new Set(['threat', 'incitement', 'dehumanisation', 'doxxing', 'insult', 'profanity', 'slur']));
    expect(new Set(innocents.map((c) => c.kind))).toEqual(new Set(['news', 'politics', 'sports', 'general']));
    expect(breaches.length).toBeGreaterThanOrEqual(100);
    expect(innocents.length).toBeGreaterThanOrEqual(100);
  });

  it('holds or rejects at least 95% of the breaches, every kind above 90%', () => {
    const missed = breaches.filter((c) => decide(c.text).decision === 'approved');
    expect(missed.length / breaches.length).toBeLessThanOrEqual(0.05);
    for (const kind of new Set(breaches.map((c) => c.kind))) {
      const all = breaches.filter((c) => c.kind === kind);
      const held = all.filter((c) => !missed.includes(c));
      expect([kind, held.length / all.length >= 0.9]).toEqual([kind, true]);
    }
  });

  it('holds none of the innocent comments', () => {
    const held = innocents
      .map((c) => ({ text: c.text, reasons: decide(c.text).reasons.map((r) => `${r.ruleId}: ${r.explanation ?? r.excerpt ?? ''}`) }))
      .filter((c) => c.reasons.length > 0);
    expect(held).toEqual([]);
  });

  it('explains every phrase hit to moderators', () => {
    for (const c of breaches) {
      for (const r of decide(c.text).reasons) {
        if (r.ruleId.endsWith('-phrases')) expect(r.explanation).toMatch(/^[a-z ]+: ".+"/);
      }
    }
  });
});

/**
 * Every test set is the local classifier's training data (scripts/classifier/train_local_classifier.py):
 * a regression test of the shipped model and of its TypeScript port, not a measure of quality (the
 * figures on sets it had not seen are in docs/rules.md). A set committed before the next retraining
 * moves these shares by well under a point.
 */
describe('all test sets with the shipped local classifier (its training data)', () => {
  const withModel = compileRuleSet(DEFAULT_RULE_SET, { localClassifier });
  const rulesOnly = compileRuleSet(DEFAULT_RULE_SET);
  const all = readTestSets();
  const held = (rs: typeof withModel, c: TestSetCase) => evaluate(rs, { body: c.text }, { now: '2026-12-05T00:00:00Z' }).decision !== 'approved';

  it('holds at least 99 % of the breaches, and the classifier adds holds on at most 0.5 % of the innocent comments', () => {
    const breaches = all.filter((c) => c.expect === 'held');
    const innocents = all.filter((c) => c.expect === 'pass');
    expect(breaches.length).toBeGreaterThan(5000);
    expect(innocents.length).toBeGreaterThan(8000);
    expect(breaches.filter((c) => held(withModel, c)).length / breaches.length).toBeGreaterThanOrEqual(0.99);
    const added = innocents.filter((c) => held(withModel, c) && !held(rulesOnly, c));
    expect(added.length / innocents.length).toBeLessThanOrEqual(0.005);
  });
});
