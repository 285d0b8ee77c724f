/**
 * The benchmarks' shared inputs: a seeded PRNG, the deterministic news-comment-like corpus of
 * `bench:rules`, the random word soup of `bench:patterns`, and the labelled sets in bench/data/.
 * One module so that every benchmark (and any profiling script) measures the same texts.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** Small, fast, seeded PRNG (Mulberry32): the same seed gives the same corpus on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPENERS = [
  '',
  '',
  '',
  'Honestly, ',
  'Frankly, ',
  'I think ',
  'As a resident of Leeds, ',
  'Great article. ',
  'Sorry but ',
  'Let us be clear: ',
  'Once again ',
  'In my view ',
];
const SUBJECTS = [
  'the council',
  'the government',
  'this minister',
  'the mayor',
  'the author',
  'these journalists',
  'the referee',
  'the manager',
  'our MP',
  'the police',
  'the opposition',
  'the regulator',
  'the energy companies',
  'the train operators',
  'the board',
  'the club',
  'the health service',
  'the headteacher',
  'the planning committee',
  'the chancellor',
];
const VERBS = [
  'has completely failed on',
  'should resign over',
  'is right about',
  'keeps ignoring',
  'deserves credit for',
  'was wrong about',
  'needs to explain',
  'has finally delivered on',
  'is quietly dropping',
  'cannot be trusted with',
  'got lucky with',
  'made a mess of',
];
const OBJECTS = [
  'the housing crisis',
  'the new bypass',
  'bin collections',
  'the budget',
  'school funding',
  'the match on Saturday',
  'energy prices',
  'the rail strikes',
  'potholes on our street',
  'the hospital waiting lists',
  'the transfer window',
  'the flood defences',
  'the cost of living',
  'the new cycle lanes',
  'council tax',
  'the library closures',
  'the stadium plans',
  'the bus timetable',
];
const ENDINGS = ['.', '.', '.', '!', '?', ' and everyone knows it.', ' - shame on them.', ', as usual.', ', to be fair.', '...'];
const EXTRAS = [
  'I have lived here for 30 years and never seen anything like it.',
  'The figures in paragraph 4 do not add up.',
  'My neighbour waited 14 months for an appointment.',
  'Tickets now cost £45, which is ridiculous.',
  'Well done to the volunteers.',
  'Who is going to pay for this?',
  'This paper used to be better.',
  'Thanks for covering this story.',
  'Classic Westminster.',
  'The analysis by the think tank is worth reading.',
  'What happened to the 2019 promises?',
  'Spot on.',
];
const BAD = ['fuck', 'shit', 'bitch', 'bastard', 'asshole', 'idiot', 'moron', 'cunt', 'bullshit', 'dickhead', 'wanker', 'scumbag'];
const LINKS = ['https://www.example.com/story/123', 'bit.ly/3xYz', 'see example dot com', 'www.gov.uk/council-tax', 'tinyurl.com/abcde'];
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '$', t: '7' };

/**
 * `count` news-comment-like texts (152 characters on average): one to four sentences about local
 * politics and sport; 10 % contain an (often obfuscated) insult or swear word, 3 % a link, 2 % are
 * shouted. The same seed always gives the same texts.
 */
export function newsComments(count: number, seed = 20240611): string[] {
  const rand = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const chance = (p: number): boolean => rand() < p;
  const obfuscations: Array<(w: string) => string> = [
    (w) => w,
    (w) => w.toUpperCase(),
    (w) => w.replace(/[aeiost]/g, (c) => (chance(0.6) ? LEET[c] : c)),
    (w) => w[0] + '*'.repeat(Math.min(2, w.length - 2)) + w.slice(Math.min(3, w.length - 1)),
    (w) => w.split('').join(' '),
    (w) => w.split('').join('.'),
    (w) => w.replace(/[aeiou]/, (c) => c.repeat(4)),
    (w) => w.split('').join('\u200b'),
    (w) => w.replace(/[aceo]/g, (c) => ({ a: 'а', c: 'с', e: 'е', o: 'о' })[c] ?? c), // Cyrillic look-alikes
    (w) => [...w].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(''), // fullwidth
  ];
  const sentence = (): string => {
    const s = `${pick(OPENERS)}${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${pick(ENDINGS)}`;
    return s[0].toUpperCase() + s.slice(1);
  };
  const comment = (): string => {
    const parts: string[] = [];
    const sentences = 1 + Math.floor(rand() * 4);
    for (let i = 0; i < sentences; i++) parts.push(chance(0.25) ? pick(EXTRAS) : sentence());
    if (chance(0.1)) parts.splice(Math.floor(rand() * parts.length), 0, `What a ${pick(obfuscations)(pick(BAD))}.`);
    if (chance(0.03)) parts.push(`More at ${pick(LINKS)}`);
    let text = parts.join(' ');
    if (chance(0.02)) text = text.toUpperCase();
    return text;
  };
  return Array.from({ length: count }, comment);
}

/** `count` texts of 20–80 words drawn from a small vocabulary of numbers, contacts and link words (custom-pattern benchmark). */
export function wordSoup(count: number, seed = 7): string[] {
  const rand = mulberry32(seed);
  const words =
    'the council should really think about the order number of bins roads votes election police 42 call me at 555 and visit example dot com tonight seriously'.split(
      ' ',
    );
  return Array.from({ length: count }, () => {
    const n = 20 + Math.floor(rand() * 60);
    const picked = Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]);
    return picked.join(' ') + (rand() < 0.1 ? ' order #123456' : '');
  });
}

/** `count` distinct pronounceable made-up words (some stems, ending in '*'): a large banned-term list. */
export function generatedTerms(count: number, seed: number): string[] {
  const r = mulberry32(seed);
  const consonants = 'bcdfghjklmnprstvwxzq';
  const vowels = 'aeiouy';
  const terms = new Set<string>();
  while (terms.size < count) {
    let w = '';
    const syllables = 2 + Math.floor(r() * 3);
    for (let i = 0; i < syllables; i++) w += consonants[Math.floor(r() * consonants.length)] + vowels[Math.floor(r() * vowels.length)];
    if (r() < 0.5) w += consonants[Math.floor(r() * consonants.length)];
    if (r() < 0.1) w += '*';
    terms.add(w.replace(/(.)\1/g, '$1'));
  }
  return [...terms];
}

/** One labelled set of bench/data/ (JSON lines). */
export function benchData<T>(file: 'obfuscations.jsonl' | 'innocents.jsonl'): T[] {
  return readFileSync(path.join(__dirname, '..', 'data', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
