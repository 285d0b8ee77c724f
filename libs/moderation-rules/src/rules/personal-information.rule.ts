import { T_AT, T_BRACKET, T_DOT_WORD } from '../normalise/normalise';
import type { PersonalInformationRule, RuleAction } from '../types';
import { ACTION, arrayOf, bool, DOMAIN, int, opt } from '../validation/schema';
import { defineRule } from './rule';

/**
 * `personal-information`: street addresses next to a person or with a postcode ("she lives at 4
 * Cedar Close", "22 Marlow Road, Leeds LS6 2AB"), email addresses (plain, "name [at] example [dot] com", "name at example
 * dot com") and phone numbers (9–15 digits, optionally "+" / "00" prefixed, grouped with spaces,
 * dashes, dots, slashes or parentheses). Numbers grouped in thousands ("1 000 000 000"), decimals
 * and amounts after a currency sign are not phone numbers, nor are digits in a web address or
 * freephone (helpline) numbers such as 0800 / 1-800, nor an organisation's number named as such
 * ("for bookings call …", "the council's switchboard on …"). Also a British number plate said to be someone's
 * vehicle ("drives the white transit HN66 KLT"), not one in a police appeal or one's own ("my van, reg …, was stolen").
 */

const ADDRESS_MESSAGE = {
  flag: 'Your comment seems to contain where someone lives. A moderator will review it before it is published.',
  reject: 'Your comment was not published because it contains where someone lives. Please do not post personal addresses.',
};

const REGISTRATION_MESSAGE = {
  flag: "Your comment seems to contain a vehicle's registration number. A moderator will review it before it is published.",
  reject: "Your comment was not published because it contains a vehicle's registration number. Please do not post where to find someone.",
};

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
  // "98 102 87 110 95": a list of scores or counts (phone numbers in short groups start with 0: "06 12 34 56 78")
  if (groups.length >= 4 && groups[0][0] !== '0' && !candidate.startsWith('(') && groups.every((g) => g.length <= 3)) return true;
  // "978-0-14-103614-4": an ISBN
  if (groups.join('').length === 13 && /^97[89]/.test(groups[0])) return true;
  // "2015/16 15/16", "2019-20 season": a season or a financial year first
  if (/^(?:1[89]|20)\d\d[/-]\d\d\b/.test(candidate)) return true;
  // "1914 1918 1939": a list of years
  if (groups.length > 1 && groups.every((g) => /^(1[89]|20)\d\d$/.test(g))) return true;
  return false;
}

/** "0800 123 456", "1-800-273-8255", "+44 808 …": a freephone (helpline) number is an organisation's, not a person's. */
function isFreephone(candidate: string): boolean {
  return /^(?:0800|0808|0500|1(?:800|888|877|866|855|844|833)|(?:\+|00)(?:44800|44808|3531800|1800|1888|1877|1866|1855|1844|1833))/.test(candidate.replace(/[-. ()\u00a0]/g, ''));
}

/** Public services: a number or an address next to one of these is the service's, not a person's (phones and addresses both). */
const PUBLIC_SERVICES = 'clinic|surgery|hospital|library|councils?|offices?|station|charity|food ?bank|switchboard|hub|support (?:centre|center|group|service)';
/** Schools, colleges and universities: their numbers and addresses are theirs (phones and addresses both). */
const EDUCATION = 'school|college|university';
/** Businesses and venues: a number or an address next to one of these is theirs too (unless a person is named with it). */
const BUSINESSES = 'pharmacy|shop|store|restaurant|caf[eé]|box office|ticket office';
/** What an organisation does that a number or an address next to it is for (phones and addresses both). */
const ORGANISATION_ACTIVITIES = 'academy|delivering|deliveries|delivery|fish (?:and|&|n) chips|donations?';
/**
 * Trades and bodies that a business or a charity is named after ("Swift Cabs on …", "Dave Hughes Heating is on …",
 * "Fordham Hedgehog Rescue is on …", "Eastfield Legal Aid is at …"): their number or address is theirs, as above.
 */
const TRADES =
  'cabs|taxis?|minicabs?|vets|veterinary|rescue|sanctuary|heating|plumbing|plumbers|electricians|electrical|builders|roofing|removals|solicitors|legal aid|' +
  'stonemasons?|locksmiths?|joiners?|carpenters?|glaziers?|decorators?|roofers?|tilers?|mechanics?|' +
  'citizens advice|opticians|florists?|butchers?|bakery|bakers|bakehouse|deli|pizzeria|takeaway|chippy|fish bar|chip shop|cobblers?|shoe repairs?|key cutting|keys cut|inn|tavern|bistro|brewery|motors|tyres|kennels|cattery|hospice|care home|hardware|ironmongers?|garden centre|' +
  'nursing home|trust|foundation|association|society|club|bookings?|(?<!escort |massage |adult |dating )services|emergency line|out[- ]of[- ]hours(?: line)?';
/**
 * A firm or a body named by a capitalised name and a word too common to count in lower case: "Central Cars", "Feldberg
 * Lettings", "Barr Autos", "Castlebridge Traveller Support", "Diocesan Education Service" ("my cars", "IT support" are not one). Trades that count in any case ("Motors", "Hardware", "Garage") are in
 * ORGANISATION_BEFORE.
 */
const NAMED_FIRM = /\b[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,2} (?:Cars|Lettings|Autos|Estates|Couriers|Coaches|Bakers|Chemists|Dental|Barbers|Stores|Supplies|Glass|Glazing|Windows|Joinery|Carpets|Flooring|Landscapes|Landscaping|Scaffolding|Skips|Photography|Catering|Cleaning|Florists|Support|Advice|Outreach|Service|Services|Trust|Project|Network|Foundation|Association|Society|Partnership|Control|Removals|Roofing|Plumbing|Heating|Drainage|Haven|Rescue|Sanctuary)\b/;
/**
 * The mailbox of a role, not of a person (RFC 2142 and its kin): "info@", "bookings@", "news@", "lostproperty@", "letters@".
 */
const ROLE_MAILBOX =
  /^(?:fixtures|results|info|information|enquiries|enquiry|inquiries|hello|contact|contactus|office|admin|sales|support|help|helpdesk|news|newsdesk|letters|editor|editorial|press|media|reception|events|bookings?|reservations|lostproperty|lost\.property|customerservices?|customer\.service|service|services|accounts|jobs|careers|recruitment|volunteers?|team|general|feedback|complaints|membership|secretary|tickets|boxoffice|box\.office|shop|orders|studio|webmaster|postmaster|abuse|noc|security|marketing|comments|tips|newsroom)(?:[._-](?:desk|team|office|dept|line|uk|us|eu|[0-9]+))?$/i;
/** A building named like "Broadcasting House" or "Elmfield House": a place, not somebody's house. */
const NAMED_BUILDING = /\b[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,3} House\b/g;
/**
 * "For bookings call 020 7946 0018", "the box office on …", "ring the council's switchboard", "the MP's office on …":
 * the number of an organisation named just before it, and no person ("his", "her private
 * number", "my mum's mobile") in the same stretch.
 */
const ORGANISATION_BEFORE = new RegExp(
  `\\b(?:${PUBLIC_SERVICES}|${BUSINESSES}|${TRADES}|chemist|dentist|practice|book|centre|center|enquiries|inquiries|reception|help ?line|hot ?line|(?:reader|readers|complaints|news|info|aid|information|access|ticket|tickets|booking|bookings|membership|volunteer|volunteering|recruitment|recruiting|careers|jobs|feedback|patient feedback) ?line|flyers?|leaflets?|posters?|signs?|notice ?boards?|website|(?:town|village|church|parish|community|scout|memorial|civic|sports) hall|drop[- ]in|customer (?:service|services|care|support)|(?:assistance|advice|support|crisis|tip|tips|victim|victims|crime) ?line|press office|news ?desk|non[- ]emergency|police|garda[ií]?|crimestoppers|shelter|refuge|information|appeal|hours|open|lost|missing|reward|deliver|${ORGANISATION_ACTIVITIES}|group|transport|prescriptions?|free (?:christmas )?(?:dinners?|lunch(?:es)?|meals?|breakfasts?)|['’]s line|fire service|fire brigade|fire and rescue|hire|firm|company|business|dealer|showroom|supplier|stock|high (?:street|st)|salon|barber|garage|menu|${EDUCATION}|stables|dept|department|selling|sells|for sale|closing|collects?|collections?|volunteer(?:s|ing)?|(?:community |soup )?kitchen|ring ahead|(?:industrial|trading) estate|(?:business|retail) park|same number|repairs|team|pantry|food ?bank|(?:facebook|fb|instagram|insta) page|liaison|gym|classes|branch)\\b`,
  'i',
);
/** Words that make the number a person's even next to an organisation (not "their": a pharmacy's "their number is …"). */
const PERSON_BEFORE = /\b(?:mrs?|ms|miss|me|him|her|his|he|she|my|mum|mom|dad|wife|husband|son|daughter|personal|private|home(?! safety| visits?| floods?| flooding| insurance)|mobile|cell|direct)\b/i;
/** A reference number's cue right before the digits: "quoting ref 14/99872/24", "crime number 1234567", "case no. 88123". */
const REFERENCE_BEFORE = /\b(?:ref|reference|crime (?:ref|reference|number|no)|case (?:ref|number|no)|incident (?:number|no)|log (?:number|no)|quoting|quote)\.?\s*[:#]?\s*$/i;
/** Someone's organisation, not them: "her constituency office is on Kirkgate, 01422 …", "his shop on …". */
const POSSESSED_ORGANISATION = new RegExp(`\\b(?:his|her|their|my)\\s+(?:chosen\\s+|favourite\\s+|local\\s+|usual\\s+|mp'?s\\s+|councillor'?s\\s+)?(?:constituency(?:\\s+office)?|ward\\s+office|${BUSINESSES}|${PUBLIC_SERVICES})\\b(?!\\s+(?:number|mobile|phone))`, 'gi');
/** A shop named after its owner: "Mr Fairweather's Hardware", "Mrs Patel's Kitchen" (a capitalised word after the 's). */
const OWNER_NAMED_SHOP = /\b(?:M[Rr][Ss]?|M[Ss]|Miss|D[Rr])\.?\s+[A-Z][a-z'’-]+['’]s\s+[A-Z][a-z]+/g;
/**
 * Someone who names an organisation, was helped by it or is nominated through it, not its owner: "the Roma support charity she
 * mentions runs drop ins at …, phone …", "The Northern Traveller Education Trust, who helped her get a library card, are on …",
 * "if you want to nominate her for a staff award the Trust's patient experience team are on …".
 */
const MENTIONED_BY = /\b(?:(?:he|she)\s+(?:mentions|mentioned|means|meant|talks about|talked about|recommends|recommended)|who\s+(?:helped|helps|supported|supports|taught|teaches|housed|fed|trained|coached|mentored|sponsored)\s+(?:her|him|them)|(?:nominate|thank|congratulate|support)\s+(?:her|him|them)\s+for)\b/gi;
/** A collection or a race in someone's name or memory: not them ("doing a collection on Saturday in his name, details on …"). */
const IN_MEMORY = /\bin\s+(?:his|her|their)\s+(?:name|memory|honou?r)\b/gi;
/** Said to be someone's own number right after it: "07700 900418 is her mobile", "… was his private number". */
const PERSON_AFTER = /^[\s,.;:()-]{0,3}(?:is|was|=)\s*(?:his|her|my)\s+(?:own\s+)?(?:personal\s+|private\s+)?(?:mobile|cell|phone|number|landline|home number|whatsapp)\b/i;
/**
 * What a business's or a service's number is for, right after it: "call 01632 960321 to book a slot", "… for details"; or
 * its staff on the phone: "rang them on … and the lady was dead helpful".
 */
const ORGANISATION_AFTER =
  /^[\s,.;:)]{0,3}(?:to book|to make an? (?:booking|appointment|reservation)|for (?:bookings|appointments|reservations|details|more (?:details|information|info)|enquiries|inquiries|tickets|opening (?:hours|times))|to order|to reserve|option \d|if interested|if you (?:need|want|would like|d like|fancy|are interested|re interested|have any|can help|can volunteer|can donate|can spare)|if anyone (?:needs|wants)|if any (?:relatives|families|residents|parents|members|readers|volunteers|of you) (?:want|need|wish|would like)|for the (?:club|charity|foundation|trust|team|office|society|appeal)|to volunteer|to donate|(?:and )?(?:is )?open (?:till|until|til|from|daily|24|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)|(?:and )?they (?:said|say) (?:[a-z]+ ){0,4}(?:open|opens) (?:at )?\d{1,2}(?:[:.]\d\d)?(?: ?[ap]m)?|(?:and )?the (?:lady|man|woman|bloke|staff|guy|girl|chap|fella|lad|volunteers?|person) (?:on the phone |there )?(?:was|were) (?:\w+ )?(?:helpful|lovely|friendly|polite|brilliant|great|kind|fab|fantastic))\b/i;
/** Pets found or missing: "Anyone seen a ginger tom", "we have your dog", "anyone know whose the black lab". */
const PETS = 'cat|dog|tom|kitten|puppy|pup|tortoise|parrot|budgie|rabbit|ferret|spaniel|terrier|lab|labrador|collie|greyhound|lurcher|whippet|staffie|husky|cockapoo|moggy';
/** A lost-and-found appeal: the comment starts with "Lost", "Found", "Missing", "Stolen", "Whoever lost", "Whoever left" or "Anyone seen a ginger tom", or (isAppeal) offers a reward. */
const LOST_AND_FOUND = new RegExp(String.raw`^\W{0,3}(?:(?:lost|found(?! (?:the|him|her|them|his|their|out|you|u)\b)|missing|stolen)\b|(?:(?:has |have )?(?:any ?one|any ?body|you) seen (?:a|an|our|my)|(?:we|i)(?:['’]ve| have)? (?:got|have|found) (?:your|a|an)|(?:does )?(?:any ?one|any ?body) knows? (?:whose|who owns|who['’]?s) (?:the|this|a|an)) (?:[a-z]+ ){0,2}(?:${PETS})s?\b|(?:whoever|anyone who|if anyone|has anyone|if you(?:'ve| have)?) (?:lost|found|left|dropped|has lost|has found|has left|is missing|are missing)\b)`, 'i');
const REWARD = /\breward\b/i;
/** UK 03 (national rate) and 084/087 (business rate) numbers, written the UK way ("0345 988 1188"): given to organisations, not to people. */
const UK_NON_GEOGRAPHIC = /^0(?:3[0-7]\d|84[345]|87[01])(?:[ -]\d{3}[ -]\d{4}|\d{7})$/;
/** Said to be a phone number just before it ("tel 512 384 906", "call her on …", "whatsapp: …"): then not taken for a count in thousands. */
const PHONE_CUE_BEFORE = /\b(?:tel|phone|ph|mob|mobile|cell|whatsapp|number|no|call|ring|text)(?: (?:me|him|her|them|us))?(?: on)?[ \u00a0]*[:.#]?[ \u00a0]*$/i;
const isAppeal = (text: string): boolean => LOST_AND_FOUND.test(text) || REWARD.test(text);
/**
 * A lost-and-found appeal's, a business's or a service's number: an organisation named before it, what it is for
 * after it, or an appeal, with no person before it (nor after it, for what it is for: "… if you want to tell him").
 */
function isOrganisationNumber(text: string, start: number, end: number): boolean {
  // a lost-and-found appeal may say "him" of the dog: no person to look for
  if (LOST_AND_FOUND.test(text)) return true;
  let from = Math.max(0, start - 150);
  // from a word's start: the end of a cut word is no word ("Nether Stowley" is not "her")
  while (from > 0 && from < start && isLetterOrDigit(text.charCodeAt(from - 1))) from++;
  // another phone-like number (six digits or more) ends the context; short ones ("open 9 to 4", "at 7 Ogui Road") do not
  for (let k = start - 1; k >= from; k--) {
    if (!isDigit(text.charCodeAt(k))) continue;
    let digits = 0;
    let j = k;
    while (j >= from && (isDigit(text.charCodeAt(j)) || PHONE_SEPARATORS.includes(text[j]))) {
      if (isDigit(text.charCodeAt(j))) digits++;
      j--;
    }
    if (digits >= 6) {
      from = k + 1;
      break;
    }
    k = j + 1;
  }
  const before = text.slice(from, start);
  // a person named in the number's own sentence makes it theirs ("… He's safe with me. Ring the vet surgery on …" does not)
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n'));
  const sentence = (sentenceStart < 0 ? before : before.slice(sentenceStart + 1))
    .replace(POSSESSED_ORGANISATION, 'organisation')
    .replace(IN_MEMORY, 'in memory')
    .replace(OWNER_NAMED_SHOP, 'organisation')
    .replace(MENTIONED_BY, 'mentioned');
  // a firm named right after it, by the one who answers it: "give me a ring on …, Dave Rowntree Roofing" (not "her mobile is … and she works
  // reception at Hollins Dental")
  if (NAMED_FIRM.test(text.slice(end, end + 60)) && !PERSON_BEFORE.test(sentence.replace(/\bme\b/gi, '')) && !PERSON_AFTER.test(text.slice(end, end + 40))) return true;
  if (PERSON_BEFORE.test(sentence)) return false;
  if (PERSON_AFTER.test(text.slice(end, end + 40))) return false;
  if (ORGANISATION_BEFORE.test(before) || NAMED_FIRM.test(before) || REWARD.test(text)) return true;
  // a UK national-rate or business-rate number ("Floodline is 0345 988 1188"): organisations' (a person's only as above)
  if (UK_NON_GEOGRAPHIC.test(text.slice(start, end))) return true;
  const after = text.slice(end, end + 40);
  return ORGANISATION_AFTER.test(after) && !PERSON_BEFORE.test(after);
}

/** True when the digits at `start` are part of a web address ("…/articles/s41586-026-01234-5", "?id=…"). */
function isInsideLink(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && text.charCodeAt(k) > 32) {
    const ch = text[k];
    if (ch === '/' || ch === '=' || ch === '?' || ch === '#' || ch === '&') return true;
    k--;
  }
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
        // at most two separators in a row, or a spaced one ("0 7 7 0 0 - 9 0 0")
        if (++separatorRun > 2 && !(separatorRun === 3 && text[j] === ' ' && text[j - 2] === ' ' && text[j - 1] !== ' ')) break;
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
    if (isInsideLink(text, start) || isFreephone(candidate) || isOrganisationNumber(text, start, end)) continue;
    const before = text.slice(Math.max(0, start - 2), start);
    if ([...before].some((ch) => CURRENCY.includes(ch))) continue;
    // a police or council reference ("Call 101 quoting ref 14/99872/24")
    if (REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    const international = candidate.startsWith('+') || candidate.startsWith('00');
    if (!international && isNotAPhoneNumber(candidate) && !PHONE_CUE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    found.push({ start, end, value: candidate });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Street addresses
// ---------------------------------------------------------------------------------------------

const STREET_SUFFIX =
  'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Crescent|Cres|Court|Ct|Way|Place|Pl|Boulevard|Blvd|Terrace|Tce|Grove|Gardens|Gdns|Square|Sq|Parade|Mews|Row|Hill|Walk|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Trail|Green|Rise|Vale|View|Wharf|Quay|Kingsway|Cottages|Villas|Park';
const STREET_PREFIX = 'Rue|Avenue|Av|Calle|Via|Viale|Avenida|Boulevard|Bd|Chemin|Plaza|Piazza|Rua|Carrer|Corso|Ffordd|Heol|Stryd|Lôn|Lon|Rhodfa|Cilgant';
const CONTINENTAL_SUFFIX = 'stra(?:ß|ss)e|str|weg|gasse|platz|allee|ring|damm|laan|straat|gracht|gatan|vägen|vej|veien|katu|utca|ulica';
const WORD = "(?:[A-Z][A-Za-z'’.-]{0,30}|\\d{1,3}(?:st|nd|rd|th))"; // "West 4th Street"
/** "14 Elm Road", "1187 Oakwood Drive", "221B Baker Street", "27 Kingsway" */
const ADDRESS_NUMBER_FIRST = new RegExp(`\\b\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,4})?,?[ \\u00a0](?:${WORD}[ \\u00a0]){0,3}(?:${STREET_SUFFIX})\\b\\.?`, 'g');
/** "8 Rue de la Paix", "12 Calle Mayor" */
const ADDRESS_PREFIXED = new RegExp(
  `\\b\\d{1,5}[A-Za-z]?,?[ \\u00a0](?:${STREET_PREFIX})(?:[ \\u00a0](?:de|del|della|di|la|le|les|du|des|da|do|dos|das|von|van)){0,2}(?:[ \\u00a0]${WORD}){1,3}`,
  'g',
);
/** "Hauptstraße 12", "Calle Mayor 5", "Via Roma 10" */
const ADDRESS_NUMBER_LAST = new RegExp(
  `\\b(?:[A-Z][a-zäöüß]{1,30}(?:${CONTINENTAL_SUFFIX})|(?:${STREET_PREFIX})(?:[ \\u00a0][a-z]{1,4}){0,2}[ \\u00a0]${WORD})[ \\u00a0]\\d{1,4}[a-z]?\\b`,
  'g',
);
/**
 * Typed in lower case, as informal comments are ("14 ashgrove rd, stockport"): one or two lower-case
 * words before a street word that is hardly anything else, and never a word that makes the number a
 * quantity ("a 5 minute road trip", "3 lane road", "2 very long streets"). Only next to a person.
 */
const LOWER_SUFFIX = 'street|road|rd|avenue|ave|lane|crescent|terrace|grove|gardens|gdns|mews|boulevard|blvd|wharf|quay';
const NOT_A_STREET_NAME =
  'the|a|an|of|in|on|at|to|and|or|for|from|by|my|your|his|her|our|their|this|that|these|those|every|each|per|more|less|than|very|really|so|too|quite|' +
  'bed|beds|bedroom|bedrooms|bedroomed|storey|story|double|end|mid|victorian|edwardian|georgian|period|' +
  'mile|miles|minute|minutes|min|mins|hour|hours|hr|hrs|day|days|week|weeks|year|years|km|kms|yard|yards|metre|metres|meter|meters|lane|lanes|' +
  'car|cars|new|old|long|short|main|ring|side|back|toll|dirt|gravel|private|public|busy|quiet|country|high|open|slip|access|service|link|bypass';
const LOWER_WORD = `(?!(?:${NOT_A_STREET_NAME})\\b)[a-z][a-z'’-]{2,30}`;
const ADDRESS_LOWER = new RegExp(`\\b\\d{1,5}[a-z]?,? ${LOWER_WORD}(?: ${LOWER_WORD})? (?:${LOWER_SUFFIX})\\b`, 'g');
/**
 * Literal prefilters: each address pattern is only run on texts with the street word it needs,
 * spelt as it needs it (the patterns are case-sensitive): a suffix ("Road") for the first, a
 * prefix ("Rue") for the second, a prefix or a capitalised word ending in a continental suffix
 * and followed by a number ("Hauptstraße 12") for the third. Most texts with a digit ("£45",
 * "in 2019") name no street at all, and these fail fast at every lower-case letter.
 */
const HAS_STREET_SUFFIX = new RegExp(`\\b(?:${STREET_SUFFIX})\\b`);
const HAS_LOWER_SUFFIX = new RegExp(`\\d[a-z]?,? [a-z][a-z' ’-]{2,62} (?:${LOWER_SUFFIX})\\b`);
const HAS_STREET_PREFIX = new RegExp(`\\b(?:${STREET_PREFIX})\\b`);
const MAY_HAVE_NUMBER_LAST = new RegExp(`[A-Z][a-zäöüß]{1,30}(?:${CONTINENTAL_SUFFIX})[ \\u00a0]\\d|\\b(?:${STREET_PREFIX})\\b`);
/** UK postcodes ("BS6 7QT"), US "IL 62704", Canadian "M5V 2T6", EU "D-10115" / "75008 Paris". */
const POSTCODE = /\b(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]{2} \d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b/g;
const HAS_DIGIT = /\d/;
/** Words near an address that tie it to a person rather than a shop or a landmark. */
const PERSON_CONTEXT =
  /\b(?:lives?|living|resides?|residing|home|(?<!companies\s)house|address|flat|apartment|he|she|his|her|him|they|their|them|family|neighbou?rs?|kids|children|wife|husband|(?<=\w['’]s\s)(?:dad|mum|mam|mother|father|son|daughter|brother|sister|parents)|door|visit|find|woman|man|lady|bloke|guy|girl|boy|mrs?|miss|named|married|you're|youre|dr|prof|professor|reporter|journalist|editor|councillor|judge|teacher|works|ump|umpire|referee|ref|coach|juror|witness|cop|officer|nurse|landlord|tenant)\b/i;
/** Anywhere in the comment: readers sent round to the address ("pop round and give her a piece of your mind"). */
const SEND_ROUND = /\b(?:found\s+(?:him|her|them)\b|feel\s+free\s+to\s+(?:ring|call|visit|pop)|pass\s+it\s+on|spread\s+(?:it|this)|share\s+(?:it|this)|(?:pop|go|come|call|head|get|swing)\s+round|(?:go|pop|drop)\s+(?:in\s+|round\s+|by\s+)?(?:and\s+)?say\s+(?:hi|hello)|give\s+(?:him|her|them)\s+a\s+piece\s+of|pay\s+(?:him|her|them)\s+a\s+(?:little\s+)?visit|knock\s+on\s+(?:his|her|their)\s+door|(?:you|u|ya|y'?all|you\s+all|you\s+lot)\s+know\s+what\s+to\s+do|make\s+sure\s+(?:he|she|they)\s+knows?|have\s+at\s+(?:it|him|her|them)|go\s+get\s+(?:him|her|them|em))\b/i;

export interface AddressSpan extends FoundSpan {
  /** A postcode or ZIP code follows (a full postal address). */
  postal: boolean;
  /** A street address (false for a bare postcode). */
  street: boolean;
}

/**
 * Street addresses ("14 Elm Road", "8 Rue de la Paix", "Hauptstraße 12"), with a postcode if one
 * follows within the next 40 characters, and bare postcodes.
 */
export function findStreetAddresses(text: string): AddressSpan[] {
  const found: AddressSpan[] = [];
  // every address and postcode pattern needs a digit: most comments have none
  if (!HAS_DIGIT.test(text)) return found;
  // cheap literal tests first: most texts name no street at all
  const streets: RegExp[] = [];
  if (HAS_STREET_SUFFIX.test(text)) streets.push(ADDRESS_NUMBER_FIRST);
  if (MAY_HAVE_NUMBER_LAST.test(text)) {
    // a street prefix passes this test too
    if (HAS_STREET_PREFIX.test(text)) streets.push(ADDRESS_PREFIXED);
    streets.push(ADDRESS_NUMBER_LAST);
  }
  if (HAS_LOWER_SUFFIX.test(text)) streets.push(ADDRESS_LOWER);
  for (const re of streets) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      let end = start + m[0].replace(/[.,'’-]+$/, '').length; // not the full stop after "Rue de la Paix."
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const after = text.slice(end, end + 40);
      POSTCODE.lastIndex = 0;
      const pc = POSTCODE.exec(after);
      const postal = pc !== null;
      if (pc) end += pc.index + pc[0].length;
      found.push({ start, end, value: text.slice(start, end), postal, street: true });
    }
  }
  for (const m of text.matchAll(POSTCODE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    found.push({ start, end, value: m[0], postal: true, street: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A British registration plate in the current format: two letters, two digits, three letters ("HN66 KLT", "SN68DLU"). */
const UK_PLATE = /\b[A-Z]{2}\d{2} ?[A-Z]{3}\b/g;
/** What says the letters are a vehicle's, in the plate's sentence: "drives the white transit …", "a silver Corsa outside …". */
const VEHICLE_CONTEXT =
  /\b(?:drives?|driving|drove|car|cars|van|vans|transit|motor|reg|registration|plates?|number ?plate|parked|parks|hatchback|pickup|pick-up|truck|lorry|suv|4x4|taxi|cab|motorbike|scooter|golf|corsa|fiesta|astra|focus|polo|qashqai|berlingo|clio|juke|micra|yaris|mini|bmw|audi|merc|mercedes|ford|vauxhall|volvo|tesla|range rover|land rover|kia|nissan|toyota|honda|peugeot|citroen|renault|skoda|fiat|hyundai|volkswagen|vw)\b/i;
/** A plate given to find a vehicle, not a person: a police appeal, a theft, a crash; or one's own ("my van"). */
const VEHICLE_APPEAL =
  /\b(?:police|officers?|appeal|appealing|witness|witnesses|dash ?cam|stolen|nicked|crimestoppers|hit and run|failed to stop|drove off|anpr|dvla|(?:my|our)(?: \w+)? (?:car|van|motor|bike|truck|transit|golf|corsa|fiesta|astra|polo))\b/i;

/** Number plates said to be someone's vehicle: a plate with a vehicle in its sentence, in a comment that is no appeal. */
export function findVehicleRegistrations(text: string): FoundSpan[] {
  const found: FoundSpan[] = [];
  let appeal: boolean | undefined; // read from the whole comment, once a plate with a vehicle is found
  for (const m of text.matchAll(UK_PLATE)) {
    const span = { start: m.index, end: m.index + m[0].length, value: m[0] };
    const [before, after] = sentenceAround(text, span);
    if (!VEHICLE_CONTEXT.test(before) && !VEHICLE_CONTEXT.test(after)) continue;
    if ((appeal ??= VEHICLE_APPEAL.test(text))) return [];
    found.push(span);
  }
  return found;
}

/** The text of the sentence before and after [start, end). */
function sentenceAround(text: string, span: FoundSpan): [string, string] {
  let from = span.start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--;
  let to = span.end;
  while (to < text.length && !/[!?\n]/.test(text[to]) && !(text[to] === '.' && /\s/.test(text[to + 1] ?? ' '))) to++;
  return [text.slice(from, span.start), text.slice(span.end, to)];
}

/**
 * An organisation's address ("the clinic on 22 Bridge Street … their booking line"), unless the sentence says someone
 * lives there: `before` and `after` are the address's sentence on either side of it (sentenceAround).
 */
function isOrganisationAddress(sentenceBefore: string, sentenceAfter: string): boolean {
  const before = sentenceBefore.replace(NAMED_BUILDING, 'named building').replace(CAPITALISED_RESIDENCE_WORD, 'Named');
  const after = sentenceAfter.replace(NAMED_BUILDING, 'named building').replace(CAPITALISED_RESIDENCE_WORD, 'Named');
  // a person's name right before it ("the rescue woman: Priya Nandra, 41 Orchard Way"), not a firm's ("Dave Hughes Heating, …")
  // or a street's ("Eastmoor Town Hall, Market Street, EM1 2AB")
  const name = NAME_JUST_BEFORE.exec(before);
  // ("Danny's Cuppa, 22 Havelock Square": a name with "'s" is a business's)
  if (name && !ORGANISATION_CONTEXT.test(name[1]) && !STREET_WORD.test(name[1]) && !STREET_PREFIX_WORD.test(name[0]) && !/['’]s\b/.test(name[0])) return false;
  return (ORGANISATION_CONTEXT.test(before) || ORGANISATION_CONTEXT.test(after)) && !RESIDENCE_CONTEXT.test(before) && !RESIDENCE_CONTEXT.test(after) && !PERSON_NAMED.test(before);
}

/** A question that names no one: "does anyone know who lives at …". */
const WHO_LIVES_THERE = /\b(?:anyone|anybody|you)\s+know\s+who\s+(?:lives|owns)\s+(?:at\s+)?$/i;

/** Thanks to a helper named by their street, right before the address: "thanks to the couple at", "thank you to the lady from". */
const THANKED_FROM = /\bthank(?:s|\s+(?:you|u))?\s+(?:so\s+much\s+|very\s+much\s+)?to\s+(?:the|a|that)\s+(?:[a-z]+\s+){0,2}(?:lady|man|gentleman|couple|family|woman|bloke|lad|girl|boy|people|neighbours?|residents?|folks?)\s+(?:from|at|of|in)\s+$/i;

/** Thanks to the people at the address for their help: "you helped us when we broke down". */
const HELPED_BY = /\byou\s+(?:helped|saved|rescued|looked\s+after|took\s+care\s+of|stopped\s+to\s+help)\s+(?:us|me|my|our)\b/i;
/**
 * Post for a neighbour delivered to the writer: "Your Ocado delivery came to us", "your parcel was left at ours",
 * "delivered to mine by mistake", "your Amazon parcel is with me"; or the writer's taken in next door by mistake: "Anyone
 * who took a parcel for number 23 Orchard Rise by mistake".
 */
const MISDELIVERED =
  /\b(?:delivery|parcel|post|mail|letters?|package|shopping)\s+(?:came|come|was\s+delivered|got\s+delivered|arrived|turned\s+up|was\s+left|got\s+left)\s+(?:to|at|with)\s+(?:us|ours|mine|our\s+(?:house|place|door))\b|\b(?:delivered|came|left|dropped(?:\s+off)?)\s+(?:to|at|with)\s+(?:us|ours|mine|me|our\s+(?:house|place|door))\s+by\s+mistake\b|\b(?:delivery|parcel|post|mail|letters?|package)\s+(?:is|are|s)\s+(?:with\s+(?:me|us)|at\s+(?:mine|ours))\b|\b(?:parcel|package|delivery|letters?)\s+(?:for|meant\s+for|addressed\s+to)\s+(?:number|no\.?)\s*\d+[a-z]?\b[^.!?]{0,80}\bby\s+mistake\b/i;

/**
 * Kindness to whoever lives there, not readers sent after them: thanks to a helper known by their street ("Thank u to the
 * lady from 19 Redmayne Close who sat with my son", "you helped us when we broke down"), post that came to the wrong door.
 */
function isKindlyMeant(text: string, before: string): boolean {
  return THANKED_FROM.test(before) || HELPED_BY.test(text) || MISDELIVERED.test(text) || (GIVEAWAY.test(text) && (FREE.test(text) || SIGN.test(text)));
}

/** Things given away at the address: "a box of free kittens toys on their wall, help yourselves". */
const GIVEAWAY = /\b(?:help\s+yoursel(?:f|ves)|(?:free\s+)?to\s+a\s+good\s+home|up\s+for\s+grabs|free\s+to\s+(?:collect|take|anyone)|first\s+come,?\s+first\s+served)\b/i;
const FREE = /\bfree\b/i;
const SIGN = /["“']help\s+yoursel(?:f|ves)["”'”]?\s+sign\b/i;

/** The writer's own address, given by them: "I'm at 4 Rectory Lane, door's always open", "my house is 12 Oakley Gardens". */
const OWN_ADDRESS = /(?:^|[^a-z'’])(?:i['’]?m|i\s+am|i\s+live|we['’]re|we\s+are|we\s+live|my\s+(?:house|address)\s+is|our\s+(?:house|address)\s+is|(?:ours|mine)\s+is\s+the\s+(?:[a-z]+\s+){0,2}(?:at|on))\s+(?:at|in|on)?\s*$/i;
/** "who used to live at", "who lived at": a former address when UNTIL follows it ("… until 1962", "… in the 1970s"). */
const USED_TO_LIVE = /\bused\s+to\s+live\s+(?:at|on|in)\s+$/i;
const LIVED_AT = /\blived\s+(?:at|on|in)\s+$/i;
const UNTIL = /^[\s,]*(?:until|till|til|in\s+the\s+(?:19|20)\d0s|in\s+(?:19|20)\d\d|back\s+in)\b/i;
/** The writer's own old home: "the old house where I grew up". */
const GREW_UP = /\b(?:where\s+i\s+grew\s+up|i\s+grew\s+up\s+(?:in|at|on)|my\s+(?:old|childhood)\s+(?:house|home))\b/i;

/** Where someone used to live or the writer grew up ("Looking for Lewis who used to live at 6 Dale View"). */
function isFormerHome(before: string, after: string): boolean {
  return USED_TO_LIVE.test(before) || (LIVED_AT.test(before) && UNTIL.test(after)) || GREW_UP.test(before + after);
}

/** The sentence around [start, end) mentions a person ("he lives at …", "her house"). */
function inPersonContext(text: string, span: AddressSpan): boolean {
  const [before, after] = sentenceAround(text, span);
  if (isOrganisationAddress(before, after)) return false;
  // where a pet or a thing was lost or seen, in a lost-and-found appeal ("Lost ginger cat near 48 Elm Grove")
  if (isAppeal(text) && NEAR_BEFORE.test(before) && !RESIDENCE_CONTEXT.test(before) && !RESIDENCE_CONTEXT.test(after)) return false;
  if (isKindlyMeant(text, before) || isFormerHome(before, after) || OWN_ADDRESS.test(before)) return false;
  // asking who lives there names no one: "Does anyone know who lives at 7 Orchard Way? They've left their car lights on"
  const asked = before.replace(WHO_LIVES_THERE, '');
  return PERSON_CONTEXT.test(asked) || PERSON_CONTEXT.test(after) || SEND_ROUND.test(text);
}

/**
 * Places open to the public, and the street furniture a defect is reported by (a crumbling kerb, a pothole): an address
 * next to one of these is where to find the place, not where someone lives.
 */
const ORGANISATION_CONTEXT = new RegExp(
  `\\b(?:${PUBLIC_SERVICES}|${BUSINESSES}|${TRADES}|named building|surgeries|practice|service|open training|training session|${ORGANISATION_ACTIVITIES}|open (?:till|until|til)|parking|car park|open day|visiting hours|museum|gallery|branch|pub|hotel|theatre|theater|cinema|church|mosque|masjid|gurdwara|mandir|synagogue|temple|pantry|${EDUCATION}|centre|center|hall|opening hours|open from|helpline|stadium|ground|arena|venue|parliament|house of commons|constituency|company|companies house|registered office|head office|headquarters|hq|open (?:on|from|daily|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|mon|tues?|weds?|thurs?|fri|sat|sun)|free entry|entry is free|admission|book signing|reading|gig|recital|matinee|drop[- ]off|club ?house|tickets?|trail|procession|parkrun|fun run|halloween|bonfire|lantern parade|fireworks display|open (?:evening|day|night|morning|afternoon|house)s?|open \\d|union|fete|fête|jumble sale|car boot|coffee morning|(?:plant|cake|bake|yard|garage|book) sale|air ambulance|kerb|pavement|pothole|potholes|street ?light|lamp ?post|drain|drains|road ?works|gas works|bus stop|junction|speed bump|drop[- ]in|vigil|hustings|exhibition|concert|screening|workshop|ceremony|(?:community|soup) kitchens?|suite|suites|ballroom|pavilion|chapel|crematorium|regist(?:er|ry) office|festival|haven|rescue|sanctuary|rooms|ltd|plc|inc)\\b`,
  'i',
);
/** A person the address is given for, right before it: "the landlord housing them is Gareth Mowbray, 2 Saxon Rise …", "his address is". */
const PERSON_NAMED = /\b(?:his|her|their)\s+(?:home\s+|house\s+)?address\b|\b(?:he|she)\s+(?:is|s)\b/i;
/** A name of two or three capitalised words ending just before the address ("Priya Nandra, "): its last word is in group 1. */
const NAME_JUST_BEFORE = /\b[A-Z][a-z'’-]+ (?:[A-Z][a-z'’-]* )?([A-Z][a-z'’-]+),?\s*$/;
/** A street's last word ("Market Street"): a name ending in it is a street's, not a person's. */
const STREET_WORD = new RegExp(`^(?:${STREET_SUFFIX})$`);
/** A street's first word ("Heol Feddyg", "Rue Cler"): a name starting with it is a street's too. */
const STREET_PREFIX_WORD = new RegExp(`^(?:${STREET_PREFIX}) `);
const BUSINESS_ADDRESS = /\b(?:business|industrial|trading|retail|science|technology|enterprise)\s+(?:park|estate|centre|center)\b/i;
const NEAR_BEFORE = /\b(?:near|by|outside|around|behind|opposite|off|at the (?:end|top|bottom) of|(?:in|on|under) (?:the|a) (?:front |back )?(?:garden|drive|driveway|doorstep|porch|shed|hedge|wall|bins?) of)(?:\s+(?:no\.?|number))?\s*$/i;
/** A residence word capitalised after another word is part of a name ("The Living Waters hall", "Home Bargains"), not where someone lives. */
const CAPITALISED_RESIDENCE_WORD = /(?<=\w[ ,]+)(?:Living|Lives|Home|Stays?)\b/g;
/** Words that say someone lives at the address. */
const RESIDENCE_CONTEXT = /\b(?:(?<!\bwill\s+to\s)lives?|living|resides?|residing|(?<!\bthe\s)(?<!care\s)(?<!nursing\s)(?<!\bstuck\s+at\s)home(?!\s+(?:ground|games?|match(?:es)?|fixtures?|crowd|side|team|kit|end|win|defeat|office|secretary))|(?<!companies\s)house(?!\s+of\b)|stays?)\b/i;

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
    addresses: opt(bool),
    addressAction: opt(ACTION),
    registrations: opt(bool),
    registrationAction: opt(ACTION),
  },
  compile(def) {
    const emails = def.emails ?? true;
    const phones = def.phones ?? true;
    const emailAction: RuleAction = def.emailAction ?? def.action ?? 'flag';
    const phoneAction: RuleAction = def.phoneAction ?? def.action ?? 'flag';
    const allowDomains = (def.allowEmailDomains ?? []).map((d) => d.toLowerCase());
    const minDigits = def.minPhoneDigits ?? 9;
    const addresses = def.addresses ?? true;
    const addressAction: RuleAction = def.addressAction ?? def.action ?? 'flag';
    const registrations = def.registrations ?? true;
    const registrationAction: RuleAction = def.registrationAction ?? def.action ?? 'flag';
    return (rt, emit) => {
      const text = rt.text;
      const nt = rt.normalised();
      // The finders below only run their regular expressions past these prefilters (an '@', a
      // bracket or the word "dot"; enough digits): only then is the clock looked at after this rule.
      if ((emails && (nt.features & (T_AT | T_BRACKET | T_DOT_WORD)) !== 0) || ((phones || addresses || registrations) && nt.digits > 0)) rt.noteWork();
      if (emails) {
        for (const e of findEmails(text, nt.features)) {
          const domain = e.value.slice(e.value.indexOf('@') + 1);
          if (allowDomains.some((d) => domain === d || domain.endsWith('.' + d))) continue;
          // a role's mailbox ("info@the-plough.example", "letters@paper.example") is an organisation's, not a person's
          if (ROLE_MAILBOX.test(e.value.slice(0, e.value.indexOf('@')))) continue;
          emit({ action: emailAction, start: e.start, end: e.end });
        }
      }
      if (phones && nt.digits >= minDigits) {
        for (const p of findPhoneNumbers(text, minDigits)) emit({ action: phoneAction, start: p.start, end: p.end });
      }
      if (addresses && nt.digits > 0) {
        for (const a of findStreetAddresses(text)) {
          // A full postal address with a house number, or any address next to a person: not a shop or a landmark.
          // A bare postcode is an area (a council's, a museum's): only next to a person does it say where someone lives.
          // a unit on a business park or an industrial estate is a company's
          if (BUSINESS_ADDRESS.test(a.value) || /\bunit\s*$/i.test(text.slice(Math.max(0, a.start - 8), a.start))) continue;
          const full = a.postal && a.street && /\d/.test(a.value.slice(0, 6));
          // a full postal address too is a place's when its sentence names an organisation and no one living there
          if (full ? isOrganisationAddress(...sentenceAround(text, a)) : !inPersonContext(text, a)) continue;
          emit({ action: addressAction, start: a.start, end: a.end, message: ADDRESS_MESSAGE[addressAction] });
        }
      }
      if (registrations && nt.digits > 0) {
        for (const r of findVehicleRegistrations(text)) emit({ action: registrationAction, start: r.start, end: r.end, message: REGISTRATION_MESSAGE[registrationAction] });
      }
    };
  },
});
