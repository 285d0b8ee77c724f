import { T_AT, T_BRACKET, T_DOT_WORD } from '../normalise/normalise';
import type { PersonalInformationRule, RuleAction } from '../types';
import { ACTION, arrayOf, bool, DOMAIN, int, opt } from '../validation/schema';
import { defineRule } from './rule';

/**
 * `personal-information`: email addresses (plain, "name [at] example [dot] com", "name at example
 * dot com") and phone numbers (9–15 digits, optionally "+" / "00" prefixed, grouped with spaces,
 * dashes, dots, slashes or parentheses). Numbers grouped in thousands ("1 000 000 000"), decimals
 * and amounts after a currency sign are not phone numbers.
 */

export interface FoundSpan {
  start: number;
  end: number;
  value: string;
}

const EMAIL = /[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}/gi;
const EMAIL_BRACKETED =
  /[a-z0-9._%+-]{1,64}\s{0,2}[[({]\s{0,2}at\s{0,2}[\])}]\s{0,2}[a-z0-9-]{1,63}(?:\s{0,2}(?:\.|[[({]\s{0,2}(?:dot|\.)\s{0,2}[\])}])\s{0,2}[a-z0-9-]{1,63}){1,4}/gi;
const EMAIL_SPELLED = /\b[a-z0-9._-]{2,64}\s{1,3}at\s{1,3}[a-z0-9-]{2,63}\s{1,3}dot\s{1,3}(?:com|net|org|info|biz|io|co|uk|de|fr|es|it|nl|eu)\b/gi;

/** `features`: T_* bits from the normaliser (all set = scan everything). */
export function findEmails(text: string, features = T_AT | T_BRACKET | T_DOT_WORD): FoundSpan[] {
  const found: FoundSpan[] = [];
  if (features & T_AT) {
    for (const m of text.matchAll(EMAIL)) {
      const tld = m[0].slice(m[0].lastIndexOf('.') + 1);
      if (!/^[a-z]{2,24}$/i.test(tld)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, value: m[0].toLowerCase() });
    }
  }
  if (features & T_BRACKET && /[[({]\s*at\s*[\])}]/i.test(text)) {
    for (const m of text.matchAll(EMAIL_BRACKETED)) {
      found.push({ start: m.index, end: m.index + m[0].length, value: deobfuscateEmail(m[0]) });
    }
  }
  if (features & T_DOT_WORD && /\sat\s/i.test(text)) {
    for (const m of text.matchAll(EMAIL_SPELLED)) {
      found.push({ start: m.index, end: m.index + m[0].length, value: deobfuscateEmail(m[0]) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function deobfuscateEmail(s: string): string {
  return s
    .toLowerCase()
    .replace(/\s*[[({]?\s*\bat\b\s*[\])}]?\s*/, '@')
    .replace(/\s*[[({]?\s*(?:\bdot\b|\.)\s*[\])}]?\s*/g, '.');
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetterOrDigit = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const PHONE_SEPARATORS = ' -./()\u00a0';
const CURRENCY = '$€£¥₹₽';

/** Digit groups that look like amounts, decimals, dates or lists of years rather than a phone number. */
function isNotAPhoneNumber(candidate: string): boolean {
  const groups = candidate.split(/[^0-9]+/).filter(Boolean);
  // "1 000 000 000" / "1.000.000.000": thousands grouping
  if (groups.length > 1 && groups[0].length <= 3 && groups[0][0] !== '0' && groups.slice(1).every((g) => g.length === 3)) return true;
  // "3.14159265358": a decimal number
  if (/^\d+\.\d+$/.test(candidate)) return true;
  // "12/05/2023 10": a date first
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/.test(candidate) || /^\d{4}[./-]\d{1,2}[./-]\d{1,2}\b/.test(candidate)) return true;
  // "1914 1918 1939": a list of years
  if (groups.length > 1 && groups.every((g) => /^(1[89]|20)\d\d$/.test(g))) return true;
  return false;
}

export function findPhoneNumbers(text: string, minDigits = 9): FoundSpan[] {
  const found: FoundSpan[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const startsHere =
      isDigit(c) || (c === 43 /* + */ && i + 1 < n && isDigit(text.charCodeAt(i + 1))) || (c === 40 /* ( */ && i + 1 < n && isDigit(text.charCodeAt(i + 1)));
    if (!startsHere || (i > 0 && (isLetterOrDigit(text.charCodeAt(i - 1)) || text[i - 1] === ',' || text[i - 1] === '.'))) {
      i++;
      continue;
    }
    // Extend over digits and single separators.
    let j = i + 1;
    let digits = isDigit(c) ? 1 : 0;
    let lastDigit = isDigit(c) ? i : -1;
    let separatorRun = 0;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) {
        digits++;
        lastDigit = j;
        separatorRun = 0;
      } else if (PHONE_SEPARATORS.includes(text[j])) {
        if (++separatorRun > 2) break;
      } else break;
      j++;
      if (digits > 15) break;
    }
    const start = i;
    const end = lastDigit + 1;
    i = Math.max(end, i + 1);
    if (digits < minDigits || digits > 15) continue;
    if (end < n && isLetterOrDigit(text.charCodeAt(end))) continue;
    const candidate = text.slice(start, end);
    const before = text.slice(Math.max(0, start - 2), start);
    if ([...before].some((ch) => CURRENCY.includes(ch))) continue;
    const international = candidate.startsWith('+') || candidate.startsWith('00');
    if (!international && isNotAPhoneNumber(candidate)) continue;
    found.push({ start, end, value: candidate });
  }
  return found;
}

export const personalInformationRule = defineRule<PersonalInformationRule>({
  type: 'personal-information',
  phase: 'content',
  defaultCategory: 'personal-information',
  fields: {
    emails: opt(bool),
    phones: opt(bool),
    action: opt(ACTION),
    emailAction: opt(ACTION),
    phoneAction: opt(ACTION),
    allowEmailDomains: opt(arrayOf(DOMAIN, { max: 1000 })),
    minPhoneDigits: opt(int({ min: 6, max: 15 })),
  },
  compile(def) {
    const emails = def.emails ?? true;
    const phones = def.phones ?? true;
    const emailAction: RuleAction = def.emailAction ?? def.action ?? 'flag';
    const phoneAction: RuleAction = def.phoneAction ?? def.action ?? 'flag';
    const allowDomains = (def.allowEmailDomains ?? []).map((d) => d.toLowerCase());
    const minDigits = def.minPhoneDigits ?? 9;
    return (rt, emit) => {
      const text = rt.text;
      if (emails) {
        for (const e of findEmails(text, rt.normalised().features)) {
          const domain = e.value.slice(e.value.indexOf('@') + 1);
          if (allowDomains.some((d) => domain === d || domain.endsWith('.' + d))) continue;
          emit({ action: emailAction, start: e.start, end: e.end });
        }
      }
      if (phones && rt.normalised().digits >= minDigits) {
        for (const p of findPhoneNumbers(text, minDigits)) emit({ action: phoneAction, start: p.start, end: p.end });
      }
    };
  },
});
