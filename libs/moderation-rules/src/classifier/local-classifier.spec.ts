import { readFileSync } from 'fs';
import { join } from 'path';
import { compileRuleSet, evaluate } from '../engine';
import { loadLocalClassifier } from './load-local-classifier';
import { classifierWords, LocalClassifier, murmur3 } from './local-classifier';

const models = join(__dirname, '..', '..', 'models');
const load = () => loadLocalClassifier(models);

describe('LocalClassifier', () => {
  const clf = load();

  it('hashes like scikit-learn murmurhash3_32 (positive)', () => {
    // values printed by sklearn.utils.murmurhash3_32(s, seed=0, positive=True)
    expect(murmur3('')).toBe(0);
    expect(murmur3('w:kill')).toBe(murmur3('w:kill'));
    expect(murmur3('hello')).toBe(613153351);
    expect(murmur3('c: ki')).not.toBe(murmur3('c:kil'));
  });

  it('reads words as the training script does', () => {
    expect(classifierWords("You're a $cumbag, ÉLAN!! @ss 45")).toEqual(['you', 're', 'a', 'scumbag', 'lan', 'ass', '45']);
  });

  it('reproduces the training script scores on its probe texts', () => {
    const probes = JSON.parse(readFileSync(join(models, 'local-classifier.probes.json'), 'utf8')) as Array<{ text: string; scores: Record<string, number> }>;
    expect(probes.length).toBeGreaterThan(0);
    for (const p of probes) {
      const r = clf.classify(p.text);
      for (const [category, score] of Object.entries(p.scores)) expect([p.text, category, r.categories[category].score]).toEqual([p.text, category, expect.closeTo(score, 5)]);
    }
  });

  it('names the words that pushed a category up, for categories above explainAbove', () => {
    const r = clf.classify('muslims are a disease and should be wiped out');
    expect(r.categories.identity_hate.score).toBeGreaterThan(0.9);
    expect(r.categories.identity_hate.topWords).toContain('muslims');
    expect(clf.classify('great article, thanks').categories.identity_hate.topWords).toEqual([]);
  });

  it('leaves articles, copulas and prepositions out of the explanation (not out of the score)', () => {
    const r = clf.classify('muslims are a disease and should be wiped out');
    expect(r.categories.identity_hate.topWords).toHaveLength(3);
    for (const w of r.categories.identity_hate.topWords) expect(['a', 'are', 'and', 'be']).not.toContain(w);
  });

  it('gives a two-word comment little confidence either way (the norm floor)', () => {
    for (const t of ['Another remark.', 'Another comment.', 'Nice one']) expect(clf.classify(t).score).toBeLessThan(0.5);
  });

  it('scores word pairs, not only words: the same words in another order score differently', () => {
    expect(clf.classify('you are a stupid idiot').categories.insult.score).not.toBeCloseTo(clf.classify('idiot stupid a are you').categories.insult.score, 3);
  });

  it('scores the start of a longer word as a feature of its own, hashed as the training script does', () => {
    // a model whose only weight is on the bucket of the start "stabb": start_hash("stabbing") in
    // scripts/classifier/train_local_classifier.py is 2288106948
    const hashBits = 16;
    const weights = new Uint8Array(4 << hashBits);
    weights[2288106948 & ((1 << hashBits) - 1)] = 127; // toxicity
    const meta = JSON.parse(readFileSync(join(models, 'local-classifier.json'), 'utf8'));
    const tiny = new LocalClassifier({ ...meta, hashBits, normFloor: 1, bias: [0, 0, 0, 0], scale: [1, 1, 1, 1] }, weights);
    for (const t of ['stabbing', 'stabbed', 'STABBER']) expect([t, tiny.classify(t).categories.toxicity.score]).toEqual([t, expect.closeTo(1, 5)]);
    // a word of five letters or fewer has no start feature; other words do not share it
    for (const t of ['stabb', 'stab', 'stable']) expect([t, tiny.classify(t).categories.toxicity.score]).toEqual([t, 0.5]);
    expect(tiny.classify('they were stabbing').categories.toxicity.topWords).toEqual(['stabbing']);
  });

  it('refuses weights of the wrong size or format', () => {
    const meta = JSON.parse(readFileSync(join(models, 'local-classifier.json'), 'utf8'));
    expect(() => new LocalClassifier(meta, new Uint8Array(10))).toThrow(/expected/);
    expect(() => new LocalClassifier({ ...meta, featureVersion: 99 }, new Uint8Array(0))).toThrow(/feature version/);
    const bin = readFileSync(join(models, 'local-classifier.bin'));
    expect(() => new LocalClassifier({ ...meta, normFloor: undefined }, bin)).toThrow(/normFloor/);
  });
});

describe('classifier rule with source local', () => {
  const localClassifier = load();
  const rules = (categories: Record<string, { flag?: number; reject?: number }>) =>
    compileRuleSet({ rules: [{ id: 'local', type: 'classifier', source: 'local', categories }] }, { localClassifier });

  it('applies per-category thresholds and explains the hit with the top words', () => {
    const d = evaluate(rules({ identity_hate: { flag: 0.9 }, threat: { reject: 0.99 } }), { body: 'muslims are a disease and should be wiped out' });
    expect(d.decision).toBe('flagged');
    expect(d.reasons).toHaveLength(1);
    expect(d.reasons[0]).toMatchObject({ ruleId: 'local', category: 'hate', action: 'flag' });
    expect(d.reasons[0].explanation).toMatch(/^local classifier: identity_hate (0\.9\d|1\.00) ≥ 0\.90: "/);
    expect(d.reasons[0].explanation).toContain('"muslims"');
    expect(d.reasons[0].explanation).toContain('"disease"');
  });

  it('rejects above a reject threshold and approves below every threshold', () => {
    expect(evaluate(rules({ identity_hate: { flag: 0.5, reject: 0.9 } }), { body: 'muslims are a disease and should be wiped out' }).decision).toBe('rejected');
    expect(evaluate(rules({ identity_hate: { flag: 0.9 } }), { body: 'Lovely photos of the harbour' }).decision).toBe('approved');
  });

  it('explains a hit below 0.5 when the set threshold is that low (top words are worked out down to the lowest threshold)', () => {
    // a text and a category it scores between 0.2 and 0.5 on (which one depends on the shipped weights)
    const texts = ['Go and see the mayor about it', 'Go and see the mayor', 'Go round and see him about it', 'Someone should have a word with the mayor'];
    const hit = texts
      .flatMap((text) => Object.entries(localClassifier.classify(text).categories).map(([category, c]) => ({ text, category, score: c.score })))
      .find((h) => h.score > 0.2 && h.score < 0.5);
    expect(hit).toBeDefined();
    const { text, category } = hit!;
    const d = evaluate(rules({ [category]: { flag: 0.2 } }), { body: text });
    expect(d.decision).toBe('flagged');
    expect(d.reasons[0].explanation).toMatch(new RegExp(`^local classifier: ${category} 0\\.\\d\\d ≥ 0\\.20: "`));
  });

  it('does nothing when the rule set was compiled without a local classifier', () => {
    const rs = compileRuleSet({ rules: [{ id: 'local', type: 'classifier', source: 'local', categories: { identity_hate: { flag: 0.1 } } }] });
    expect(evaluate(rs, { body: 'muslims are a disease' }).decision).toBe('approved');
  });

  it('validates the categories', () => {
    expect(() => compileRuleSet({ rules: [{ id: 'l', type: 'classifier', source: 'local', categories: { threat: { flag: 0.9, reject: 0.5 } } }] })).toThrow(/reject: must be >= flag/);
    expect(() => compileRuleSet({ rules: [{ id: 'l', type: 'classifier', source: 'cloud' as never }] })).toThrow(/source/);
    expect(() => compileRuleSet({ rules: [{ id: 'l', type: 'classifier', quotations: true }] })).toThrow(/quotations: applies to source 'local' only/);
  });

  describe('quotations', () => {
    const withQuotations = (quotations?: boolean) =>
      compileRuleSet({ rules: [{ id: 'local', type: 'classifier', source: 'local', quotations, categories: { identity_hate: { flag: 0.8 } } }] }, { localClassifier });
    // somebody else's words, reported to condemn them; the same words as the writer's own
    const reported = 'He wrote "muslims are a disease and should be wiped out".';
    const own = 'muslims are a disease and should be wiped out';

    it('by default scores the text without its reported quotations', () => {
      expect(localClassifier.classify(reported).categories.identity_hate.score).toBeGreaterThanOrEqual(0.8); // the words alone are hateful
      expect(evaluate(withQuotations(), { body: reported }).decision).toBe('approved');
      expect(evaluate(withQuotations(true), { body: reported }).decision).toBe('approved');
    });

    it('scores the whole text with quotations: false, and the writer\'s own words (or words in quotes reported by nobody) either way', () => {
      expect(evaluate(withQuotations(false), { body: reported }).decision).toBe('flagged');
      expect(evaluate(withQuotations(), { body: own }).decision).toBe('flagged');
      expect(evaluate(withQuotations(), { body: `"${own}"` }).decision).toBe('flagged');
    });
  });
});

describe('loadLocalClassifier', () => {
  it('reads the two model files of a directory', () => {
    expect(loadLocalClassifier(models).categories).toEqual(['toxicity', 'insult', 'threat', 'identity_hate']);
  });

  it('names both files when it cannot read them', () => {
    const dir = join(models, 'no-such-dir');
    expect(() => loadLocalClassifier(dir)).toThrow(`cannot load the local classifier from ${join(dir, 'local-classifier.json')} and ${join(dir, 'local-classifier.bin')}`);
  });
});
