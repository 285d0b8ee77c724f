/**
 * Writes every decision of the default rule set (with the shipped local classifier loaded, as in
 * production) over the bench corpus, bench/data/*.jsonl and the test sets to stdout, one JSON line
 * per comment (decision, score, reasons, shadow reasons). Used to prove that an engine change
 * leaves decisions byte for byte unchanged:
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/rules-decisions.snapshot.ts > before.jsonl
 *   (change) … > after.jsonl && cmp before.jsonl after.jsonl
 * The time budget is set out of reach so that machine load cannot change a decision.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { compileRuleSet, DEFAULT_RULE_SET, evaluate } from '@parley/moderation-rules';
import { shippedClassifier } from './support/shipped-classifier';
import { newsComments, wordSoup } from './support/comment-corpus';

const lib = path.join(__dirname, '..', 'libs', 'moderation-rules');
const localClassifier = shippedClassifier();
// as in production (with the model) and as a worker started with MODERATION_LOCAL_MODEL_DIR=off
const sets = [compileRuleSet(DEFAULT_RULE_SET, { localClassifier, evaluationBudgetMs: 1e9 }), compileRuleSet(DEFAULT_RULE_SET, { evaluationBudgetMs: 1e9 })];

const jsonl = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);

const sources: Array<[string, string[]]> = [
  ['corpus', newsComments(20_000)],
  ['soup', wordSoup(2_000)],
  ['obfuscations', jsonl(path.join(__dirname, 'data', 'obfuscations.jsonl'))],
  ['innocents', jsonl(path.join(__dirname, 'data', 'innocents.jsonl'))],
  ...['guidelines', 'held-back', 'held-back-2', 'held-back-3', 'held-back-4', 'held-back-5', 'casual'].map((f): [string, string[]] => [f, jsonl(path.join(lib, 'test-sets', `${f}.jsonl`))]),
];
const out: string[] = [];
for (const [name, texts] of sources)
  texts.forEach((text, i) => {
    sets.forEach((set, s) => {
      const d = evaluate(set, { body: text }, { now: '2026-12-05T00:00:00Z' });
      out.push(JSON.stringify([name, i, s, d]));
    });
  });
process.stdout.write(`${out.join('\n')}\n`);
