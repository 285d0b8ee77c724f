/**
 * Development data, not evaluation: the OLID / OffensEval 2019 tweets as redistributed by TweetEval
 * (github.com/cardiffnlp/tweeteval, datasets/offensive/{train,val}_{text,labels}.txt; not in this
 * repository, licence not stated). Used to measure a rule's or a term's precision on tweets while
 * developing (docs/rules.md); nothing from it is shipped or trained on.
 *
 *   npm run --silent dev:olid -- path/to/tweeteval/datasets/offensive [--show not|off] [--split train|val]
 *
 * Prints the share of offensive and not-offensive tweets the default set holds, beside obscenity and
 * @2toad, and how often each rule fires on each side (the rules to look at first for false positives).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { compileRuleSet, DEFAULT_RULE_SET, evaluate } from '@parley/moderation-rules';
import { shippedClassifier } from './support/shipped-classifier';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--') && !['not', 'off', 'train', 'val'].includes(a));
  if (!dir) {
    console.error('usage: npm run --silent dev:olid -- path/to/tweeteval/datasets/offensive [--show not|off] [--split train|val]');
    process.exit(2);
  }
  const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
  const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'train';
  const texts = readFileSync(path.join(dir, `${split}_text.txt`), 'utf8').split('\n');
  const labels = readFileSync(path.join(dir, `${split}_labels.txt`), 'utf8').split('\n');
  const tweets = texts.map((text, i) => ({ text, off: labels[i]?.trim() === '1' })).filter((t) => t.text.trim());
  const rules = compileRuleSet(DEFAULT_RULE_SET, { localClassifier: shippedClassifier() });
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { profanity } = require('@2toad/profanity');
  const fired = new Map<string, { off: number; not: number }>();
  const held = { off: 0, not: 0 };
  const peers = { obscenity: { off: 0, not: 0 }, '@2toad': { off: 0, not: 0 } };
  for (const t of tweets) {
    const side = t.off ? 'off' : 'not';
    const d = evaluate(rules, { body: t.text });
    const isHeld = d.decision !== 'approved';
    if (isHeld) held[side]++;
    for (const id of new Set(d.reasons.map((r) => r.ruleId))) {
      const f = fired.get(id) ?? { off: 0, not: 0 };
      f[side]++;
      fired.set(id, f);
    }
    if (obscenity.hasMatch(t.text)) peers.obscenity[side]++;
    if (profanity.exists(t.text)) peers['@2toad'][side]++;
    if ((show === 'not' && isHeld && !t.off) || (show === 'off' && !isHeld && t.off)) {
      console.log(`${d.reasons.map((r) => r.ruleId).join(',') || '-'}\t${t.text}`);
    }
  }
  const nOff = tweets.filter((t) => t.off).length;
  const nNot = tweets.length - nOff;
  const pct = (a: number, n: number) => `${((a / n) * 100).toFixed(1)} %`;
  console.log(`OLID ${split}: ${nOff} offensive, ${nNot} not offensive`);
  console.log(`  parley default set: ${pct(held.off, nOff)} of offensive, ${pct(held.not, nNot)} of not offensive held`);
  for (const [name, p] of Object.entries(peers)) console.log(`  ${name}: ${pct(p.off, nOff)} / ${pct(p.not, nNot)}`);
  console.log('  rule fired on: offensive / not offensive');
  for (const [id, f] of [...fired].sort((a, b) => b[1].not - a[1].not)) console.log(`    ${id.padEnd(22)} ${String(f.off).padStart(5)} ${String(f.not).padStart(5)}`);
}

main();
