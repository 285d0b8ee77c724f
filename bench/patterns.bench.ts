/**
 * Custom-pattern engines side by side (`npm run bench:patterns`). Not a test: it prints numbers.
 *
 * Ours: patterns/re2-pattern.ts (re2js, a DFA `test` first, match offsets only on a hit). Peers:
 * V8's RegExp (backtracking: the baseline for speed, not a candidate), and `re2-wasm` and the
 * native `re2` binding when they happen to be installed (they are not dependencies; see
 * docs/benchmarks.md for why). 1. throughput on comment-sized texts; 2. time on the adversarial
 * text of catastrophic shapes (V8 at 24 characters, RE2 engines at 20,000).
 */
import * as os from 'node:os';
import { compilePattern } from '../libs/moderation-rules/src/patterns/re2-pattern';

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

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(7);
const WORDS = 'the council should really think about the order number of bins roads votes election police 42 call me at 555 and visit example dot com tonight seriously'.split(' ');
const texts = Array.from({ length: 5000 }, () => {
  const words = Array.from({ length: 20 + Math.floor(rand() * 60) }, () => WORDS[Math.floor(rand() * WORDS.length)]);
  return words.join(' ') + (rand() < 0.1 ? ' order #123456' : '');
});

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
console.log(`Custom patterns: ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}; ${texts.length} comments, mean ${Math.round(texts.reduce((a, t) => a + t.length, 0) / texts.length)} characters\n`);
console.log('1. Throughput (comments/s; ratio to ours)');
for (const [name, source, flags] of PATTERNS) {
  const cells: string[] = [];
  let ours = 0;
  for (const [engine, make] of Object.entries(engines)) {
    const find = make(source, flags);
    let matches = 0;
    for (const t of texts) matches += find(t);
    const t0 = process.hrtime.bigint();
    let rounds = 0;
    while (Number(process.hrtime.bigint() - t0) < 1e9) {
      for (const t of texts) find(t);
      rounds++;
    }
    const perSec = (rounds * texts.length) / (Number(process.hrtime.bigint() - t0) / 1e9);
    ours ||= perSec;
    cells.push(`${engine} ${fmt(perSec)} (${(perSec / ours).toFixed(2)}×, ${matches} matches)`);
  }
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
