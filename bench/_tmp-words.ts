import { readFileSync } from 'node:fs';
import { compileRuleSet, DEFAULT_RULE_SET, evaluate } from '@parley/moderation-rules';
const texts = readFileSync(`/tmp/olid/train_text.txt`, 'utf8').split('\n').concat(readFileSync(`/tmp/olid/val_text.txt`, 'utf8').split('\n'));
const labels = readFileSync(`/tmp/olid/train_labels.txt`, 'utf8').split('\n').concat(readFileSync(`/tmp/olid/val_labels.txt`, 'utf8').split('\n'));
const rules = compileRuleSet(DEFAULT_RULE_SET);
const cands = process.argv.slice(2);
const res: Record<string, [number, number]> = {};
for (let i = 0; i < texts.length; i++) {
  const t = texts[i]; if (!t.trim()) continue;
  if (evaluate(rules, { body: t }).decision !== 'approved') continue;
  const off = labels[i].trim() === '1';
  for (const c of cands) if (new RegExp(c, 'i').test(t)) { res[c] ??= [0, 0]; res[c][off ? 0 : 1]++; }
}
for (const c of cands) console.log(c.padEnd(40), res[c] ?? [0, 0]);
