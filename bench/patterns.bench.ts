/**
 * Custom-pattern engines side by side (`npm run bench:patterns`). Not a test: it prints numbers.
 *
 * Ours: patterns/re2-pattern.ts (re2js, a DFA `test` first, match offsets only on a hit). Peers:
 * V8's RegExp (backtracking: the baseline for speed, not a candidate), and `re2-wasm` and the
 * native `re2` binding when they happen to be installed (they are not dependencies; see
 * docs/benchmarks.md for why). 1. throughput on comment-sized texts (the word soup of
 * bench/support/comment-corpus.ts), interleaved rounds, medians; 2. time on the adversarial
 * text of catastrophic shapes (V8 at 24 characters, RE2 engines at 20,000).
 */
import * as os from 'node:os';
import { compilePattern } from '../libs/moderation-rules/src/patterns/re2-pattern';
import { wordSoup } from './support/comment-corpus';

type Finder = (text: string) => number;
type Engine = (source: string, flags: string) => Finder;

function regExpLike(Ctor: new (s: string, f: string) => RegExp, extraFlags: string): Engine {
  return (source, flags) => {
    const re = new Ctor(source, flags + 'g' + extraFlags);
    return (text) => {
      re.lastIndex = 0;
      let n = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        n++;
        if (m[0].length === 0) re.lastIndex++;
      }
      return n;
    };
  };
}

function optional(name: string): any {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(name);
  } catch {
    return null;
  }
}

const engines: Record<string, Engine> = {
  'ours (re2js)': (source, flags) => {
    const p = compilePattern(source, flags);
    return (text) => p.findAll(text, 1000).length;
  },
  'V8 RegExp': regExpLike(RegExp, ''),
};
const wasm = optional('re2-wasm');
if (wasm) engines['re2-wasm'] = regExpLike(wasm.RE2, 'u');
const native = optional('re2');
if (native) engines['re2 (native)'] = regExpLike(native, '');

const texts = wordSoup(5000);

const PATTERNS: Array<[string, string, string]> = [
  ['order number', '\\border\\s?#\\d{6}\\b', 'i'],
  ['12-word alternation', '\\b(?:idiot|moron|scum|vermin|traitor|liar|clown|fraud|thug|crook|parasite|rat)s?\\b', 'i'],
  ['phone-like', '\\b\\d{3}[ -]?\\d{3,4}\\b', ''],
];
const EVIL: Array<[string, string, (n: number) => string]> = [
  ['(?:u{1,9})+$', '(?:u{1,9})+$', (n) => 'u'.repeat(n) + '!'],
  ['(a+)+$', '(a+)+$', (n) => 'a'.repeat(n) + '!'],
  ['(a|aa)+$', '(a|aa)+$', (n) => 'a'.repeat(n) + '!'],
  ['(\\w+\\s?)*$', '(\\w+\\s?)*$', (n) => 'ab '.repeat(Math.ceil(n / 3)) + '!'],
];

const fmt = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en') : x.toFixed(2));
console.log(
  `Custom patterns: ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}; ${texts.length} comments, mean ${Math.round(texts.reduce((a, t) => a + t.length, 0) / texts.length)} characters\n`,
);
const ROUNDS = 7;
const SLICE_MS = 150;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`1. Throughput (comments per CPU-second, median of ${ROUNDS} interleaved rounds; ratio to ours: median of the per-round ratios)`);
for (const [name, source, flags] of PATTERNS) {
  const finders = Object.entries(engines).map(([engine, make]) => ({ engine, find: make(source, flags), rates: [] as number[], matches: 0 }));
  for (const f of finders) for (const t of texts) f.matches += f.find(t);
  for (let round = 0; round < ROUNDS; round++) {
    for (let j = 0; j < finders.length; j++) {
      const f = finders[(j + round) % finders.length];
      const cpu0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      let done = 0;
      while (Number(process.hrtime.bigint() - t0) < SLICE_MS * 1e6) {
        for (let k = 0; k < 500; k++) f.find(texts[(done + k) % texts.length]);
        done += 500;
      }
      const used = process.cpuUsage(cpu0);
      f.rates.push(done / ((used.user + used.system) / 1e6 || 1e-6));
    }
  }
  const ours = finders[0];
  const cells = finders.map((f) => {
    const ratio = median(f.rates.map((r, round) => r / ours.rates[round]));
    return `${f.engine} ${fmt(median(f.rates))} (${ratio.toFixed(2)}×, ${f.matches} matches)`;
  });
  console.log(`  ${name.padEnd(20)} ${cells.join(' | ')}`);
}
console.log('\n2. Catastrophic shapes (ms for one search; V8 on 24 characters, RE2 engines on 20,000)');
for (const [name, source, text] of EVIL) {
  const cells: string[] = [];
  for (const [engine, make] of Object.entries(engines)) {
    let find: Finder;
    try {
      find = make(source, '');
    } catch (e) {
      cells.push(`${engine} refused (${(e as Error).message.split('\n')[0]!.slice(0, 40)})`);
      continue;
    }
    const n = engine === 'V8 RegExp' ? 24 : 20_000;
    const t0 = process.hrtime.bigint();
    find(text(n));
    cells.push(`${engine} ${fmt(Number(process.hrtime.bigint() - t0) / 1e6)} ms @${n}`);
  }
  console.log(`  ${name.padEnd(14)} ${cells.join(' | ')}`);
}
