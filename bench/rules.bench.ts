/**
 * Benchmark of the moderation rules engine (`npm run bench:rules`). Not a test: it prints numbers.
 *
 * 1. Throughput on a deterministic corpus of news-comment-like texts (seeded PRNG), side by side in
 *    one process: our engine (the whole default rule set with its local classifier; also without
 *    the classifier, without the phrase rules, the phrase rules alone and the classifier alone), obscenity (RegExpMatcher + englishDataset +
 *    englishRecommendedTransformers), bad-words (Filter#isProfane) and a naive baseline (one regex
 *    per term of our default lists).
 * 2. Our engine with 10,000 generated banned terms on top of the default set.
 * 3. Detection quality on the labelled sets in bench/data/: obfuscated variants that should be
 *    caught and innocent look-alikes that must not be flagged.
 */
import * as os from 'node:os';
import { compileRuleSet, DEFAULT_RULE_SET, evaluate, RuleSetDefinition, TermEntry } from '@parley/moderation-rules';
import { shippedClassifier } from './support/shipped-classifier';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { benchData, generatedTerms, newsComments } from './support/comment-corpus';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const badWordsModule = require('bad-words');

const CORPUS_SIZE = 20_000;
const ROUNDS = 9;
const SLICE_MS = 250;
const GENERATED_TERMS = 10_000;

// ---------------------------------------------------------------------------------------------
// Contenders
// ---------------------------------------------------------------------------------------------

interface Contender {
  name: string;
  /** true = the text is flagged/rejected/profane */
  check: (text: string) => boolean;
  /** Found a listed word, held or not (parley records swearing aimed at no one without holding it); default: check */
  finds?: (text: string) => boolean;
}

function naiveTerms(entries: readonly TermEntry[]): RegExp[] {
  return entries.map((entry) => {
    const raw = typeof entry === 'string' ? entry : entry.term;
    const stem = raw.endsWith('*');
    const word = (stem ? raw.slice(0, -1) : raw).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`\\b${word}${stem ? '\\w*' : ''}\\b`, 'i');
  });
}

function defaultTerms(def: RuleSetDefinition): TermEntry[] {
  const terms: TermEntry[] = [];
  for (const rule of def.rules) if (rule.type === 'banned-terms' || rule.type === 'suspect-terms') terms.push(...rule.terms);
  return terms;
}

interface Rate {
  /** comments per second of wall-clock time (median round) */
  wall: number;
  /** comments per second of this process's CPU time (median round) — robust to other load on the machine */
  cpu: number;
  /** median over rounds of (this contender's CPU rate / the reference's CPU rate in the same round) */
  ratio: number;
  /** lowest and highest of those per-round ratios */
  ratioLow: number;
  ratioHigh: number;
  hits: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs each contender for `sliceMs` per round over `rounds` rounds, interleaved (the order rotates
 * from round to round), and reports medians. On a shared machine other processes steal time
 * unevenly: peers measured side by side within a round see about the same machine, so the ratio
 * to the reference contender (`reference`, an index) is taken per round and its median reported.
 */
function measureAll(contenders: readonly Contender[], corpus: readonly string[], reference: number, rounds = ROUNDS, sliceMs = SLICE_MS): Rate[] {
  const wall: number[][] = contenders.map(() => []);
  const cpu: number[][] = contenders.map(() => []);
  const hitRate: number[] = contenders.map(() => 0);
  for (const c of contenders) for (let i = 0; i < Math.min(2000, corpus.length); i++) c.check(corpus[i]); // warm-up
  let cursor = 0;
  for (let round = 0; round < rounds; round++) {
    for (let j = 0; j < contenders.length; j++) {
      const k = (j + round) % contenders.length;
      const c = contenders[k];
      let done = 0;
      let hits = 0;
      const cpu0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      let elapsed = 0;
      while (elapsed < sliceMs) {
        for (let i = 0; i < 500; i++) {
          if (c.check(corpus[cursor])) hits++;
          cursor = cursor + 1 === corpus.length ? 0 : cursor + 1;
        }
        done += 500;
        elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
      }
      const used = process.cpuUsage(cpu0);
      const cpuMs = (used.user + used.system) / 1000;
      wall[k].push((done / elapsed) * 1000);
      cpu[k].push((done / Math.max(cpuMs, 1e-3)) * 1000);
      hitRate[k] = hits / done;
    }
    process.stdout.write(`  round ${round + 1}/${rounds} done (load average ${os.loadavg()[0].toFixed(2)})\n`);
  }
  return contenders.map((_, k) => {
    const ratios = cpu[k].map((rate, round) => rate / cpu[reference][round]);
    return {
      wall: median(wall[k]),
      cpu: median(cpu[k]),
      ratio: median(ratios),
      ratioLow: Math.min(...ratios),
      ratioHigh: Math.max(...ratios),
      hits: hitRate[k],
    };
  });
}

/** ns per character of the simplest possible string loop: a yardstick for how fast this machine is right now. */
function calibrate(): number {
  const s = 'The council has completely failed on the housing crisis. '.repeat(4);
  let x = 0;
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const t0 = process.hrtime.bigint();
    for (let k = 0; k < 20_000; k++) for (let i = 0; i < s.length; i++) x += s.charCodeAt(i);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / (20_000 * s.length));
  }
  if (x === 42) console.log(''); // keep the loop alive
  return best;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-GB');

// ---------------------------------------------------------------------------------------------

function main(): void {
  const cpu = os.cpus()[0];
  console.log('Parley moderation rules benchmark');
  console.log(`  machine: ${cpu?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${os.platform()} ${os.arch()}, node ${process.version}`);
  console.log(`  date:    ${new Date().toISOString()}`);
  console.log(
    `  load:    ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (1/5/15 min) — other processes share these cores; see the CPU-time column`,
  );
  console.log(`  calibration: a bare charCodeAt loop runs at ${calibrate().toFixed(2)} ns/char on this machine right now`);

  console.log(`\n[1/5] generating ${fmt(CORPUS_SIZE)} comments (seeded)…`);
  const corpus = newsComments(CORPUS_SIZE);
  const avg = corpus.reduce((n, c) => n + c.length, 0) / corpus.length;
  console.log(`  average length ${avg.toFixed(0)} characters; sample: ${JSON.stringify(corpus[3])}`);

  console.log('\n[2/5] building contenders…');
  let t = Date.now();
  const localClassifier = shippedClassifier();
  console.log(`  local classifier loaded in ${Date.now() - t} ms (${localClassifier.categories.join(', ')}; trained ${localClassifier.trainedOn})`);
  t = Date.now();
  const ours = compileRuleSet(DEFAULT_RULE_SET, { localClassifier });
  console.log(`  parley default set: ${ours.rules.length} rules, ${ours.termCount} terms, compiled in ${Date.now() - t} ms`);
  // the default set compiled without a model: its local-classifier rule does nothing
  const withoutClassifier = compileRuleSet(DEFAULT_RULE_SET);
  const withoutPhrases = compileRuleSet({ ...DEFAULT_RULE_SET, rules: DEFAULT_RULE_SET.rules.filter((r) => r.type !== 'phrases') });
  const phrasesOnly = compileRuleSet({ ...DEFAULT_RULE_SET, rules: DEFAULT_RULE_SET.rules.filter((r) => r.type === 'phrases') });
  t = Date.now();
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  console.log(`  obscenity matcher built in ${Date.now() - t} ms`);
  const Filter = badWordsModule.Filter ?? badWordsModule;
  const badWords = new Filter();
  console.log(`  bad-words filter: ${badWords.list.length} words`);
  const naive = naiveTerms(defaultTerms(DEFAULT_RULE_SET));
  console.log(`  naive baseline: ${naive.length} regexes (one per term)`);

  const contenders: Contender[] = [
    {
      name: 'parley (whole default set)',
      check: (text) => evaluate(ours, { body: text }).decision !== 'approved',
      finds: (text) => {
        const d = evaluate(ours, { body: text });
        return d.decision !== 'approved' || d.shadowReasons.length > 0;
      },
    },
    { name: 'obscenity (englishDataset + recommended)', check: (text) => obscenity.hasMatch(text) },
    { name: 'bad-words (isProfane)', check: (text) => badWords.isProfane(text) },
    { name: 'naive (one regex per term)', check: (text) => naive.some((re) => re.test(text)) },
    { name: '  parley default set, no local classifier', check: (text) => evaluate(withoutClassifier, { body: text }).decision !== 'approved' },
    { name: '  parley default set, no phrase rules', check: (text) => evaluate(withoutPhrases, { body: text }).decision !== 'approved' },
    { name: '  parley phrase rules alone', check: (text) => evaluate(phrasesOnly, { body: text }).decision !== 'approved' },
    { name: '  local classifier alone (4 categories)', check: (text) => localClassifier.classify(text).score >= 0.9 },
  ];

  console.log(`\n[3/5] throughput on the corpus (${ROUNDS} interleaved rounds of ${SLICE_MS} ms per contender, medians)…`);
  const rates = measureAll(contenders, corpus, 1);
  const base = rates[1];
  console.log(
    '\n  | library                                      | comments/s (wall) | comments/s (CPU) | vs obscenity (wall) | vs obscenity (CPU, per round) | flagged |',
  );
  console.log(
    '  |----------------------------------------------|------------------:|-----------------:|--------------------:|------------------------------:|--------:|',
  );
  contenders.forEach((c, i) => {
    const r = rates[i];
    const ratio = `${r.ratio.toFixed(2)}× (${r.ratioLow.toFixed(1)}–${r.ratioHigh.toFixed(1)})`;
    console.log(
      `  | ${c.name.padEnd(44)} | ${fmt(r.wall).padStart(17)} | ${fmt(r.cpu).padStart(16)} | ${(r.wall / base.wall).toFixed(2).padStart(18)}× | ${ratio.padStart(29)} | ${`${(r.hits * 100).toFixed(1)}%`.padStart(7)} |`,
    );
  });
  console.log('  (comments/s: median round; vs obscenity (CPU): median of the per-round ratios, lowest–highest in brackets)');

  console.log(`\n[4/5] scaling: default set + ${fmt(GENERATED_TERMS)} generated banned terms…`);
  const generated = generatedTerms(GENERATED_TERMS, 7);
  t = Date.now();
  const big = compileRuleSet({ ...DEFAULT_RULE_SET, rules: [...DEFAULT_RULE_SET.rules, { id: 'generated', type: 'banned-terms', terms: generated }] }, { localClassifier });
  console.log(`  compiled ${fmt(big.termCount)} terms in ${Date.now() - t} ms`);
  const bigCorpus = corpus.map((c, i) => (i % 50 === 0 ? `${c} ${generated[i % generated.length].replace('*', '')}` : c));
  const naiveBig = naiveTerms(generated);
  const scaling: Contender[] = [
    { name: 'parley (default set)', check: contenders[0].check },
    { name: `parley (default set + ${fmt(GENERATED_TERMS)} terms)`, check: (text) => evaluate(big, { body: text }).decision !== 'approved' },
    { name: `naive (${fmt(GENERATED_TERMS)} regexes)`, check: (text) => naiveBig.some((re) => re.test(text)) },
  ];
  const scaled = measureAll(scaling, bigCorpus, 0, 5, 250);
  console.log('\n  | engine                                    | comments/s (wall) | comments/s (CPU) |');
  console.log('  |-------------------------------------------|------------------:|-----------------:|');
  scaling.forEach((c, i) => console.log(`  | ${c.name.padEnd(41)} | ${fmt(scaled[i].wall).padStart(17)} | ${fmt(scaled[i].cpu).padStart(16)} |`));
  const bigRate = scaled[1];
  console.log(`  with ${fmt(GENERATED_TERMS)} extra terms parley keeps ${((bigRate.wall / scaled[0].wall) * 100).toFixed(0)}% of its default-set throughput`);

  console.log('\n[5/5] detection quality on bench/data/…');
  const obfuscations = benchData<{ text: string; term: string; technique: string }>('obfuscations.jsonl');
  const innocents = benchData<{ text: string; note: string }>('innocents.jsonl');
  console.log('\n  (obfuscations caught: held, or for parley also recorded by its shadow expletives rule — swearing aimed at no one)');
  console.log(`\n  | library                                   | obfuscations caught | innocents flagged |`);
  console.log('  |-------------------------------------------|--------------------:|------------------:|');
  for (const c of contenders.slice(0, 4)) {
    const caught = obfuscations.filter((o) => (c.finds ?? c.check)(o.text)).length;
    const falsePositives = innocents.filter((o) => c.check(o.text)).length;
    const pct = ((caught / obfuscations.length) * 100).toFixed(1);
    console.log(
      `  | ${c.name.padEnd(41)} | ${`${caught}/${obfuscations.length} (${pct}%)`.padStart(19)} | ${`${falsePositives}/${innocents.length}`.padStart(17)} |`,
    );
  }
  const missed = obfuscations.filter((o) => !(contenders[0].finds ?? contenders[0].check)(o.text));
  if (missed.length) console.log(`  parley missed: ${missed.map((m) => JSON.stringify(m.text)).join(', ')}`);
  const flagged = innocents.filter((o) => contenders[0].check(o.text));
  if (flagged.length) console.log(`  parley flagged innocents: ${flagged.map((m) => JSON.stringify(m.text)).join(', ')}`);

  const goals = [
    [`≥ 200,000 comments/s with the default set (wall ${fmt(rates[0].wall)}, CPU ${fmt(rates[0].cpu)})`, rates[0].wall >= 200_000],
    [
      `≥ 10× obscenity with the whole default set, in CPU time (median per-round ratio ${rates[0].ratio.toFixed(1)}×; wall ${(rates[0].wall / base.wall).toFixed(1)}×)`,
      rates[0].ratio >= 10,
    ],
    [`≥ 100,000 comments/s with ${fmt(GENERATED_TERMS)} extra terms (wall ${fmt(bigRate.wall)}, CPU ${fmt(bigRate.cpu)})`, bigRate.wall >= 100_000],
    ['≥ 95% obfuscations caught', obfuscations.length - missed.length >= 0.95 * obfuscations.length],
    ['0 innocents flagged', flagged.length === 0],
  ] as const;
  console.log('\nGoals:');
  for (const [label, ok] of goals) console.log(`  ${ok ? 'met    ' : 'NOT MET'}  ${label}`);
}

main();
