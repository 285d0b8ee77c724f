import { T_BRACKET, T_DOT, T_DOT_WORD } from '../normalise/normalise';
import { checkPattern } from '../patterns/pattern-syntax';
import { compilePattern } from '../patterns/re2-pattern';
import type { LinksRule, RuleAction } from '../types';
import { ACTION, arrayOf, bool, DOMAIN, int, Issues, join, opt, str } from '../validation/schema';
import { defineRule, ruleLabel } from './rule';

/**
 * `links`: counts links (scheme URLs, www. hosts, bare domains with a known TLD, and obfuscated
 * ones such as "example dot com", "example[.]com", "example (.) com").
 *
 *  - a link to a denied domain → denyAction (default reject)
 *  - more than maxShortened (default 0) links through a URL shortener (bit.ly, tinyurl.com, t.co…)
 *    → shortenerAction (default flag), on each shortened link
 *  - an obfuscated link → obfuscatedAction (default flag)
 *  - more than maxLinks links (allowed domains not counted) → action (default flag)
 */

export const DEFAULT_SHORTENERS = [
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'rb.gy',
  'tiny.cc',
  'bl.ink',
  'short.io',
  'v.gd',
  'lnkd.in',
  'youtu.be',
  'amzn.to',
  'fb.me',
  'x.co',
  'shorte.st',
  'adf.ly',
  'trib.al',
  'dlvr.it',
  'ift.tt',
  'soo.gd',
  's.id',
  'tr.im',
  'clck.ru',
  'qr.ae',
  'cli.re',
  'lnk.to',
  'linktr.ee',
  'snip.ly',
  't.ly',
  'tiny.one',
  'urlz.fr',
  'shrtco.de',
  '0rz.tw',
];

/**
 * Top-level domains recognised in bare host names ("example.com" without scheme or www.). Country
 * codes that are also common English words (it, is, in, to, me, us, at, be, no, so, do, go, my, am,
 * an, as, by…) are left out so that a missing space after a full stop ("I agree.It is…") is not a
 * link; with a scheme or "www." any TLD counts.
 */
const BARE_TLDS = new Set(
  (
    'com net org edu gov mil int info biz name pro mobi asia tel travel jobs cat coop aero museum ' +
    'io co ly gl gd tk ml ga cf gq ws cc tv fm pw su xyz top online site club shop store app dev tech ' +
    'live news blog link click space website email icu vip win bid loan work today world life ' +
    'uk de fr es nl eu ru cn jp br au ca ch se pl pt ro cz gr hu dk fi ie ua kz ir tr vn ' +
    'mx ar cl za nz sg hk tw kr th my ph pk ng ke eg il sa ae'
  )
    .split(/\s+/)
    .filter((tld) => tld !== 'my'),
);

/** TLDs accepted in spelled-out links ("example dot com"). */
const SPELLED_TLDS = 'com|net|org|info|biz|io|co|uk|de|ru|xyz|online|site|shop|club|ly';
const SPELLED_STOPWORDS = new Set(['the', 'a', 'an', 'of', 'old', 'first', 'late', 'early', 'big', 'new', 'this', 'that', 'one', 'polka']);

export interface FoundLink {
  start: number;
  end: number;
  /** Lower-case host without "www." (for obfuscated links: the reconstructed host). */
  host: string;
  obfuscated: boolean;
}

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHostChar = (c: number): boolean => isAlnum(c) || c === 45; // '-'
const isPathEnd = (c: number): boolean => c <= 32 || c === 34 || c === 39 || c === 60 || c === 62 || c === 0x201c || c === 0x201d || c === 0x2019;
const TRAILING_PUNCT = '.,;:!?)]}\'"';

function isListed(host: string, list: readonly string[]): boolean {
  for (const entry of list) {
    if (host === entry || (host.length > entry.length && host.endsWith(entry) && host[host.length - entry.length - 1] === '.')) {
      return true;
    }
  }
  return false;
}

/**
 * Finds links in `text` (linear scan around each '.', plus regexes for obfuscated forms, which only
 * run when their marker words/brackets are present). `known` hosts count even without a known TLD.
 */
const SPACED_TLDS = new Set(['com', 'net', 'org', 'info', 'biz', 'io', 'ru', 'xyz']);
const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;

/** A link written with spaces around its dot, or null. `dot` is the index of the '.'. */
function spacedLink(text: string, dot: number, spaceBefore: boolean, spaceAfter: boolean): FoundLink | null {
  const tldStart = spaceAfter ? dot + 2 : dot + 1;
  let tldEnd = tldStart;
  while (tldEnd < text.length && isLowerLetter(text.charCodeAt(tldEnd))) tldEnd++;
  if (tldEnd - tldStart < 2 || tldEnd - tldStart > 4 || (tldEnd < text.length && isAlnum(text.charCodeAt(tldEnd)))) return null;
  const wordEnd = spaceBefore ? dot - 1 : dot;
  let wordStart = wordEnd;
  while (wordStart > 0 && isHostChar(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordEnd - wordStart < 2 || !isAlnum(text.charCodeAt(wordStart))) return null;
  const tld = text.slice(tldStart, tldEnd);
  if (!SPACED_TLDS.has(tld)) return null;
  const word = text.slice(wordStart, wordEnd).toLowerCase();
  if (SPELLED_STOPWORDS.has(word)) return null;
  return { start: wordStart, end: tldEnd, host: `${word}.${tld}`, obfuscated: true };
}

export function findLinks(
  text: string,
  obfuscated = true,
  known: readonly string[] = DEFAULT_SHORTENERS,
  features = T_DOT | T_BRACKET | T_DOT_WORD,
): FoundLink[] {
  const links: FoundLink[] = [];
  if ((features & (T_DOT | T_BRACKET | T_DOT_WORD)) === 0) return links;
  const n = text.length;
  let from = 0;
  let lastEnd = 0;
  for (;;) {
    const dot = text.indexOf('.', from);
    if (dot < 0) break;
    from = dot + 1;
    if (dot < lastEnd || dot === 0 || dot + 1 >= n) continue;
    const before = text.charCodeAt(dot - 1);
    const after = text.charCodeAt(dot + 1);
    if (before === 32 || after === 32) {
      // "example . com", "example .com", "example. com" (lower-case TLD only)
      if (obfuscated) {
        const spaced = spacedLink(text, dot, before === 32, after === 32);
        if (spaced) {
          links.push(spaced);
          lastEnd = spaced.end;
        }
      }
      continue;
    }
    if (!isHostChar(before) || !isAlnum(after)) continue;
    let a = dot;
    while (a > 0 && (isHostChar(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 46)) a--;
    let b = dot + 1;
    while (b < n && (isHostChar(text.charCodeAt(b)) || (text.charCodeAt(b) === 46 && b + 1 < n && isHostChar(text.charCodeAt(b + 1))))) b++;
    while (a < dot && !isAlnum(text.charCodeAt(a))) a++;
    from = Math.max(from, b);
    if (a > 0 && text.charCodeAt(a - 1) === 64) continue; // part of an email address
    const host = text.slice(a, b).toLowerCase();
    const labels = host.split('.');
    const tld = labels[labels.length - 1];
    if (labels.some((l) => l.length === 0 || l.length > 63)) continue;
    let start = a;
    let hasScheme = false;
    if (a >= 3 && text.startsWith('://', a - 3)) {
      let s = a - 3;
      while (s > 0 && /[a-z]/i.test(text[s - 1])) s--;
      const scheme = text.slice(s, a - 3).toLowerCase();
      if (scheme === 'http' || scheme === 'https' || scheme === 'ftp') {
        hasScheme = true;
        start = s;
      }
    }
    const bareHost = host.startsWith('www.') ? host.slice(4) : host;
    const letterTld = /^[a-z]{2,24}$/.test(tld);
    const valid =
      (hasScheme && (letterTld || /^\d{1,3}$/.test(tld))) ||
      (host.startsWith('www.') && letterTld) ||
      (letterTld && BARE_TLDS.has(tld)) ||
      isListed(bareHost, known);
    if (!valid) continue;
    let end = b;
    if (end < n && (text[end] === '/' || text[end] === '?' || text[end] === '#' || (text[end] === ':' && /\d/.test(text[end + 1] ?? '')))) {
      while (end < n && !isPathEnd(text.charCodeAt(end))) end++;
      while (end > b && TRAILING_PUNCT.includes(text[end - 1])) end--;
    }
    links.push({ start, end, host: bareHost, obfuscated: false });
    lastEnd = end;
    from = end;
  }

  if (obfuscated) {
    if (features & T_BRACKET) {
      const re = /([a-z0-9][a-z0-9-]{0,62})\s{0,2}[[({<]\s{0,2}(?:\.|dot)\s{0,2}[\])}>]\s{0,2}([a-z]{2,24})\b/gi;
      for (const m of text.matchAll(re)) {
        const tld = m[2].toLowerCase();
        if (!BARE_TLDS.has(tld) && !isListed(`${m[1]}.${tld}`.toLowerCase(), known)) continue;
        links.push({ start: m.index, end: m.index + m[0].length, host: `${m[1]}.${tld}`.toLowerCase(), obfuscated: true });
      }
    }
    if (features & T_DOT_WORD) {
      const re = new RegExp(`\\b([a-z0-9][a-z0-9-]{0,62})\\s{1,3}dot\\s{1,3}(${SPELLED_TLDS})\\b`, 'gi');
      for (const m of text.matchAll(re)) {
        if (SPELLED_STOPWORDS.has(m[1].toLowerCase())) continue;
        links.push({ start: m.index, end: m.index + m[0].length, host: `${m[1]}.${m[2]}`.toLowerCase(), obfuscated: true });
      }
    }
    links.sort((x, y) => x.start - y.start);
  }
  return links;
}

const byAction = (action: RuleAction, flag: string, reject: string): string => (action === 'reject' ? reject : flag);

export const linksRule = defineRule<LinksRule>({
  type: 'links',
  phase: 'content',
  defaultCategory: 'links',
  fields: {
    maxLinks: opt(int({ min: 0, max: 1000 })),
    action: opt(ACTION),
    allowDomains: opt(arrayOf(DOMAIN, { max: 10_000 })),
    denyDomains: opt(arrayOf(DOMAIN, { max: 10_000 })),
    denyAction: opt(ACTION),
    shorteners: opt((value, path, issues) => {
      if (typeof value === 'boolean') return;
      arrayOf(DOMAIN, { max: 10_000 })(value, path, issues);
    }),
    shortenerAction: opt(ACTION),
    maxShortened: opt(int({ min: 0, max: 1000 })),
    obfuscated: opt(bool),
    obfuscatedAction: opt(ACTION),
    pattern: opt(str({ min: 1, max: 1000 })),
    patternFlags: opt(str({ max: 4 })),
  },
  refine(def: Record<string, unknown>, path: string, issues: Issues) {
    if (typeof def.pattern === 'string') {
      const flags = typeof def.patternFlags === 'string' ? def.patternFlags : 'i';
      const problem = checkPattern(def.pattern, flags);
      if (problem) issues.add(join(path, problem.field === 'flags' ? 'patternFlags' : 'pattern'), `${ruleLabel(def)}${problem.message}`);
    } else if (def.patternFlags !== undefined) {
      issues.add(join(path, 'patternFlags'), 'patternFlags requires pattern');
    }
  },
  compile(def) {
    const maxLinks = def.maxLinks ?? 2;
    const action: RuleAction = def.action ?? 'flag';
    const allow = (def.allowDomains ?? []).map((d) => d.toLowerCase());
    const deny = (def.denyDomains ?? []).map((d) => d.toLowerCase());
    const denyAction: RuleAction = def.denyAction ?? 'reject';
    const shorteners =
      def.shorteners === false ? [] : [...DEFAULT_SHORTENERS, ...(Array.isArray(def.shorteners) ? def.shorteners.map((d) => d.toLowerCase()) : [])];
    const shortenerAction: RuleAction = def.shortenerAction ?? 'flag';
    const maxShortened = def.maxShortened ?? 0;
    const obfuscated = def.obfuscated ?? true;
    const obfuscatedAction: RuleAction = def.obfuscatedAction ?? 'flag';
    const extra = def.pattern ? compilePattern(def.pattern, def.patternFlags ?? 'i') : null;
    const known = [...shorteners, ...allow, ...deny];

    return (rt, emit) => {
      const text = rt.text;
      const features = rt.normalised().features;
      // findLinks is one linear pass around the dots of the text; its regular expressions only run
      // on a bracket or the word "dot", and the custom patterns on every text: only then is the
      // clock looked at after this rule
      if (extra || (features & (T_BRACKET | T_DOT_WORD)) !== 0) rt.noteWork();
      const links = findLinks(text, obfuscated, known, features);
      if (extra) {
        for (const [start, end] of extra.findAll(text, 100, rt.overBudget)) {
          if (!links.some((l) => l.start < end && start < l.end)) {
            links.push({ start, end, host: text.slice(start, end).toLowerCase(), obfuscated: false });
          }
        }
      }
      if (links.length === 0) return;
      const isShortened = (link: FoundLink) => shorteners.length > 0 && !isListed(link.host, allow) && !(deny.length > 0 && isListed(link.host, deny)) && isListed(link.host, shorteners);
      const holdShortened = maxShortened === 0 || links.filter(isShortened).length > maxShortened;
      let counted = 0;
      let overflow: FoundLink | null = null;
      for (const link of links) {
        if (isListed(link.host, allow)) continue;
        counted++;
        if (counted === maxLinks + 1) overflow = link;
        if (deny.length > 0 && isListed(link.host, deny)) {
          emit({
            action: denyAction,
            start: link.start,
            end: link.end,
            message: byAction(
              denyAction,
              'Your comment links to a site that a moderator needs to check before it is published.',
              'Your comment was not published because it links to a site that is not allowed here.',
            ),
          });
        } else if (shorteners.length > 0 && isListed(link.host, shorteners)) {
          if (!holdShortened) continue;
          emit({
            action: shortenerAction,
            start: link.start,
            end: link.end,
            message: byAction(
              shortenerAction,
              'Your comment contains a shortened link, which a moderator will check before it is published. Posting the full address lets readers see where it leads.',
              'Your comment was not published because it contains a shortened link. Please post the full address so readers can see where it leads.',
            ),
          });
        } else if (link.obfuscated) {
          emit({
            action: obfuscatedAction,
            start: link.start,
            end: link.end,
            message: byAction(
              obfuscatedAction,
              'Your comment contains a disguised link. A moderator will review it before it is published.',
              'Your comment was not published because it contains a disguised link.',
            ),
          });
        }
      }
      if (overflow) {
        emit({
          action,
          start: overflow.start,
          end: overflow.end,
          message: byAction(
            action,
            `Your comment contains ${counted} links; at most ${maxLinks} can be published without review. A moderator will review it.`,
            `Your comment was not published because it contains ${counted} links; at most ${maxLinks} are allowed.`,
          ),
        });
      }
    };
  },
});
