/**
 * The project's guideline test sets through the default rule set with the shipped local
 * classifier (`npm run --silent eval:guidelines`): breaches held or rejected and innocent
 * comments held, per file and per kind, with the misses listed, for every file in
 * libs/moderation-rules/test-sets/. guidelines.jsonl is also asserted by a unit test; the
 * held-back sets, casual.jsonl and abuse.jsonl are only reported (see docs/rules.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { compileRuleSet, DEFAULT_RULE_SET, evaluate } from '@parley/moderation-rules';
import { shippedClassifier } from './support/shipped-classifier';

const lib = path.join(__dirname, '..', 'libs', 'moderation-rules');
const rules = compileRuleSet(DEFAULT_RULE_SET, { localClassifier: shippedClassifier() });

// guidelines.jsonl first, then the held-back sets in the order they were written, then the others
const order = (f: string): number => (f === 'guidelines.jsonl' ? -1 : f.startsWith('held-back') ? Number(/(\d+)/.exec(f)?.[1] ?? 1) : 1000);
const files = readdirSync(path.join(lib, 'test-sets'))
  .filter((f) => f.endsWith('.jsonl'))
  .sort((a, b) => order(a) - order(b) || a.localeCompare(b));
for (const file of files) {
  const cases = readFileSync(path.join(lib, 'test-sets', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; expect: 'held' | 'pass'; kind: string });
  const kinds = new Map<string, { n: number; ok: number }>();
  const wrong: string[] = [];
  for (const c of cases) {
    const d = evaluate(rules, { body: c.text }, { now: '2026-12-05T00:00:00Z' });
    const held = d.decision !== 'approved';
    const ok = c.expect === 'held' ? held : !held;
    const k = kinds.get(`${c.expect} ${c.kind}`) ?? { n: 0, ok: 0 };
    k.n++;
    if (ok) k.ok++;
    kinds.set(`${c.expect} ${c.kind}`, k);
    if (!ok) wrong.push(`  ${c.expect === 'held' ? 'missed' : 'held  '} ${JSON.stringify(c.text)}${held ? ` (${d.reasons.map((r) => r.ruleId).join(', ')})` : ''}`);
  }
  const sum = (expect: string) => [...kinds].filter(([k]) => k.startsWith(expect)).reduce((a, [, v]) => ({ n: a.n + v.n, ok: a.ok + v.ok }), { n: 0, ok: 0 });
  const b = sum('held');
  const i = sum('pass');
  const breaches = b.n === 0 ? 'no breaches' : `breaches held ${b.ok}/${b.n} (${((b.ok / b.n) * 100).toFixed(1)} %)`;
  console.log(`${file}: ${breaches}, innocent comments held ${i.n - i.ok}/${i.n}`);
  for (const [k, v] of kinds) console.log(`  ${k.padEnd(24)} ${v.ok}/${v.n} as expected`);
  if (wrong.length) console.log(wrong.join('\n'));
}
