import { NormalisedText } from '../normalise/normalise';
import { canonicalWord, compileAllowEntry, HitBuffer, parseTerm, TermTrie, wordEnd } from './term-trie';

function build(terms: string[], maxClosureGrowth?: number): TermTrie {
  const trie = new TermTrie(4, maxClosureGrowth);
  terms.forEach((term, termIndex) => {
    const parsed = parseTerm(term);
    if (typeof parsed === 'string') throw new Error(parsed);
    trie.add(parsed, { slot: 0, termIndex, term, stem: parsed.stem, allow: [] });
  });
  return trie;
}

const view = new NormalisedText(16);
const hits = new HitBuffer();

/** "term@excerpt" for every hit (stems extended to the whole word, like the engine does). */
function find(trie: TermTrie, text: string): string[] {
  view.normalise(text);
  trie.scan(view, hits);
  const out: string[] = [];
  for (let k = 0; k < hits.count; k++) {
    const o = trie.outputs[hits.out[k]];
    const last = o.stem ? wordEnd(view, hits.last[k]) : hits.last[k];
    out.push(`${o.term}@${text.slice(view.start[hits.first[k]], view.end(last))}`);
  }
  return out;
}

const PROFANE = build([
  'fuck*',
  'shit*',
  'ass',
  'asshole*',
  'cunt',
  'slut*',
  'idiot*',
  'kill yourself',
  'bitch*',
  'nigga*',
  'dick',
  'anal',
  'rapist',
  'cock',
  'penis',
]);

describe('parseTerm', () => {
  it('parses words, stems and phrases', () => {
    expect(parseTerm('Idiot*')).toEqual({ symbols: [8, 3, 8, 14, 19], stem: true });
    expect(parseTerm('kill you')).toEqual({ symbols: [10, 8, 11, 11, 26, 24, 14, 20], stem: false });
    expect(parseTerm("I'll")).toEqual({ symbols: [8, 26, 11, 11], stem: false });
  });

  it('reads leet in terms by the primary letter and keeps a written v as v', () => {
    expect(parseTerm('sh1t')).toEqual(parseTerm('shit'));
    expect(parseTerm('vermin')).not.toEqual(parseTerm('uermin'));
  });

  it.each([
    ['', 'term is empty'],
    ['a', 'at least 2 letters'],
    ['f*ck', "'*' is only allowed at the end"],
    ['中文', 'no Latin reading'],
    ['x'.repeat(201), 'longer than 200'],
  ])('refuses %j', (raw, message) => {
    expect(parseTerm(raw)).toEqual(expect.stringContaining(message));
  });
});

describe('TermTrie.scan', () => {
  it('matches exact words and stems at word boundaries', () => {
    expect(find(PROFANE, 'you idiot')).toEqual(['idiot*@idiot']);
    expect(find(PROFANE, 'idiotic idiots')).toEqual(['idiot*@idiotic', 'idiot*@idiots']);
    expect(find(PROFANE, 'kiss my ass!')).toEqual(['ass@ass']);
  });

  it.each([
    'Scunthorpe',
    'assassin',
    'classic',
    'cockpit',
    'Penistone',
    'therapist',
    'grass',
    'Dickens',
    'analysis',
    'assess the bass',
    'cocktail',
    'snigger',
    'Matsushita',
    'is hit',
    'this hit list',
  ])('does not fire inside innocent words: %s', (text) => {
    expect(find(PROFANE, text)).toEqual([]);
  });

  it.each([
    ['FUCK', 'fuck*@FUCK'],
    ['fück', 'fuck*@fück'],
    ['ｆｕｃｋ', 'fuck*@ｆｕｃｋ'],
    ['𝐟𝐮𝐜𝐤', 'fuck*@𝐟𝐮𝐜𝐤'],
    ['fuсk', 'fuck*@fuсk'], // Cyrillic с
    ['f\u200bu\u200bc\u200bk', 'fuck*@f\u200bu\u200bc\u200bk'],
    ['fvck', 'fuck*@fvck'],
    ['fuuuuuck', 'fuck*@fuuuuuck'],
    ['f u c k', 'fuck*@f u c k'],
    ['f.u.c.k', 'fuck*@f.u.c.k'],
    ['f_u_c_k', 'fuck*@f_u_c_k'],
    ['f*ck', 'fuck*@f*ck'],
    ['f**k', 'fuck*@f**k'],
    ['f#cking', 'fuck*@f#cking'],
    ['$h!t', 'shit*@$h!t'],
    ['sh1t', 'shit*@sh1t'],
    ['5h1t', 'shit*@5h1t'],
    ['@$$hole', 'asshole*@@$$hole'],
    ['a**hole', 'asshole*@a**hole'],
    ['b!tch', 'bitch*@b!tch'],
    ['n!gg@', 'nigga*@n!gg@'],
  ])('survives obfuscation: %s', (text, expected) => {
    expect(find(PROFANE, text)).toContain(expected);
  });

  it('treats trailing and leading symbols as punctuation', () => {
    expect(find(PROFANE, '"shit!!"')).toEqual(['shit*@shit']);
    expect(find(PROFANE, '*fuck*')).toEqual(['fuck*@fuck']);
    expect(find(PROFANE, '(ass)')).toEqual(['ass@ass']);
  });

  it('matches a masked word against every term consistent with the mask', () => {
    expect(find(PROFANE, 's**t').sort()).toEqual(['shit*@s**t', 'slut*@s**t']);
  });

  it('refuses matches with more masks than letters, or starting with a mask', () => {
    expect(find(PROFANE, 'f***')).toEqual([]);
    expect(find(PROFANE, '****')).toEqual([]);
    expect(find(PROFANE, '*uck')).toEqual([]);
  });

  it('ignores matches made only of digits ("455" is a number)', () => {
    expect(find(PROFANE, 'the 455 bus')).toEqual([]);
    expect(find(PROFANE, 'a55')).toEqual(['ass@a55']);
  });

  it('matches phrases across separator runs, trailing symbols, or without the space', () => {
    expect(find(PROFANE, 'kill yourself')).toEqual(['kill yourself@kill yourself']);
    expect(find(PROFANE, 'kill -- yourself')).toEqual(['kill yourself@kill -- yourself']);
    expect(find(PROFANE, 'kill!!! yourself')).toEqual(['kill yourself@kill!!! yourself']);
    expect(find(PROFANE, 'killyourself')).toEqual(['kill yourself@killyourself']);
    expect(find(PROFANE, 'k i l l yourself')).toEqual(['kill yourself@k i l l yourself']);
    expect(find(PROFANE, 'kill yourselves')).toEqual([]);
    expect(find(PROFANE, 'skill yourself')).toEqual([]);
  });

  it('finds a phrase with its space left out where another term goes on with the same letter', () => {
    // "go die" and "god*" share "go" + 'd': the walk without the space must follow both
    const trie = build(['go die', 'god*', 'i will', 'is', 'iwi', 'kill you', 'killer']);
    expect(find(trie, 'godie')).toEqual(['god*@godie', 'go die@godie']);
    expect(find(trie, 'go die')).toEqual(['go die@go die']);
    expect(find(trie, 'goddess')).toEqual(['god*@goddess']);
    expect(find(trie, 'iwill iwi is')).toEqual(['i will@iwill', 'iwi@iwi', 'is@is']);
    expect(find(trie, 'killyou killer killyoukiller')).toEqual(['kill you@killyou', 'killer@killer']);
    expect(find(trie, 'g0d1e')).toEqual(['god*@g0d1e', 'go die@g0d1e']);
  });

  it('finds the same matches with the omitted spaces searched instead of built into the table', () => {
    const terms = ['go die', 'god*', 'i will', 'is', 'iwi', 'kill you', 'kill yourself', 'killer', 'shit*', 'a s s', 'ass'];
    const built = build(terms);
    const searched = build(terms, 0);
    const texts = [
      'godie g0d1e go--die',
      'iwill iwi is i will',
      'killyourself killyou killer kill  yourself',
      'sh1ttt a s s a$$ asss',
      'k i l l yourself',
      'g*die i*ill',
    ];
    for (const text of texts) expect(find(built, text).sort()).toEqual(find(searched, text).sort());
  });

  it('follows a repeated letter both as stretched and as the next letter of a term, from the table', () => {
    // "goon", "god*" and "go die" share "go" + 'o'/'d': "gooon" is "goon" stretched, "goood" is "god" stretched
    const trie = build(['goon', 'god*', 'go die', 'ass', 'assess', 'kill', 'killer', 'need', 'nee']);
    expect(find(trie, 'gooon')).toEqual(['goon@gooon']);
    expect(find(trie, 'goood')).toEqual(['god*@goood']);
    expect(find(trie, 'asssess asss')).toEqual(['assess@asssess', 'ass@asss']);
    expect(find(trie, 'kiiilllerrr')).toEqual(['killer@kiiilllerrr']);
    expect(find(trie, 'neeeed')).toEqual(['need@neeeed']);
  });

  it('finds the same matches with stretched letters searched instead of built into the table', () => {
    const terms = ['goon', 'god*', 'go die', 'ass', 'assess', 'kill', 'killer', 'need', 'nee', 'fuck*', 'shit*', 'slapper', 'slap'];
    const built = build(terms);
    const searched = build(terms, 0);
    const texts = [
      'gooon goood gooodie go*d goo*n',
      'asssess asss a$$e$$ as*ess',
      'kiiilllerrr killler k1ll kiii11',
      'neeeed neee d nee*d',
      'fuuuuck shiiiit sh**t f*ck',
      'sllaap slapppperrr *slap* sla*',
    ];
    for (const text of texts) expect(find(built, text).sort()).toEqual(find(searched, text).sort());
  });

  it('starts matches at any letter of joined single letters', () => {
    expect(find(PROFANE, 'u r a c u n t')).toEqual(['cunt@c u n t']);
  });

  it('keeps one (the longest) match per start and term', () => {
    expect(find(PROFANE, 'shitttt')).toEqual(['shit*@shitttt']);
    expect(find(PROFANE, 'asssss')).toEqual(['ass@asssss']);
  });

  it('stays bounded on adversarial input', () => {
    const trie = build(['a'.repeat(30), 'ab*', 'aaab aaab']);
    const inputs = ['a'.repeat(20_000), 'a '.repeat(10_000), '*'.repeat(20_000), 'a*'.repeat(10_000), 'a1'.repeat(10_000)];
    for (const text of inputs) expect(() => find(trie, text)).not.toThrow();
  });

  it('cost does not depend on the number of terms (10,000-term trie still finds the right term)', () => {
    const terms = Array.from({ length: 10_000 }, (_, i) => `zq${i.toString(36)}x`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]));
    const big = build([...new Set(terms)]);
    expect(find(big, 'hello zqbx and zqcx')).toEqual(['zqbx@zqbx', 'zqcx@zqcx']);
  });
});

describe('allow-list helpers', () => {
  it('canonicalises words the way the matcher reads them, keeping repeated letters', () => {
    expect(canonicalWord('Shiitake')).toBe('shiitake');
    expect(canonicalWord('sh11take')).toBe('shiitake');
    expect(canonicalWord('Twatt')).toBe('twatt');
  });

  it('compiles allow entries', () => {
    expect(compileAllowEntry('Scunthorpe*')).toEqual({ text: 'scunthorpe', prefix: true });
    expect(compileAllowEntry('x')).toEqual(expect.stringContaining('at least 2 letters'));
    expect(compileAllowEntry('a*b')).toEqual(expect.stringContaining("'*'"));
  });
});
