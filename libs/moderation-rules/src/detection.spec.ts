import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_RULE_SET } from './default-rule-set';
import { compileRuleSet, evaluate } from './engine';

/**
 * Detection quality of the default rule set on the labelled data kept with the benchmark
 * (bench/data/). Asserts quality only — timings live in `npm run bench:rules`.
 */
const DATA = join(__dirname, '..', '..', '..', 'bench', 'data');
const read = <T>(file: string): T[] =>
  readFileSync(join(DATA, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

const rules = compileRuleSet(DEFAULT_RULE_SET);
const obfuscations = read<{ text: string; term: string; technique: string }>('obfuscations.jsonl');
const innocents = read<{ text: string; note: string }>('innocents.jsonl');

describe('detection quality (bench/data)', () => {
  it('has a meaningful labelled set', () => {
    expect(obfuscations.length).toBeGreaterThanOrEqual(100);
    expect(innocents.length).toBeGreaterThanOrEqual(100);
    expect(new Set(obfuscations.map((o) => o.technique)).size).toBeGreaterThanOrEqual(15);
  });

  // Caught: held, or recorded by the shadow `expletives` rule (swearing aimed at no one, "sh*t!!!", is found
  // and recorded but not held).
  const found = (body: string) => {
    const d = evaluate(rules, { body });
    return d.decision !== 'approved' || d.shadowReasons.length > 0;
  };

  it('catches at least 95% of the obfuscated variants', () => {
    const missed = obfuscations.filter((o) => !found(o.text));
    const caught = obfuscations.length - missed.length;
    if (missed.length) console.log(`missed: ${missed.map((m) => JSON.stringify(m.text)).join(', ')}`);
    expect(caught / obfuscations.length).toBeGreaterThanOrEqual(0.95);
  });

  it('flags none of the innocent look-alikes', () => {
    const flagged = innocents
      .map((o) => ({ text: o.text, decision: evaluate(rules, { body: o.text }) }))
      .filter((o) => o.decision.decision !== 'approved')
      .map((o) => `${o.text} → ${o.decision.reasons.map((r) => `${r.ruleId}:${r.excerpt ?? ''}`).join(', ')}`);
    expect(flagged).toEqual([]);
  });

  it('points each caught variant at the offending text', () => {
    for (const o of obfuscations) {
      const d = evaluate(rules, { body: o.text });
      const termReason = [...d.reasons, ...d.shadowReasons].find((r) => r.excerpt !== undefined);
      if (!termReason) continue;
      expect(o.text.slice(termReason.start, termReason.end)).toBe(termReason.excerpt);
    }
  });
});
