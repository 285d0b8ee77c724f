import http from 'node:http';
import { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

/**
 * A local stand-in of the DSA Transparency Database's API for providers
 * (`POST /api/v1/statements`, the multiple-statements endpoint), for tests. It validates the
 * way the published API does (field names, enumerations, required fields, conditional fields,
 * string length limits, date formats, 1 to 100 statements per request), stores all of a request
 * or none of it, refuses PUIDs it already has (422 with `existing_puids`), and can be told to
 * fail the next N requests. The enumerations are the Database's (app/Models/Statement.php),
 * written out here rather than taken from Parley's code, so a wrong value in Parley shows.
 */

const DECISION_VISIBILITIES = [
  'DECISION_VISIBILITY_CONTENT_REMOVED',
  'DECISION_VISIBILITY_CONTENT_DISABLED',
  'DECISION_VISIBILITY_CONTENT_DEMOTED',
  'DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED',
  'DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED',
  'DECISION_VISIBILITY_CONTENT_LABELLED',
  'DECISION_VISIBILITY_OTHER',
];
const DECISION_MONETARIES = ['DECISION_MONETARY_SUSPENSION', 'DECISION_MONETARY_TERMINATION', 'DECISION_MONETARY_OTHER'];
const DECISION_PROVISIONS = ['DECISION_PROVISION_PARTIAL_SUSPENSION', 'DECISION_PROVISION_TOTAL_SUSPENSION', 'DECISION_PROVISION_PARTIAL_TERMINATION', 'DECISION_PROVISION_TOTAL_TERMINATION'];
const DECISION_ACCOUNTS = ['DECISION_ACCOUNT_SUSPENDED', 'DECISION_ACCOUNT_TERMINATED'];
const ACCOUNT_TYPES = ['ACCOUNT_TYPE_BUSINESS', 'ACCOUNT_TYPE_PRIVATE'];
const DECISION_GROUNDS = ['DECISION_GROUND_ILLEGAL_CONTENT', 'DECISION_GROUND_INCOMPATIBLE_CONTENT'];
const CATEGORIES = [
  'STATEMENT_CATEGORY_ANIMAL_WELFARE',
  'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
  'STATEMENT_CATEGORY_CYBER_VIOLENCE',
  'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN',
  'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS',
  'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
  'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS',
  'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE',
  'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
  'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
  'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
  'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
  'STATEMENT_CATEGORY_SELF_HARM',
  'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
  'STATEMENT_CATEGORY_VIOLENCE',
];
const KEYWORDS = [
  'KEYWORD_ADULT_SEXUAL_MATERIAL', 'KEYWORD_AGE_SPECIFIC_RESTRICTIONS', 'KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS', 'KEYWORD_ANIMAL_HARM',
  'KEYWORD_BIOMETRIC_DATA_BREACH', 'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL', 'KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS', 'KEYWORD_COORDINATED_HARM',
  'KEYWORD_COPYRIGHT_INFRINGEMENT', 'KEYWORD_CYBER_BULLYING_INTIMIDATION', 'KEYWORD_CYBER_HARASSMENT', 'KEYWORD_CYBER_INCITEMENT',
  'KEYWORD_DANGEROUS_TOYS', 'KEYWORD_DATA_FALSIFICATION', 'KEYWORD_DEFAMATION', 'KEYWORD_DESIGN_INFRINGEMENT', 'KEYWORD_DISCRIMINATION',
  'KEYWORD_DISINFORMATION', 'KEYWORD_FOREIGN_INFORMATION_MANIPULATION', 'KEYWORD_GENDER_BASED_VIOLENCE', 'KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT',
  'KEYWORD_GEOGRAPHICAL_REQUIREMENTS', 'KEYWORD_GOODS_SERVICES_NOT_PERMITTED', 'KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS', 'KEYWORD_HATE_SPEECH',
  'KEYWORD_HIDDEN_ADVERTISEMENT', 'KEYWORD_HUMAN_EXPLOITATION', 'KEYWORD_HUMAN_TRAFFICKING', 'KEYWORD_ILLEGAL_ORGANIZATIONS',
  'KEYWORD_IMAGE_BASED_SEXUAL_ABUSE', 'KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING', 'KEYWORD_INAUTHENTIC_ACCOUNTS', 'KEYWORD_INAUTHENTIC_LISTINGS',
  'KEYWORD_INAUTHENTIC_USER_REVIEWS', 'KEYWORD_INCITEMENT_VIOLENCE_HATRED', 'KEYWORD_INSUFFICIENT_INFORMATION_TRADERS', 'KEYWORD_LANGUAGE_REQUIREMENTS',
  'KEYWORD_MISINFORMATION', 'KEYWORD_MISSING_PROCESSING_GROUND', 'KEYWORD_NON_CONSENSUAL_IMAGE_SHARING', 'KEYWORD_NON_CONSENSUAL_ITEMS_DEEPFAKE',
  'KEYWORD_NUDITY', 'KEYWORD_ONLINE_BULLYING_INTIMIDATION', 'KEYWORD_PATENT_INFRINGEMENT', 'KEYWORD_PHISHING', 'KEYWORD_PYRAMID_SCHEMES',
  'KEYWORD_REGULATED_GOODS_SERVICES', 'KEYWORD_RIGHT_TO_BE_FORGOTTEN', 'KEYWORD_RISK_ENVIRONMENTAL_DAMAGE', 'KEYWORD_RISK_PUBLIC_HEALTH',
  'KEYWORD_SELF_MUTILATION', 'KEYWORD_STALKING', 'KEYWORD_SUICIDE', 'KEYWORD_TERRORIST_CONTENT', 'KEYWORD_TRADE_SECRET_INFRINGEMENT',
  'KEYWORD_TRADEMARK_INFRINGEMENT', 'KEYWORD_UNLAWFUL_SALE_ANIMALS', 'KEYWORD_UNSAFE_CHALLENGES', 'KEYWORD_OTHER',
];
const CONTENT_TYPES = ['CONTENT_TYPE_APP', 'CONTENT_TYPE_AUDIO', 'CONTENT_TYPE_IMAGE', 'CONTENT_TYPE_PRODUCT', 'CONTENT_TYPE_SYNTHETIC_MEDIA', 'CONTENT_TYPE_TEXT', 'CONTENT_TYPE_VIDEO', 'CONTENT_TYPE_OTHER'];
const SOURCE_TYPES = ['SOURCE_ARTICLE_16', 'SOURCE_TRUSTED_FLAGGER', 'SOURCE_TYPE_OTHER_NOTIFICATION', 'SOURCE_VOLUNTARY'];
const AUTOMATED_DETECTIONS = ['Yes', 'No'];
const AUTOMATED_DECISIONS = ['AUTOMATED_DECISION_FULLY', 'AUTOMATED_DECISION_PARTIALLY', 'AUTOMATED_DECISION_NOT_AUTOMATED'];
const COUNTRIES = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'];
const LANGUAGES = ['BG', 'CS', 'DA', 'DE', 'EL', 'EN', 'ES', 'ET', 'FI', 'FR', 'GA', 'HR', 'HU', 'IS', 'IT', 'LT', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SK', 'SL', 'SV'];

/** Every field the API knows; anything else is refused. */
const KNOWN_FIELDS = new Set([
  'decision_visibility', 'decision_visibility_other', 'decision_monetary', 'decision_monetary_other', 'decision_provision', 'decision_account',
  'account_type', 'category_specification', 'category_specification_other', 'decision_ground', 'decision_ground_reference_url',
  'illegal_content_legal_ground', 'illegal_content_explanation', 'incompatible_content_ground', 'incompatible_content_explanation',
  'incompatible_content_illegal', 'content_type', 'content_type_other', 'category', 'category_addition', 'territorial_scope', 'content_language',
  'content_date', 'application_date', 'end_date_account_restriction', 'end_date_monetary_restriction', 'end_date_service_restriction',
  'end_date_visibility_restriction', 'decision_facts', 'source_type', 'source_identity', 'automated_detection', 'automated_decision', 'puid', 'content_id',
]);

export type FieldErrors = Record<string, string[]>;

const present = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

function isDay(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Validates one statement as the Database does; returns the errors per field (empty when valid). */
export function validateStatement(s: unknown): FieldErrors {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (!s || typeof s !== 'object' || Array.isArray(s)) return { statement: ['The statement must be an object.'] };
  const st = s as Record<string, unknown>;
  for (const key of Object.keys(st)) if (!KNOWN_FIELDS.has(key)) add(key, `The ${key} field is not a field of a statement of reasons.`);

  const str = (field: string, max: number, required: boolean) => {
    const v = st[field];
    if (!present(v)) {
      if (required) add(field, `The ${field.replace(/_/g, ' ')} field is required.`);
      return;
    }
    if (typeof v !== 'string') return add(field, `The ${field.replace(/_/g, ' ')} field must be a string.`);
    if ([...v].length > max) add(field, `The ${field.replace(/_/g, ' ')} field must not be greater than ${max} characters.`);
  };
  const oneOf = (field: string, allowed: string[], required: boolean) => {
    const v = st[field];
    if (!present(v)) {
      if (required) add(field, `The ${field.replace(/_/g, ' ')} field is required.`);
      return;
    }
    if (typeof v !== 'string' || !allowed.includes(v)) add(field, `The selected ${field.replace(/_/g, ' ')} is invalid.`);
  };
  const manyOf = (field: string, allowed: string[], required: boolean) => {
    const v = st[field];
    if (!present(v)) {
      if (required) add(field, `The ${field.replace(/_/g, ' ')} field is required.`);
      return;
    }
    if (!Array.isArray(v)) return add(field, `The ${field.replace(/_/g, ' ')} field must be an array.`);
    if (v.some((x) => typeof x !== 'string' || !allowed.includes(x))) add(field, `The selected ${field.replace(/_/g, ' ')} is invalid.`);
  };
  const day = (field: string, required: boolean, min: string, max = '2038-01-01') => {
    const v = st[field];
    if (!present(v)) {
      if (required) add(field, `The ${field.replace(/_/g, ' ')} field is required.`);
      return;
    }
    if (!isDay(v)) return add(field, `The ${field.replace(/_/g, ' ')} does not match the format YYYY-MM-DD.`);
    if (v < min) add(field, `The ${field.replace(/_/g, ' ')} must be a date after or equal to ${min}.`);
    if (v > max) add(field, `The ${field.replace(/_/g, ' ')} must be a date before or equal to ${max}.`);
  };

  // At least one kind of restriction.
  if (!['decision_visibility', 'decision_monetary', 'decision_provision', 'decision_account'].some((f) => present(st[f]))) {
    for (const f of ['decision_visibility', 'decision_monetary', 'decision_provision', 'decision_account']) add(f, `The ${f.replace(/_/g, ' ')} field is required when none of the other restriction fields are present.`);
  }
  manyOf('decision_visibility', DECISION_VISIBILITIES, false);
  const visibility = Array.isArray(st.decision_visibility) ? (st.decision_visibility as unknown[]) : [];
  if (visibility.includes('DECISION_VISIBILITY_OTHER')) str('decision_visibility_other', 500, true);
  oneOf('decision_monetary', DECISION_MONETARIES, false);
  if (st.decision_monetary === 'DECISION_MONETARY_OTHER') str('decision_monetary_other', 500, true);
  oneOf('decision_provision', DECISION_PROVISIONS, false);
  oneOf('decision_account', DECISION_ACCOUNTS, false);
  oneOf('account_type', ACCOUNT_TYPES, false);
  manyOf('category_specification', KEYWORDS, false);
  str('category_specification_other', 500, false);

  oneOf('decision_ground', DECISION_GROUNDS, true);
  if (present(st.decision_ground_reference_url)) {
    str('decision_ground_reference_url', 500, false);
    if (typeof st.decision_ground_reference_url === 'string' && !/^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(st.decision_ground_reference_url)) add('decision_ground_reference_url', 'The decision ground reference url field must be a valid URL.');
  }
  if (st.decision_ground === 'DECISION_GROUND_ILLEGAL_CONTENT') {
    str('illegal_content_legal_ground', 500, true);
    str('illegal_content_explanation', 2000, true);
  }
  if (st.decision_ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT') {
    str('incompatible_content_ground', 500, true);
    str('incompatible_content_explanation', 2000, true);
    oneOf('incompatible_content_illegal', ['Yes', 'No'], false);
  }

  manyOf('content_type', CONTENT_TYPES, true);
  if (Array.isArray(st.content_type) && st.content_type.includes('CONTENT_TYPE_OTHER')) str('content_type_other', 500, true);
  oneOf('category', CATEGORIES, true);
  manyOf('category_addition', CATEGORIES, false);
  manyOf('territorial_scope', COUNTRIES, false);
  oneOf('content_language', LANGUAGES, false);

  day('content_date', true, '2000-01-01');
  day('application_date', true, '2020-01-01');
  if (isDay(st.content_date) && isDay(st.application_date) && st.application_date < st.content_date) add('application_date', 'The application date must be a date after or equal to content date.');
  for (const f of ['end_date_account_restriction', 'end_date_monetary_restriction', 'end_date_service_restriction', 'end_date_visibility_restriction']) day(f, false, '2000-01-01');

  str('decision_facts', 5000, true);
  oneOf('source_type', SOURCE_TYPES, true);
  str('source_identity', 500, false);
  oneOf('automated_detection', AUTOMATED_DETECTIONS, true);
  oneOf('automated_decision', AUTOMATED_DECISIONS, true);
  str('puid', 500, true);
  if (typeof st.puid === 'string' && st.puid && !/^[A-Za-z0-9_-]+$/.test(st.puid)) add('puid', 'The puid field format is invalid.');
  return errors;
}

export interface StandInRequest {
  at: number;
  status: number;
  puids: string[];
}

/** Starts the stand-in on a free loopback port. */
export async function startTransparencyDatabase(opts: { token: string }) {
  const stored = new Map<string, { uuid: string; id: number; statement: Record<string, unknown>; createdAt: string }>();
  const requests: StandInRequest[] = [];
  let failures: Array<{ status: number }> = [];
  let nextId = 1;
  const sockets = new Set<import('node:net').Socket>();

  const reply = (res: http.ServerResponse, status: number, body: unknown, puids: string[]) => {
    requests.push({ at: Date.now(), status, puids });
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      let body: any;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = undefined;
      }
      const list: unknown[] = Array.isArray(body?.statements) ? body.statements : [];
      const puids = list.map((s) => String((s as { puid?: unknown })?.puid ?? ''));
      if (req.method !== 'POST' || req.url !== '/api/v1/statements') return reply(res, 404, { message: 'Not Found' }, puids);
      if (req.headers.authorization !== `Bearer ${opts.token}`) return reply(res, 401, { message: 'Unauthenticated.' }, puids);
      const failure = failures.shift();
      if (failure) return reply(res, failure.status, { message: 'Service Unavailable (stand-in told to fail)' }, puids);
      if (body === undefined) return reply(res, 400, { message: 'The request body is not JSON.' }, puids);
      if (!Array.isArray(body.statements)) return reply(res, 422, { message: 'The statements field is required.', errors: { statements: ['The statements field is required.'] } }, puids);
      if (list.length < 1 || list.length > 100) {
        return reply(res, 422, { message: 'The statements field must have between 1 and 100 items.', errors: { statements: ['The statements field must have between 1 and 100 items.'] } }, puids);
      }
      const errors: Record<string, FieldErrors> = {};
      list.forEach((s, i) => {
        const e = validateStatement(s);
        if (Object.keys(e).length) errors[`statement_${i}`] = e;
      });
      if (Object.keys(errors).length) return reply(res, 422, { message: 'The statements are not all valid.', errors }, puids);
      const seen = new Set<string>();
      const duplicates = puids.filter((p) => stored.has(p) || (seen.has(p) ? true : (seen.add(p), false)));
      if (duplicates.length) {
        const message = 'The platform identifier(s) are not all unique within this call.';
        return reply(res, 422, { message, errors: { puid: [message], existing_puids: [...new Set(duplicates)] } }, puids);
      }
      const createdAt = new Date().toISOString();
      const out = list.map((s) => {
        const entry = { uuid: randomUUID(), id: nextId++, statement: s as Record<string, unknown>, createdAt };
        stored.set(String((s as { puid: string }).puid), entry);
        return { ...(s as object), uuid: entry.uuid, id: entry.id, created_at: createdAt };
      });
      reply(res, 201, { statements: out }, puids);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1/statements`,
    stored,
    requests,
    /** The next `n` requests are answered with `status` (503 by default), whatever they carry. */
    failNext(n: number, status = 503) {
      failures = [...failures, ...Array.from({ length: n }, () => ({ status }))];
    },
    /** A statement stored behind the submitter's back (as if an earlier answer was lost). */
    preload(statement: Record<string, unknown>) {
      stored.set(String(statement.puid), { uuid: randomUUID(), id: nextId++, statement, createdAt: new Date().toISOString() });
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
