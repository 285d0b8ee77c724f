/**
 * Evaluation ONLY (never training or tuning) on the Davidson et al. (2017) labelled tweets
 * ("Automated Hate Speech Detection and the Problem of Offensive Language", ICWSM):
 *
 *   npm run --silent eval:davidson -- /path/to/labeled_data.csv
 *
 * The data is not in this repository: take data/labeled_data.csv from
 * github.com/t-davidson/hate-speech-and-offensive-language. Prints, for each library side by
 * side, the share of hate, offensive and neither tweets it flags (anything but 'approved' for
 * Parley; a match for the word-list libraries).
 */
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import { compileRuleSet, DEFAULT_RULE_SET, evaluate } from '@parley/moderation-rules';
import { shippedClassifier } from './support/shipped-classifier';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';

/** Minimal RFC 4180 reader (quoted fields may contain commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function main(): void {
  const file = process.argv[2] ?? process.env.DAVIDSON_CSV;
  if (!file) {
    console.error('usage: npm run --silent eval:davidson -- /path/to/labeled_data.csv');
    process.exit(2);
  }
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8')).filter((r) => r.length > 1);
  const classCol = header.indexOf('class');
  const tweetCol = header.indexOf('tweet');
  const names = ['hate', 'offensive', 'neither'];
  const tweets = rows.map((r) => ({ label: names[Number(r[classCol])], text: r[tweetCol] }));

  const withClassifier = compileRuleSet(DEFAULT_RULE_SET, { localClassifier: shippedClassifier() });
  const rulesOnly = compileRuleSet(DEFAULT_RULE_SET);
  // Every tweet goes through the whole default set as a comment would, links rule included
  // (tweets carry t.co links; one shortened link per comment passes the shipped set, see docs/rules.md).
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const contenders: Array<{ name: string; check: (t: string) => boolean }> = [
    { name: 'parley (default set + local classifier)', check: (t) => evaluate(withClassifier, { body: t }).decision !== 'approved' },
    { name: 'parley (default set, no classifier)', check: (t) => evaluate(rulesOnly, { body: t }).decision !== 'approved' },
    { name: 'obscenity (englishDataset + recommended)', check: (t) => obscenity.hasMatch(t) },
  ];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { profanity } = require('@2toad/profanity');
    contenders.push({ name: '@2toad/profanity', check: (t) => profanity.exists(t) });
  } catch {
    console.log('  (@2toad/profanity is not installed: not compared)');
  }

  console.log(`Davidson et al. 2017 tweets: ${tweets.length} (${names.map((n) => `${tweets.filter((t) => t.label === n).length} ${n}`).join(', ')})`);
  console.log(`  machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, node ${process.version}; ${new Date().toISOString()}\n`);
  console.log('  | library                                   |   hate | offensive | hate+offensive | neither |');
  console.log('  |-------------------------------------------|-------:|----------:|---------------:|--------:|');
  for (const c of contenders) {
    const share = (label: string[]) => {
      const set = tweets.filter((t) => label.includes(t.label));
      return (set.filter((t) => c.check(t.text)).length / set.length) * 100;
    };
    console.log(
      `  | ${c.name.padEnd(41)} | ${share(['hate']).toFixed(1).padStart(5)}% | ${share(['offensive']).toFixed(1).padStart(8)}% | ${share(['hate', 'offensive']).toFixed(1).padStart(13)}% | ${share(['neither']).toFixed(1).padStart(6)}% |`,
    );
  }
}

main();
