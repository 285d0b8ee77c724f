import { compileAllowEntry, parseTerm } from '../matcher/term-trie';
import type { BannedTermsRule, RuleAction, SuspectTermsRule } from '../types';
import { arrayOf, bool, isPlainObject, Issues, join, opt, req, Shape, str } from '../validation/schema';
import type { CompileContext, RuleRunner } from './rule';

/**
 * Shared implementation of `banned-terms` (reject) and `suspect-terms` (flag).
 *
 * Terms: "word" matches the whole word; "stem*" matches words starting with the stem; "two words"
 * matches the phrase (the space also matches punctuation runs, or nothing: "killyourself").
 * Matching survives case, diacritics, confusables, invisible characters, leetspeak, stretched
 * letters, spaced-out letters and masks — see normalise/ and matcher/. An allow-list entry
 * ("shiitake", "scunthorpe*") suppresses matches inside that word, per rule or per term.
 */

export const MAX_TERMS = 100_000;
const MAX_ALLOW = 10_000;

const ALLOW_ENTRY = str({ min: 1, max: 200 });

export const TERM_FIELDS: Shape = {
  terms: req((value, path, issues) => {
    if (!Array.isArray(value)) return issues.add(path, 'must be an array of terms');
    if (value.length === 0) return issues.add(path, 'must contain at least one term');
    if (value.length > MAX_TERMS) return issues.add(path, `must contain at most ${MAX_TERMS} terms`);
    // entries are checked in refine() (they need parsing)
  }),
  allow: opt(arrayOf(ALLOW_ENTRY, { max: MAX_ALLOW })),
  mentions: opt(bool),
  selfDirected: opt(bool),
};

/** An `unlessNear` word: letters (with inner spaces, apostrophes or hyphens), optionally a `stem*`; or one emoji ("😂"). */
const CONTEXT_WORD = /^(?:[a-z][a-z' -]{0,40}\*?|\p{Extended_Pictographic}\uFE0F?)$/iu;
const MAX_CONTEXT_WORDS = 200;

function checkAllowList(list: unknown, path: string, issues: Issues): void {
  if (!Array.isArray(list)) return;
  list.forEach((entry, i) => {
    if (typeof entry !== 'string') return;
    const compiled = compileAllowEntry(entry);
    if (typeof compiled === 'string') issues.add(join(path, i), compiled);
  });
}

export function refineTerms(def: Record<string, unknown>, path: string, issues: Issues): void {
  checkAllowList(def.allow, join(path, 'allow'), issues);
  const terms = def.terms;
  if (!Array.isArray(terms) || terms.length > MAX_TERMS) return;
  const seen = new Map<string, number>();
  terms.forEach((entry, i) => {
    const entryPath = join(join(path, 'terms'), i);
    let raw: unknown = entry;
    let termPath = entryPath;
    if (isPlainObject(entry)) {
      for (const key of Object.keys(entry)) {
        if (key !== 'term' && key !== 'allow' && key !== 'unlessNear') issues.add(join(entryPath, key), `unknown field '${key}' (allowed: term, allow, unlessNear)`);
      }
      if (entry.unlessNear !== undefined) {
        if (!Array.isArray(entry.unlessNear) || entry.unlessNear.length === 0 || entry.unlessNear.length > MAX_CONTEXT_WORDS) {
          issues.add(join(entryPath, 'unlessNear'), `must be an array of 1–${MAX_CONTEXT_WORDS} words`);
        } else {
          entry.unlessNear.forEach((w, k) => {
            if (typeof w !== 'string' || !CONTEXT_WORD.test(w)) issues.add(join(join(entryPath, 'unlessNear'), k), 'must be a word, a stem* (letters, spaces, apostrophes, hyphens) or one emoji');
          });
        }
      }
      raw = entry.term;
      termPath = join(entryPath, 'term');
      if (entry.allow !== undefined) {
        if (!Array.isArray(entry.allow)) issues.add(join(entryPath, 'allow'), 'must be an array of strings');
        else {
          entry.allow.forEach((a, k) => {
            if (typeof a !== 'string') issues.add(join(join(entryPath, 'allow'), k), 'must be a string');
          });
          checkAllowList(entry.allow, join(entryPath, 'allow'), issues);
        }
      }
    }
    if (typeof raw !== 'string') {
      issues.add(termPath, 'must be a string or { term, allow? }');
      return;
    }
    const parsed = parseTerm(raw);
    if (typeof parsed === 'string') {
      issues.add(termPath, `invalid term ${JSON.stringify(raw)}: ${parsed}`);
      return;
    }
    const key = parsed.symbols.join(',') + (parsed.stem ? '*' : '');
    const previous = seen.get(key);
    if (previous !== undefined) {
      issues.add(termPath, `duplicate term ${JSON.stringify(raw)} (same as terms[${previous}] after normalisation)`);
    } else seen.set(key, i);
  });
}

export function compileTerms(def: BannedTermsRule | SuspectTermsRule, ctx: CompileContext, action: RuleAction): RuleRunner {
  const slot = ctx.registerTerms(def.terms, def.allow ?? []);
  // Context checks read the raw text around a match, so they cost nothing until a term matches.
  const near = def.terms.map((t) => (typeof t === 'string' || !t.unlessNear ? null : contextPattern(t.unlessNear)));
  const hasNear = near.some((n) => n !== null);
  const mentions = def.mentions === true;
  const selfDirected = def.selfDirected === true;
  return (rt, emit) => {
    const matches = rt.termMatches(slot);
    if (matches.length === 0) return;
    const text = rt.text;
    let quoted = false;
    let cue = false;
    if (mentions) {
      // once per comment for all term rules: quotation marks that can enclose a mention (not
      // apostrophes: "don't" is everywhere) and the words that can introduce one
      if (mentionCuesFor !== rt.evaluation) {
        mentionCuesFor = rt.evaluation;
        mentionQuoted = DOUBLE_QUOTE.test(text);
        mentionCue = MENTION_CUE.test(text);
      }
      quoted = mentionQuoted;
      cue = mentionCue;
    }
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i];
      const unless = hasNear ? near[m.termIndex] : null;
      if (unless) {
        const [from, to] = sentenceAround(text, m.start, m.end);
        if (unless.test(text.slice(from, to))) continue;
      }
      if (cue && MENTION_BEFORE.test(text.slice(Math.max(0, m.start - 100), m.start))) continue;
      if (selfDirected && (SELF_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || NOT_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)))) continue;
      if (mentions && (isQuotedWord(text, m.start, m.end) || calledBy(text, m.start, m.end) || (quoted && inQuotedList(text, m.start, m.end)))) continue;
      if (quoted && isReportedQuotation(text, m.start, m.end)) continue;
      emit({ action, start: m.start, end: m.end });
    }
  };
}

function contextPattern(words: string[]): RegExp {
  const alternatives = words.map((w) => {
    const stem = w.endsWith('*');
    const body = (stem ? w.slice(0, -1) : w).toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    return stem ? `${body}[a-z]*` : body;
  });
  return new RegExp(`(?:^|[^a-z])(?:${alternatives.join('|')})(?![a-z])`, 'i');
}

/** The sentence containing [start, end): from after the previous . ! ? or newline to the next one. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !isSentenceEnd(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !isSentenceEnd(text, to)) to++;
  return [from, to];
}

const ABBREVIATION = /\b(?:mr|mrs|ms|dr|st|no|vs|etc)$/i;

function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 33 || c === 63) return true; // newline ! ?
  // a full stop followed by a space (not "Mr.", not "e.g." inside a word)
  return c === 46 && (i + 1 >= text.length || text.charCodeAt(i + 1) === 32) && !ABBREVIATION.test(text.slice(Math.max(0, i - 4), i));
}

let mentionCuesFor = -1;
let mentionQuoted = false;
let mentionCue = false;
const DOUBLE_QUOTE = /["“”«»„]/;
const MENTION_CUE = /word|term|slur|insult|epithet|expression|call|brand|label|like|such|includ|used|using|use[sd]? |sa(?:y|id)|shout|chant|scrawl|spray|tell|told|graffiti|daub|slogan|placard|banner/i;
const QUOTES_OPEN = '"“«„';
const QUOTES_CLOSE = '"”»“';
/** Talking about the word: "the word X", "words like X", "called an opponent a X", "used the word X", "graffiti: 'X out'". */
const MENTION_BEFORE =
  /(?:\b(?:the|that|this|a)\s+(?:word|term|slur|insult|epithet|expression)|\b(?:the|these|those)\s+words|\b(?:words|terms|slurs|insults|epithets)\s+(?:like|such\s+as|including)|\b(?:call|calls|called|calling|branded|branding|labell?ed|labell?ing)\s+(?!me\b|us\b|you\b|u\b|ya\b)[a-z]+(?:\s+[a-z]+)?\s+(?:a|an)|\b(?:calling|branding|labell?ing)\s+(?!me\b|us\b|you\b|u\b|ya\b|yourself\b|yourselves\b)(?:the|his|her|their|these|those|them|someone|somebody|anyone|people|others|other)\s+(?:[a-z]+\s+){0,2}|\b(?:call|calls|called|calling|branded|labell?ed)\s+(?!you\b|u\b|ya\b)[a-z]+(?:\s+[a-z]+){0,2}\s*['‘](?:[a-z]+\s+){0,2}$|\b(?:call|calls|called|calling|branded|labell?ed)\s+(?:a|an|the)\s+(?:whole\s+)?(?:group|community|race|religion|nation|people|family|families|town|estate|street|school|class)|\b(?:was|were|been|being|got|gets|getting)\s+(?:called|branded|labell?ed)(?:\s*['‘](?:[a-z]+\s+){0,2}|\s+(?:(?:(?:a|an)\s+)?(?:[a-z]+\s+)?[a-z]+\s*(?:,|\band\b|\bor\b)\s*){0,5}(?:(?:a|an)\s+)?(?:[a-z]+\s+)?["“'‘]?)$|\b(?:said|says|saying|shouted|shouting|yelled|yelling|screamed|screaming|chanted|chanting|told|wrote|writing|tweeted|posted|heard)\s+(?:[a-z]+\s+){0,3}['‘]$|\b(?:said|says|saying|shouted|shouting|yelled|yelling|screamed|screaming|chanted|chanting|wrote|writing|tweeted|posted|told|heard)\s+(?:[a-z]+\s+){0,3}[:,]?\s*["“'‘](?:[a-z'’]+[\s,]+){1,5}$|\b(?:use|uses|used|using|say|says|said|saying|shout|shouted|shouting|chant|chanted|chanting|scrawled|sprayed)\s+(?:the\s+)?(?:word|words|slur|slurs)|\b(?:tell|tells|telling|told)\s+(?:[a-z'’-]+\s+){0,12}to\s*["“«„'‘]|\b(?:graffiti|daubed|daubing|scrawled|sprayed|slogans?|placards?|banners?)\b[^.!?'‘"“]{0,60}[.:]?\s*["“«„'‘])\s*[:,]?\s*["“«„'‘]?\s*$/i;
/**
 * The writer calling themselves the word: "I'm an idiot", "I am such a moron", "call me a nerd", "I was a complete
 * fool to believe it", "me, an idiot", "crying like an idiot" (the clause right before the match; anything else in
 * between breaks it).
 */
const SELF_BEFORE =
  /(?:^|[^a-z'’])(?:i\s*['’]?\s*m|i\s+am|i\s+was|i\s*['’]?\s*ve\s+been|i\s+have\s+been|i\s+feel\s+like|call\s+me|me\s*,|(?:cry|crying|cried|laugh|laughing|laughed|grin|grinning|grinned|smiling|beaming|sob|sobbing|sobbed|dance|dancing|danced|giggle|giggling|blub|blubbing|bawl|bawling|cheer|cheering|cheered|jumping)(?:\s+(?:on|in|at|the|a|my|number|\d+|bus|train|tube|sofa|settee|kitchen|office|desk|work|home|street|car|pub|loo)){0,5}\s+like)\s+(?:(?:just|really|so|such|being|a|an|the|one|absolute|complete|total|utter|bit\s+of|of|biggest|proper|right|such)\s+){0,4}$/i;
/** Denied, not said: "you're not an idiot", "he is no fool", "never a moron" (the words right before the match). */
const NOT_BEFORE = /(?:^|[^a-z'’])(?:not|never|no|isn['’]?t|aren['’]?t|wasn['’]?t)\s+(?:(?:an?|such|being|at\s+all)\s+){0,2}$/i;
const REPORTING =
  /\b(?:said|says|told|heard|wrote|writes|tweeted|posted|claimed|shouted|yelled|screamed|chanted|called|calling|used|using|uses|quoted|quoting|described|branded|labell?ed|testified|alleged|accused|read|reads|sang|singing|chanting|shouting|yelling|screaming|saying|call|calls|describing|keyed|scratched|written|writing|sprayed|painted|etched|carved|daubed|scrawled|spat|ranting|ranted|referring|referred|muttered|hissed|texted|messaged|commented|typed|compared|commenters?|tweet|tweets|tweeting|posting|words|banned|fined|sacked|suspended|apologi[sz]ed|condemned|reported|graffiti|slogans?|signs?|banners?|placards?|chants?|claims?|comments?|screams|shouts|yells|posters?|leaflets?|stickers?)\b/i;

/**
 * The word alone in quotation marks (double, or a pair of single ones), in a sentence of its own words and aimed at no
 * one: talked about ("dictionaries mark "spastic" as offensive", "calling the jury 'idiots'"; not "what a "…" you are",
 * not a quoted word on its own).
 */
function isQuotedWord(text: string, start: number, end: number): boolean {
  if (start === 0 || end >= text.length) return false;
  const double = QUOTES_OPEN.includes(text[start - 1]) && QUOTES_CLOSE.includes(text[end]);
  // single quotation marks only as a pair around the word, not an apostrophe ("the kids' …")
  const single = SINGLE_OPEN.includes(text[start - 1]) && SINGLE_CLOSE.includes(text[end]) && (start < 2 || /[\s([,:;]/.test(text[start - 2])) && !/\p{L}/u.test(text[end + 1] ?? '');
  if (!double && !single) return false;
  const [from, to] = sentenceAround(text, start, end);
  // a sentence that only lists quoted words, in a comment that says more: what was said ("\"Golliwog\", \"monkey\", \"coon\".
  // Teachers called it teasing.")
  if (double && QUOTED_LIST.test(text.slice(from, to)) && /\p{L}/u.test(text.slice(0, from) + text.slice(to))) return true;
  const rest = text.slice(from, start - 1) + ' ' + text.slice(end + 1, to);
  // talked about in a sentence, not a quoted word on its own ("\"shit\"" is the word used)
  return !SECOND_PERSON.test(rest) && (rest.match(/\p{L}+/gu)?.length ?? 0) >= 3;
}
/**
 * Said to someone, in the passive, with who said it: "got spat at and called a wog by grown men", "called a pikey by a
 * teacher" (the word right after "called a", and "by" right after the word).
 */
function calledBy(text: string, start: number, end: number): boolean {
  return CALLED_A_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && BY_AFTER.test(text.slice(end, end + 4));
}
const CALLED_A_BEFORE = /\bcalled\s+(?:a|an)\s+$/i;
const BY_AFTER = /^\s+by\b/i;

/**
 * Inside a quoted phrase in a sentence that only lists quoted phrases, in a comment that says more: the abuse someone
 * was sent, read out ("\"Paki rat\", \"go back to your cave\". It's easy to forget there's a person …").
 */
function inQuotedList(text: string, start: number, end: number): boolean {
  const [from, to] = sentenceAround(text, start, end);
  return QUOTED_LIST.test(text.slice(from, to)) && /\p{L}/u.test(text.slice(0, from) + text.slice(to));
}

/** Two or more words or short phrases in double quotes, separated by commas or "and"/"or", and nothing else. */
const QUOTED_LIST = /^\s*["“][^"“”]{1,40}["”](?:\s*(?:,|;|\band\b|\bor\b|&)\s*["“][^"“”]{1,40}["”])+\s*[.!?…]*\s*$/u;
const SINGLE_OPEN = "'‘";
const SINGLE_CLOSE = "'’";
const SECOND_PERSON = /\b(?:you|your|yours|yourself|yourselves|ur|u|ya|yer)\b/i;

/**
 * The text with every reported quotation blanked out: each span in double quotation marks that isReported takes for
 * reported speech (a reporting verb outside it in its sentence, or a sentence before it that ends with one), quotation
 * marks included, becomes spaces of the same length. Somebody else's words, quoted to report or condemn them ("a commenter compared the Travellers to "a plague
 * of locusts""), are not the writer's. Returns the text itself when it has no double quotation mark.
 */
export function withoutReportedQuotations(text: string): string {
  if (!DOUBLE_QUOTE.test(text)) return text;
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    if (!QUOTES_OPEN.includes(text[i])) continue;
    let close = -1;
    for (let j = i + 1; j < text.length && j <= i + MAX_QUOTATION; j++) {
      if (QUOTES_CLOSE.includes(text[j])) {
        close = j;
        break;
      }
    }
    if (close < 0) break;
    if (isReported(text, i, close)) {
      out += text.slice(copied, i) + ' '.repeat(close + 1 - i);
      copied = close + 1;
    }
    i = close;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
/** Longest quotation (in code units) withoutReportedQuotations looks for the end of. */
const MAX_QUOTATION = 400;

/** Inside double quotation marks that isReported takes for reported speech. */
function isReportedQuotation(text: string, start: number, end: number): boolean {
  const [from, to] = sentenceAround(text, start, end);
  let open = -1;
  for (let i = start - 1; i >= from; i--) {
    if (QUOTES_OPEN.includes(text[i])) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  let close = -1;
  for (let i = end; i <= to && i < text.length; i++) {
    if (QUOTES_CLOSE.includes(text[i])) {
      close = i;
      break;
    }
  }
  if (close < 0) return false;
  return isReported(text, open, close);
}

/**
 * The quotation between the marks at `open` and `close` is reported: a reporting verb outside it in its sentence, or
 * it opens its sentence right after one that ends with a reporting verb ("… what she'd been called. "…" in a queue").
 */
function isReported(text: string, open: number, close: number): boolean {
  const [from, to] = sentenceAround(text, open, close + 1);
  if (REPORTING.test(text.slice(from, open)) || REPORTING.test(text.slice(close + 1, to))) return true;
  return from > 0 && /^\s*$/.test(text.slice(from, open)) && REPORTED_BEFORE.test(text.slice(Math.max(0, from - 40), from));
}
const REPORTED_BEFORE = new RegExp(`(?:${REPORTING.source})[\\s.:,;…-]*$`, 'i');
